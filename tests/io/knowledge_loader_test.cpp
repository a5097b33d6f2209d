// Loading the knowledge base: a clean load, and the exact message for each class of mistake.
#include "io/knowledge_loader.h"

#include <doctest/doctest.h>

#include "knowledge_test_util.h"

using namespace tpa::test;
using tpa::io::loadKnowledgeBase;

namespace {

// Loads a scratch copy after `edit` changed muscles/neck.json; returns the formatted messages.
std::vector<std::string> neckMessages(const std::string& name, const std::string& from,
                                      const std::string& to) {
    auto dir = scratchKnowledge(name);
    editFile(dir / "muscles/neck.json", from, to);
    return messages(loadKnowledgeBase(dir));
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the minimal knowledge fixture loads cleanly and completely") {
    auto result = loadKnowledgeBase(knowledgeFixture());
    CHECK(messages(result) == Lines{});
    CHECK(result.clean());
    CHECK(result.loadedFiles ==
          Lines{"general.json", "regions.json", "conditions.json", "muscles/neck.json"});
    const auto& kb = result.knowledge;
    CHECK(kb.notice == "For education only: this is not a diagnosis.");
    CHECK(kb.regions.size() == 10);
    REQUIRE(kb.findMuscle("upper-trapezius") != nullptr);
    const auto& m = *kb.findMuscle("upper-trapezius");
    CHECK(m.file == "muscles/neck.json");
    CHECK(m.group == tpa::anatomy::MuscleGroup::Neck);
    CHECK(m.confidence == tpa::anatomy::Confidence::High);
    REQUIRE(m.triggerPoints.size() == 1);
    const auto& trp = m.triggerPoints[0];
    CHECK(trp.location.from == "c7");
    CHECK(trp.location.to == "acromion");
    REQUIRE(trp.zones.size() == 2);
    CHECK(trp.zones[0].regions == Lines{"temple", "neck-posterior"});
    CHECK(trp.zones[1].kind == tpa::anatomy::ZoneKind::Spillover);
    REQUIRE(trp.zones[1].shapes.size() == 1);
    CHECK(trp.zones[1].shapes[0].radiusMm == 30.0f);
    CHECK(kb.findCondition("tension-type-headache")->examine == Lines{"upper-trapezius"});
    CHECK(kb.findRegion("sole")->rules[0].segment == tpa::anatomy::Segment::Foot);
    CHECK(kb.musclesLinkedTo("tension-type-headache").size() == 1);
    CHECK(kb.findMuscle("nope") == nullptr);
}

TEST_CASE("JSON syntax error names line and column, and the file is not used") {
    auto dir = scratchKnowledge("syntax");
    editFile(dir / "muscles/neck.json", "\"Upper trapezius\",", "\"Upper trapezius\"");
    auto result = loadKnowledgeBase(dir);
    CHECK(messages(result) ==
          Lines{"muscles/neck.json:7:13: invalid JSON: syntax error while parsing object - "
                "unexpected string literal; expected '}'"});
    CHECK(result.rejectedFiles == Lines{"muscles/neck.json"});
    CHECK(result.knowledge.muscles.empty());
}

TEST_CASE("missing required field") {
    CHECK(neckMessages("missing", "\"latin\": \"Pars descendens musculi trapezii\",\n", "") ==
          Lines{"muscles/neck.json:4: muscle 'upper-trapezius': missing required field 'latin' "
                "(expected a string)"});
}

TEST_CASE("wrong type") {
    CHECK(neckMessages("type", "\"layer\": \"superficial\"", "\"layer\": 2") ==
          Lines{"muscles/neck.json:9: muscle 'upper-trapezius': layer: expected a string, found "
                "a number"});
}

TEST_CASE("bad enum value") {
    CHECK(neckMessages("enum", "\"layer\": \"superficial\"", "\"layer\": \"surface\"") ==
          Lines{"muscles/neck.json:9: muscle 'upper-trapezius': layer: unknown value 'surface' "
                "(expected one of: superficial, intermediate, deep)"});
}

TEST_CASE("unknown region") {
    CHECK(neckMessages("region", "[\"temple\", \"neck-posterior\"]",
                       "[\"temple\", \"neck-posterior\", \"tempel\"]") ==
          Lines{"muscles/neck.json:21: muscle 'upper-trapezius': trigger_points[0].zones[0]."
                "regions[2]: unknown region 'tempel' (expected one of the ids in regions.json)"});
}

TEST_CASE("unknown muscle and condition references") {
    auto dir = scratchKnowledge("references");
    editFile(dir / "conditions.json", "[\"upper-trapezius\"]",
             "[\"upper-trapezius\", \"supinater\"]");
    editFile(dir / "muscles/neck.json", "[\"tension-type-headache\"]", "[\"tenis-elbow\"]");
    editFile(
        dir / "muscles/neck.json", "\"cautions\": [],",
        "\"cautions\": [],\n      \"satellites\": [{\"muscle\": \"levator\", \"note\": \"x\"}],");
    CHECK(messages(loadKnowledgeBase(dir)) ==
          Lines{"conditions.json:9: condition 'tension-type-headache': examine[1]: unknown muscle "
                "'supinater' (expected a muscle id defined in muscles/*.json)",
                "muscles/neck.json:27: muscle 'upper-trapezius': conditions[0]: unknown condition "
                "'tenis-elbow' (expected one of the ids in conditions.json)",
                "muscles/neck.json:31: muscle 'upper-trapezius': satellites[0].muscle: unknown "
                "muscle 'levator' (expected a muscle id defined in muscles/*.json)"});
}

TEST_CASE("unknown landmark, and a landmark written with its side") {
    CHECK(neckMessages("landmark", "[\"c7\", \"acromion\"]", "[\"c7\", \"acromium\"]") ==
          Lines{"muscles/neck.json:19: muscle 'upper-trapezius': trigger_points[0].location."
                "between[1]: unknown landmark 'acromium' (expected one of the landmark names "
                "listed in docs/knowledge-schema.md)"});
    CHECK(neckMessages("landmark-side", "{\"at\": \"acromion\"}", "{\"at\": \"acromion.left\"}") ==
          Lines{"muscles/neck.json:22: muscle 'upper-trapezius': trigger_points[0].zones[1]."
                "shapes[0].center.at: landmark 'acromion.left' must be named without its side "
                "('acromion'): it resolves to the side of the muscle being shown"});
}

TEST_CASE("duplicate ids: across files, and trigger points within a muscle") {
    auto dir = scratchKnowledge("duplicate");
    writeText(dir / "muscles/other.json", readText(dir / "muscles/neck.json"));
    auto result = loadKnowledgeBase(dir);
    CHECK(messages(result) ==
          Lines{"muscles/other.json:5: muscle 'upper-trapezius': id: duplicate muscle id "
                "(already defined at muscles/neck.json:5)"});
    CHECK(result.loadedFiles.back() == "muscles/neck.json");
    CHECK(result.rejectedFiles == Lines{"muscles/other.json"});
    CHECK(result.knowledge.muscles.size() == 1);

    std::string trp =
        "{\n          \"id\": \"TrP1\", \"name\": \"b\", \"description\": \"c\", "
        "\"location\": {\"at\": \"c7\"}, \"zones\": [{\"kind\": \"essential\", "
        "\"regions\": [\"temple\"]}]\n        }";
    CHECK(
        neckMessages("duplicate-trp", "        }\n      ],", "        }, " + trp + "\n      ],") ==
        Lines{"muscles/neck.json:25: muscle 'upper-trapezius': trigger_points[1].id: duplicate "
              "trigger point id 'TrP1' (already used by trigger_points[0])"});
}

TEST_CASE("numbers out of range") {
    CHECK(neckMessages("radius", "\"radius_mm\": 30", "\"radius_mm\": 400") ==
          Lines{"muscles/neck.json:22: muscle 'upper-trapezius': trigger_points[0].zones[1]."
                "shapes[0].radius_mm: 400 is out of range (expected a number from 5 to 300)"});
    CHECK(neckMessages("t", "\"t\": 0.5", "\"t\": 1.5") ==
          Lines{"muscles/neck.json:19: muscle 'upper-trapezius': trigger_points[0].location.t: "
                "1.5 is out of range (expected a number from 0 to 1)"});
    CHECK(neckMessages("offset", "{\"at\": \"acromion\"}",
                       "{\"at\": \"acromion\", \"offset_mm\": {\"up\": -600}}") ==
          Lines{"muscles/neck.json:22: muscle 'upper-trapezius': trigger_points[0].zones[1]."
                "shapes[0].center.offset_mm.up: -600 is out of range (expected a number from "
                "-500 to 500)"});
}

TEST_CASE("version: future, missing") {
    CHECK(neckMessages("future", "\"version\": 1", "\"version\": 2") ==
          Lines{"muscles/neck.json:2: version: version 2 is newer than this program supports "
                "(1); update tpatlas to read this file"});
    CHECK(neckMessages("no-version", "\"version\": 1,", "") ==
          Lines{"muscles/neck.json:1: missing required field 'version' (expected the number 1)"});
}

TEST_CASE("unknown field is a warning, and the file still loads") {
    auto dir = scratchKnowledge("unknown-field");
    editFile(dir / "muscles/neck.json", "\"cautions\": [],",
             "\"cautions\": [],\n      \"trigger_point\": [],");
    auto result = loadKnowledgeBase(dir);
    CHECK(messages(result) ==
          Lines{"muscles/neck.json:31: warning: muscle 'upper-trapezius': trigger_point: unknown "
                "field 'trigger_point' is ignored (did you mean 'trigger_points'?)"});
    CHECK(result.clean());
    CHECK(result.warningCount() == 1);
    CHECK(result.knowledge.muscles.size() == 1);
}

TEST_CASE("huge files and non-UTF-8 text are refused") {
    auto dir = scratchKnowledge("huge");
    std::filesystem::resize_file(dir / "muscles/neck.json", 33u * 1024u * 1024u);
    CHECK(messages(loadKnowledgeBase(dir)) ==
          Lines{"muscles/neck.json: file is too large (33.0 MiB; the limit is 32 MiB): is this "
                "really a knowledge file?"});
    CHECK(neckMessages("latin1", "\"Upper trapezius\"", "\"Upper trap\xE9zius\"") ==
          Lines{"muscles/neck.json:6:26: not UTF-8 text (byte 0xe9); save the file with UTF-8 "
                "encoding"});
}

TEST_CASE("no essential zone, duplicate keys") {
    CHECK(neckMessages("essential", "{\"kind\": \"essential\"", "{\"kind\": \"spillover\"") ==
          Lines{"muscles/neck.json:20: muscle 'upper-trapezius': trigger_points[0].zones: no "
                "essential zone (at least one zone needs \"kind\": \"essential\")"});
    CHECK(neckMessages("duplicate-key", "\"layer\": \"superficial\",",
                       "\"layer\": \"superficial\", \"layer\": \"deep\",") ==
          Lines{"muscles/neck.json:9: muscles[0].layer: duplicate key 'layer' in one object "
                "(only the last one would count)"});
}

TEST_CASE("every problem of a file is reported, and none of its entries is used") {
    auto dir = scratchKnowledge("many");
    auto file = dir / "muscles/neck.json";
    editFile(file, "\"group\": \"neck\"", "\"group\": \"necks\"");
    editFile(file, "\"t\": 0.5", "\"t\": \"half\"");
    editFile(file, "\"radius_mm\": 30", "\"radius_mm\": 1");
    editFile(file, "\"kind\": \"stretch\"", "\"kind\": \"massage\"");
    editFile(file, "\"confidence\": \"high\"", "\"confidence\": \"sure\"");
    auto result = loadKnowledgeBase(dir);
    CHECK(messages(result) ==
          Lines{"muscles/neck.json:8: muscle 'upper-trapezius': group: unknown value 'necks' "
                "(expected one of: head-jaw, neck, shoulder, arm, forearm-hand, trunk, abdomen, "
                "hip, thigh, leg-foot)",
                "muscles/neck.json:19: muscle 'upper-trapezius': trigger_points[0].location.t: "
                "expected a number, found a string",
                "muscles/neck.json:22: muscle 'upper-trapezius': trigger_points[0].zones[1]."
                "shapes[0].radius_mm: 1 is out of range (expected a number from 5 to 300)",
                "muscles/neck.json:29: muscle 'upper-trapezius': self_care[0].kind: unknown value "
                "'massage' (expected one of: pressure, stretch, posture, habit, heat, exercise)",
                "muscles/neck.json:32: muscle 'upper-trapezius': confidence: unknown value 'sure' "
                "(expected one of: high, moderate, low)"});
    CHECK(result.errorCount() == 5);
    CHECK(result.knowledge.muscles.empty());
    CHECK(result.rejectedFiles == Lines{"muscles/neck.json"});
    CHECK(result.knowledge.conditions.size() == 1);  // other files still load
}

TEST_CASE("missing files and uncovered segments") {
    auto dir = scratchKnowledge("missing-files");
    std::filesystem::remove(dir / "conditions.json");
    editFile(dir / "regions.json", "\"segment\": \"foot\"", "\"segment\": \"leg\"");
    editFile(dir / "muscles/neck.json", "\"conditions\": [\"tension-type-headache\"],", "");
    CHECK(messages(loadKnowledgeBase(dir)) ==
          Lines{"conditions.json: file is missing",
                "regions.json: no region has a rule on segment 'foot', so skin points there "
                "would get no region"});
    CHECK(messages(loadKnowledgeBase(dir / "nowhere")).size() == 1);
}

TEST_CASE("top-level problems in the fixed files are reported once") {
    auto dir = scratchKnowledge("top-level");
    editFile(dir / "general.json", "\"notice\": \"For education only: this is not a diagnosis.\"",
             "\"notice\": 7");
    editFile(dir / "conditions.json", "\"conditions\": [", "\"condition\": [");
    auto result = loadKnowledgeBase(dir);
    CHECK(messages(result) ==
          Lines{"general.json:3: notice: expected a string, found a number",
                "conditions.json:3: warning: condition: unknown field 'condition' is ignored (did "
                "you mean 'conditions'?)",
                "conditions.json:1: missing required field 'conditions' (expected a list)",
                "muscles/neck.json:27: muscle 'upper-trapezius': conditions[0]: unknown condition "
                "'tension-type-headache' (expected one of the ids in conditions.json)"});
    CHECK(result.rejectedFiles == Lines{"general.json", "conditions.json", "muscles/neck.json"});
}

TEST_CASE("machine-made files: deep nesting is refused, long error lists are cut short") {
    auto dir = std::filesystem::path(TPA_BINARY_DIR) / "knowledge-tests/machine";
    std::filesystem::remove_all(dir);
    writeText(dir / "deep.json", "{\"version\": 1, \"topics\": " + std::string(100, '[') +
                                     std::string(100, ']') + "}");
    std::string many = "{\"version\": 1, \"topics\": [1";
    for (int i = 0; i < 300; ++i) many += ", 1";
    writeText(dir / "many.json", many + "]}");
    tpa::io::KnowledgeLoadResult result;
    tpa::io::loadKnowledgeExtension(result, dir);
    auto lines = messages(result);
    REQUIRE(lines.size() == 202);
    CHECK(lines[0] ==
          "deep.json:1:89: lists and objects nest more than 64 levels deep here; this is not a "
          "knowledge file");
    CHECK(lines[1] == "many.json:1: topics[0]: expected an object, found a number");
    CHECK(lines[201] == "many.json: too many errors; only the first 200 are listed");
    CHECK(result.rejectedFiles == Lines{"deep.json", "many.json"});
}
