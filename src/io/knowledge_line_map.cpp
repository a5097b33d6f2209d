// Iterative JSON scan (no recursion, so deep nesting cannot overflow the stack).
#include "io/knowledge_line_map.h"

#include <algorithm>
#include <set>

namespace tpa::io {
namespace {

// Real knowledge files have some thousands of values; a huge machine-made file stops being
// mapped here (its later messages fall back to an enclosing value's line) to bound memory.
constexpr std::size_t kMaxRecorded = 500000;

std::string escapePointerToken(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    KnowledgeLineMap run() {
        value("");
        while (!done_) {
            skipSpace();
            if (pos_ >= text_.size() || stack_.empty()) break;
            Frame& top = stack_.back();
            char c = text_[pos_];
            if (top.fresh && c != ']' && c != '}') {
                top.fresh = false;
                if (top.array)
                    value(top.pointer + "/0");
                else
                    member();
            } else if (c == ',') {
                ++pos_;
                if (top.array)
                    value(top.pointer + "/" + std::to_string(top.index++));
                else
                    member();
            } else if (c == ']' || c == '}') {
                ++pos_;
                stack_.pop_back();
            } else {
                ++pos_;  // not valid JSON; nlohmann has already rejected such text
            }
        }
        return std::move(map_);
    }

private:
    struct Frame {
        std::string pointer;
        bool array = false;
        std::size_t index = 0;
        std::set<std::string> keys;
        bool fresh = true;  // just opened: the first element or member comes next
    };

    void skipSpace() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == '\n')
                ++line_;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
            ++pos_;
        }
    }

    std::string readString() {
        std::string out;
        ++pos_;  // opening quote
        while (pos_ < text_.size() && text_[pos_] != '"') {
            char c = text_[pos_++];
            if (c == '\\' && pos_ < text_.size()) {
                char e = text_[pos_++];
                switch (e) {
                    case 'n':
                        out += '\n';
                        break;
                    case 't':
                        out += '\t';
                        break;
                    case 'u':
                        out += "\\u";
                        break;  // keys with \u escapes are kept as written
                    default:
                        out += e;
                        break;
                }
            } else {
                out += c;
            }
        }
        ++pos_;  // closing quote
        return out;
    }

    // Records where a value starts and steps over it (into it, for objects and arrays).
    void value(const std::string& pointer, bool record = true) {
        skipSpace();
        if (pos_ >= text_.size()) {
            done_ = true;
            return;
        }
        if (record && map_.lines.size() < kMaxRecorded) map_.lines.emplace(pointer, line_);
        char c = text_[pos_];
        if (c == '{') {
            ++pos_;
            stack_.push_back(Frame{pointer, false, 0, {}, true});
        } else if (c == '[') {
            ++pos_;
            stack_.push_back(Frame{pointer, true, 1, {}, true});
        } else if (c == '"') {
            readString();
        } else {
            while (pos_ < text_.size() &&
                   std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos)
                ++pos_;
        }
    }

    void member() {
        skipSpace();
        if (pos_ >= text_.size() || text_[pos_] != '"') return;
        int keyLine = line_;
        std::string key = readString();
        Frame& top = stack_.back();
        std::string pointer = top.pointer + "/" + escapePointerToken(key);
        if (!top.keys.insert(key).second) map_.duplicateKeys.push_back({pointer, keyLine});
        if (map_.lines.size() < kMaxRecorded) map_.lines.emplace(pointer, keyLine);
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
        value(pointer, false);
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    bool done_ = false;
    std::vector<Frame> stack_;
    KnowledgeLineMap map_;
};

}  // namespace

KnowledgeLineMap KnowledgeLineMap::scan(std::string_view text) { return Scanner(text).run(); }

bool KnowledgeLineMap::mayHaveDuplicateKeys(std::string_view text) {
    // Keys are compared as written; an escaped key could equal another one written plainly,
    // so any backslash in a key sends the caller to the exact scan.
    std::vector<std::vector<std::string_view>> objects;  // keys of each open object; reused
    std::vector<int> open;  // per open bracket: index into `objects`, or -1 for an array
    std::size_t depth = 0;
    bool expectKey = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t start = ++i;
            bool escaped = false;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            if (expectKey && !open.empty() && open.back() >= 0) {
                if (escaped) return true;
                objects[std::size_t(open.back())].push_back(text.substr(start, i - start));
            }
            expectKey = false;
        } else if (c == '{') {
            if (objects.size() <= depth) objects.emplace_back();
            objects[depth].clear();
            open.push_back(int(depth++));
            expectKey = true;
        } else if (c == '[') {
            open.push_back(-1);
            expectKey = false;
        } else if (c == '}' || c == ']') {
            if (open.empty()) return true;
            if (open.back() >= 0) {
                auto& keys = objects[std::size_t(open.back())];
                std::sort(keys.begin(), keys.end());
                if (std::adjacent_find(keys.begin(), keys.end()) != keys.end()) return true;
                --depth;
            }
            open.pop_back();
        } else if (c == ',') {
            expectKey = !open.empty() && open.back() >= 0;
        }
    }
    return false;
}

}  // namespace tpa::io
