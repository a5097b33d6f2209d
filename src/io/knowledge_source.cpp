// Reading a knowledge file: limits, UTF-8 check, JSON parse errors as line:column.
#include "io/knowledge_source.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "io/knowledge_line_map.h"
#include "io/utf8.h"

namespace tpa::io {
namespace {

constexpr int kMaxNesting = 64;

KnowledgeDiagnostic fileError(const std::string& name, int line, int column, std::string message) {
    KnowledgeDiagnostic d;
    d.file = name;
    d.line = line;
    d.column = column;
    d.message = std::move(message);
    return d;
}

// Line and column (in characters, 1-based) of a byte offset.
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// Offset where brackets nest deeper than `limit` (outside strings), or npos. Knowledge files
// nest about ten levels; refusing deeper text keeps the per-value bookkeeping small.
std::size_t tooDeep(std::string_view text, int limit) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit) return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::string_view::npos;
}

// nlohmann's message without its "[json.exception...] parse error at ...: " prefix.
std::string plainParseMessage(const std::string& what) {
    auto at = what.find("parse error");
    if (at == std::string::npos) at = what.find(']');
    auto colon = what.find(": ", at == std::string::npos ? 0 : at);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

const char* typeName(const nlohmann::json& j) {
    return j.is_array()     ? "an array"
           : j.is_string()  ? "a string"
           : j.is_number()  ? "a number"
           : j.is_boolean() ? "true or false"
                            : "null";
}

}  // namespace

std::optional<KnowledgeSource> KnowledgeSource::load(const std::filesystem::path& file,
                                                     std::string name,
                                                     std::vector<KnowledgeDiagnostic>& out) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        out.push_back(fileError(name, 0, 0, "cannot read the file (" + ec.message() + ")"));
        return std::nullopt;
    }
    if (size > kMaxKnowledgeFileBytes) {
        char mib[32];
        std::snprintf(mib, sizeof mib, "%.1f", static_cast<double>(size) / (1024.0 * 1024.0));
        out.push_back(
            fileError(name, 0, 0,
                      "file is too large (" + std::string(mib) +
                          " MiB; the limit is 32 MiB): is this really a knowledge file?"));
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        out.push_back(fileError(name, 0, 0,
                                "cannot open the file (" + std::string(std::strerror(errno)) + ")"));
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) {
        out.push_back(fileError(name, 0, 0, "cannot read the file"));
        return std::nullopt;
    }
    return fromText(buffer.str(), std::move(name), out);
}

std::optional<KnowledgeSource> KnowledgeSource::fromText(std::string text, std::string name,
                                                         std::vector<KnowledgeDiagnostic>& out) {
    if (text.size() > kMaxKnowledgeFileBytes) {
        out.push_back(fileError(name, 0, 0, "file is too large (the limit is 32 MiB)"));
        return std::nullopt;
    }
    if (auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        auto [line, column] = lineColumn(text, bad);
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(text[bad]));
        out.push_back(fileError(
            name, line, column,
            "not UTF-8 text (byte " + std::string(byte) + "); save the file with UTF-8 encoding"));
        return std::nullopt;
    }
    if (auto deep = tooDeep(text, kMaxNesting); deep != std::string_view::npos) {
        auto [line, column] = lineColumn(text, deep);
        out.push_back(fileError(name, line, column,
                                "lists and objects nest more than " + std::to_string(kMaxNesting) +
                                    " levels deep here; this is not a knowledge file"));
        return std::nullopt;
    }
    KnowledgeSource src;
    src.name_ = std::move(name);
    try {
        src.root_ = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        auto [line, column] = lineColumn(text, e.byte > 0 ? e.byte - 1 : 0);
        out.push_back(
            fileError(src.name_, line, column, "invalid JSON: " + plainParseMessage(e.what())));
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range& e) {
        // "number overflow parsing '1e999'": nlohmann gives no position, so find the number.
        const std::string what = e.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        std::string number = open < close ? what.substr(open + 1, close - open - 1) : std::string();
        const auto at = number.empty() ? std::string::npos : text.find(number);
        const auto [line, column] = at == std::string::npos ? std::pair{0, 0} : lineColumn(text, at);
        out.push_back(fileError(src.name_, line, column,
                                "invalid JSON: the number " + number + " is too large to represent"));
        return std::nullopt;
    } catch (const nlohmann::json::exception& e) {
        out.push_back(fileError(src.name_, 0, 0, "invalid JSON: " + plainParseMessage(e.what())));
        return std::nullopt;
    }
    if (!src.root_.is_object()) {
        out.push_back(fileError(src.name_, 1, 0,
                                std::string("expected a JSON object ({ ... }) at the top level, "
                                            "found ") +
                                    typeName(src.root_)));
        return std::nullopt;
    }
    src.text_ = std::move(text);
    // The line table costs as much as the parse itself and only messages need it: it is built
    // on the first lineOf(), unless the quick check suspects a repeated key now.
    if (!KnowledgeLineMap::mayHaveDuplicateKeys(src.text_)) return src;
    KnowledgeLineMap map = KnowledgeLineMap::scan(src.text_);
    src.lines_ = map.lines;
    for (const auto& dup : map.duplicateKeys) {
        auto slash = dup.pointer.rfind('/');
        std::string key = dup.pointer.substr(slash + 1);
        KnowledgeDiagnostic d = fileError(src.name_, dup.line, 0, "");
        d.path = displayPath(dup.pointer);
        d.message = "duplicate key '" + key + "' in one object (only the last one would count)";
        out.push_back(std::move(d));
    }
    if (!map.duplicateKeys.empty()) return std::nullopt;
    return src;
}

int KnowledgeSource::lineOf(std::string_view pointer) const {
    if (!lines_) lines_ = KnowledgeLineMap::scan(text_).lines;
    std::string p(pointer);
    while (true) {
        auto it = lines_->find(p);
        if (it != lines_->end()) return it->second;
        if (p.empty()) return 0;
        p.erase(p.rfind('/'));
    }
}

std::string displayPath(std::string_view pointer) {
    std::string out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        std::size_t next = pointer.find('/', i + 1);
        std::string token(pointer.substr(
            i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1));
        bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
        if (index) {
            out += "[" + token + "]";
        } else {
            for (std::size_t k; (k = token.find("~1")) != std::string::npos;)
                token.replace(k, 2, "/");
            for (std::size_t k; (k = token.find("~0")) != std::string::npos;)
                token.replace(k, 2, "~");
            out += (out.empty() ? "" : ".") + token;
        }
        if (next == std::string_view::npos) break;
        i = next;
    }
    return out;
}

}  // namespace tpa::io
