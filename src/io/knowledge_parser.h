// Reads the entries of one knowledge file (muscles, conditions, regions, topics, notice) into
// the model, checking types, ranges, enums and references against the ids of the whole base.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "io/knowledge_diagnostic.h"
#include "io/knowledge_reader.h"
#include "io/knowledge_source.h"

namespace tpa::io {

inline constexpr int kKnowledgeVersion = 1;

// Ids defined anywhere in the knowledge being loaded, for reference checks.
// When a file of a kind could not be read at all, its ids are unknown, so references to that
// kind are not checked (they would only repeat the one real error as many false ones).
struct KnowledgeIds {
    std::set<std::string, std::less<>> regions;
    std::set<std::string, std::less<>> muscles;
    std::set<std::string, std::less<>> conditions;
    bool regionsComplete = true;
    bool musclesComplete = true;
    bool conditionsComplete = true;
};

struct KnowledgeFileContent {
    std::vector<anatomy::Muscle> muscles;
    std::vector<anatomy::Condition> conditions;
    std::vector<anatomy::Region> regions;
    std::vector<anatomy::Topic> topics;
    std::optional<std::string> notice;
};

// Reads one parsed file. `required` names top-level members this file must have (for the
// shipped layout: "muscles" in muscles/*.json, ...). Problems are appended to `out`.
KnowledgeFileContent parseKnowledgeFile(const KnowledgeSource& source, const KnowledgeIds& ids,
                                        const std::vector<std::string>& required,
                                        std::vector<KnowledgeDiagnostic>& out);

// Entry readers shared by the file parser; `ptr` is the JSON pointer of the value.
namespace parse {
using json = nlohmann::json;
bool anchor(KnowledgeReader& r, const json& value, const std::string& ptr, anatomy::Anchor& out);
// The anchor object member `key` of `obj`.
bool anchorMember(KnowledgeReader& r, const json& obj, const std::string& ptr, const char* key,
                  Need need, anatomy::Anchor& out);
std::vector<anatomy::Source> sources(KnowledgeReader& r, const json& obj, const std::string& ptr);
// Checks that each string of the list member `key` is one of `ids` (unless `complete` is false).
std::vector<std::string> references(KnowledgeReader& r, const json& obj, const std::string& ptr,
                                    const char* key, Need need, std::size_t minCount,
                                    const std::set<std::string, std::less<>>& ids, bool complete,
                                    const char* what, const char* expected);
// The entry's id (reported when missing or not kebab-case) and its label for messages.
std::string entryId(KnowledgeReader& r, const json& obj, const std::string& ptr, bool kebab);
anatomy::Muscle muscle(KnowledgeReader& r, const json& obj, const std::string& ptr,
                       const KnowledgeIds& ids);
anatomy::Condition condition(KnowledgeReader& r, const json& obj, const std::string& ptr,
                             const KnowledgeIds& ids);
anatomy::Region region(KnowledgeReader& r, const json& obj, const std::string& ptr);
anatomy::Topic topic(KnowledgeReader& r, const json& obj, const std::string& ptr);
}  // namespace parse

}  // namespace tpa::io
