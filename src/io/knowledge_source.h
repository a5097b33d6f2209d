// A knowledge file read into memory: size and UTF-8 checked, parsed with nlohmann-json, with
// the source line of every value (nlohmann keeps none) so messages can point at the field;
// that table is built only when a message asks for a line.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/knowledge_diagnostic.h"

namespace tpa::io {

inline constexpr std::uintmax_t kMaxKnowledgeFileBytes = 32u * 1024u * 1024u;

class KnowledgeSource {
public:
    // Reads and parses a file; `name` is how messages call it (relative to the knowledge dir).
    // File-level problems (unreadable, too large, not UTF-8, JSON syntax, duplicate keys) are
    // appended to `out`; nullopt when the file cannot be used at all.
    static std::optional<KnowledgeSource> load(const std::filesystem::path& file, std::string name,
                                               std::vector<KnowledgeDiagnostic>& out);
    static std::optional<KnowledgeSource> fromText(std::string text, std::string name,
                                                   std::vector<KnowledgeDiagnostic>& out);

    const std::string& name() const { return name_; }
    const nlohmann::json& root() const { return root_; }
    // Line of the value at a JSON pointer ("/muscles/0/id"); for a member, the line of its
    // key. Falls back to the nearest ancestor that has one, then 0.
    int lineOf(std::string_view pointer) const;

private:
    std::string name_;
    nlohmann::json root_;
    std::string text_;  // kept for the line table
    mutable std::optional<std::map<std::string, int, std::less<>>> lines_;  // built when first asked
};

// "/muscles/3/trigger_points/0" -> "muscles[3].trigger_points[0]".
std::string displayPath(std::string_view pointer);

}  // namespace tpa::io
