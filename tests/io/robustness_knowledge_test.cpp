// Knowledge files the other suites do not cover: empty, truncated, the wrong JSON type at the
// top, NaN written out, unreadable. Each is rejected whole with the file (and line) named,
// and the other files still load.
#include "knowledge_test_util.h"

#include <unistd.h>

using namespace tpa::test;
using Lines = std::vector<std::string>;

namespace {

// Replaces muscles/neck.json of a scratch copy with `text`; returns the messages.
tpa::io::KnowledgeLoadResult withNeck(const std::string& name, const std::string& text) {
    auto dir = scratchKnowledge(name);
    writeText(dir / "muscles/neck.json", text);
    return tpa::io::loadKnowledgeBase(dir);
}

}  // namespace

TEST_CASE("knowledge: empty, truncated and wrong-type files are rejected whole") {
    auto empty = withNeck("empty", "");
    CHECK(messages(empty) == Lines{"muscles/neck.json:1:1: invalid JSON: syntax error while parsing value - "
                                   "unexpected end of input; expected '[', '{', or a literal"});
    CHECK(empty.rejectedFiles == Lines{"muscles/neck.json"});
    CHECK(empty.knowledge.conditions.size() == 1);  // the other files still load

    const auto full = readText(knowledgeFixture() / "muscles/neck.json");
    auto truncated = withNeck("truncated", full.substr(0, full.size() / 2));
    REQUIRE(truncated.diagnostics.size() == 1);
    CHECK(truncated.diagnostics[0].format().find("muscles/neck.json:") == 0);
    CHECK(truncated.diagnostics[0].message.find("invalid JSON: syntax error") == 0);
    CHECK(truncated.knowledge.muscles.empty());

    CHECK(messages(withNeck("array", "[1, 2]")) ==
          Lines{"muscles/neck.json:1: expected a JSON object ({ ... }) at the top level, found an array"});
    // The rejected file's muscles are then unknown where conditions.json refers to them.
    CHECK(messages(withNeck("muscles-object", "{\"version\": 1, \"muscles\": {}}")) ==
          Lines{"conditions.json:9: condition 'tension-type-headache': examine[0]: unknown muscle 'upper-trapezius' "
                "(expected a muscle id defined in muscles/*.json)",
                "muscles/neck.json:1: muscles: expected a list, found an object"});
}

TEST_CASE("knowledge: NaN and infinity are not JSON, and huge numbers are out of range") {
    auto dir = scratchKnowledge("nan");
    editFile(dir / "muscles/neck.json", "\"t\": 0.5", "\"t\": NaN");
    const auto nan = messages(tpa::io::loadKnowledgeBase(dir));
    REQUIRE(nan.size() == 1);
    CHECK(nan[0].find("muscles/neck.json:19:") == 0);
    CHECK(nan[0].find("invalid JSON") != std::string::npos);

    dir = scratchKnowledge("huge-number");
    editFile(dir / "muscles/neck.json", "\"t\": 0.5", "\"t\": 1e999");
    const auto huge = messages(tpa::io::loadKnowledgeBase(dir));
    CHECK(huge == Lines{"muscles/neck.json:19:60: invalid JSON: the number 1e999 is too large to represent"});
}

TEST_CASE("knowledge: an unreadable file is named with the reason") {
    if (geteuid() == 0) {
        MESSAGE("running as root, which reads any file: checked by the app suite as user nobody");
        return;
    }
    auto dir = scratchKnowledge("unreadable");
    std::filesystem::permissions(dir / "muscles/neck.json", std::filesystem::perms::none);
    const auto result = tpa::io::loadKnowledgeBase(dir);
    std::filesystem::permissions(dir / "muscles/neck.json", std::filesystem::perms::owner_all);
    CHECK(messages(result) == Lines{"muscles/neck.json: cannot open the file (Permission denied)"});
}
