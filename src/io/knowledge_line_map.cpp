// Iterative JSON scan (no recursion, so deep nesting cannot overflow the stack).
#include "io/knowledge_line_map.h"

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

}  // namespace tpa::io
