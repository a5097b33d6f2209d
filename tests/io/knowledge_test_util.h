// Helpers for knowledge-loader tests: scratch copies of the minimal fixture knowledge
// directory (tests/fixtures/knowledge/minimal) with files edited or replaced.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/knowledge_loader.h"

namespace tpa::test {

namespace fs = std::filesystem;

inline fs::path knowledgeFixture() {
    return fs::path(TPA_SOURCE_DIR) / "tests/fixtures/knowledge/minimal";
}

// A fresh copy of the fixture under the build tree.
inline fs::path scratchKnowledge(const std::string& name) {
    fs::path dir = fs::path(TPA_BINARY_DIR) / "knowledge-tests" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(knowledgeFixture(), dir, fs::copy_options::recursive);
    return dir;
}

inline std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeText(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

// Replaces the first occurrence of `from` in a file; the test fails when it is absent.
inline void editFile(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = readText(file);
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' not in " << file);
    text.replace(at, from.size(), to);
    writeText(file, text);
}

inline std::vector<std::string> messages(const io::KnowledgeLoadResult& result) {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) out.push_back(d.format());
    return out;
}

}  // namespace tpa::test

// Prints message lists in failures, one per line.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
    static doctest::String convert(const std::vector<std::string>& lines) {
        std::string out = "{";
        for (const auto& l : lines) out += "\n  \"" + l + "\"";
        out += lines.empty() ? "}" : "\n}";
        return out.c_str();
    }
};
