// A light scan of JSON text that records the line of every value by JSON pointer and finds
// keys repeated in one object (nlohmann keeps neither). Runs after the text parsed cleanly.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tpa::io {

struct KnowledgeLineMap {
    struct Duplicate {
        std::string pointer;  // pointer of the repeated member
        int line = 0;         // line of the repetition
    };

    std::map<std::string, int, std::less<>> lines;  // "" is the root, "/muscles/0/id", ...
    std::vector<Duplicate> duplicateKeys;

    static KnowledgeLineMap scan(std::string_view text);
    // A quick pass without the line table: false means no object repeats a key. True means
    // one may (or a key uses escapes), and scan() gives the details.
    static bool mayHaveDuplicateKeys(std::string_view text);
};

}  // namespace tpa::io
