// Command-line reports on the minimal fixture: tables, pages, JSON fields, validate output.
#include "io/knowledge_report.h"

#include <doctest/doctest.h>

#include "knowledge_test_util.h"

using namespace tpa::test;
using namespace tpa::io;

TEST_CASE("muscle, region and condition tables") {
    auto result = loadKnowledgeBase(knowledgeFixture());
    const auto& kb = result.knowledge;
    CHECK(musclesTable(kb) ==
          "ID               NAME             GROUP  LAYER        TRPS\n"
          "upper-trapezius  Upper trapezius  neck   superficial  1\n");
    CHECK(conditionsTable(kb) ==
          "ID                     NAME                   MUSCLES  ALSO CALLED\n"
          "tension-type-headache  Tension-type headache  1        stress headache\n");
    std::string regions = regionsTable(kb);
    CHECK(regions.find("sole            Sole                 sided  Sole.\n") != std::string::npos);
}

TEST_CASE("muscle and condition pages name what they refer to") {
    auto result = loadKnowledgeBase(knowledgeFixture());
    const auto& kb = result.knowledge;
    std::string page = muscleText(kb, *kb.findMuscle("upper-trapezius"));
    CHECK(page.find("    Location: between 'c7' and 'acromion' at 50 %\n") != std::string::npos);
    CHECK(page.find("    Essential zone: Temple, Back of the neck (same side)\n") !=
          std::string::npos);
    CHECK(page.find("  - Tension-type headache (tension-type-headache)\n") != std::string::npos);
    std::string condition = conditionText(kb, *kb.findCondition("tension-type-headache"));
    CHECK(condition.find("  1. Upper trapezius (upper-trapezius)\n") != std::string::npos);
    CHECK(condition.find("See a doctor first if:\n  - sudden severe headache\n") !=
          std::string::npos);
}

TEST_CASE("JSON reports use the schema's field names") {
    auto result = loadKnowledgeBase(knowledgeFixture());
    const auto& kb = result.knowledge;
    auto muscles = musclesJson(kb);
    CHECK(muscles["count"] == 1);
    CHECK(muscles["muscles"][0]["trigger_point_count"] == 1);
    auto m = muscleJson(kb, *kb.findMuscle("upper-trapezius"));
    CHECK(m["trigger_points"][0]["location"]["between"][1] == "acromion");
    CHECK(m["trigger_points"][0]["zones"][0]["regions"][1]["name"] == "Back of the neck");
    CHECK(m["conditions"][0]["name"] == "Tension-type headache");
    auto c = conditionJson(kb, *kb.findCondition("tension-type-headache"));
    CHECK(c["examine"][0]["name"] == "Upper trapezius");
    CHECK(c["linked_muscles"][0]["id"] == "upper-trapezius");
    CHECK(regionsJson(kb)["regions"][9]["id"] == "sole");
    CHECK(conditionsJson(kb)["conditions"][0]["examine_count"] == 1);
    CHECK(anchorText(tpa::anatomy::Anchor::at("acromion", {10, -5, 15})) ==
          "at 'acromion', 10 mm up, 5 mm back, 15 mm lateral");
}

TEST_CASE("validate output: clean and broken") {
    auto clean = loadKnowledgeBase(knowledgeFixture());
    CHECK(validationText(clean) ==
          "4 files loaded: 1 muscles, 1 trigger points, 1 conditions, 10 regions; 0 errors, "
          "0 warnings\n");
    CHECK(validationExitCode(clean) == 0);
    CHECK(validationJson(clean)["clean"] == true);

    auto dir = scratchKnowledge("report-broken");
    editFile(dir / "muscles/neck.json", "\"layer\": \"superficial\"", "\"layer\": \"surface\"");
    auto broken = loadKnowledgeBase(dir);
    CHECK(validationText(broken) ==
          "muscles/neck.json:9: muscle 'upper-trapezius': layer: unknown value 'surface' "
          "(expected one of: superficial, intermediate, deep)\n"
          "muscles/neck.json: not loaded (1 error); none of its entries are used\n"
          "3 files loaded: 0 muscles, 0 trigger points, 1 conditions, 10 regions; 1 error, "
          "0 warnings\n");
    CHECK(validationExitCode(broken) == 1);
    auto j = validationJson(broken);
    CHECK(j["errors"] == 1);
    CHECK(j["files_rejected"][0] == "muscles/neck.json");
    CHECK(j["diagnostics"][0]["line"] == 9);
    CHECK(j["diagnostics"][0]["path"] == "layer");
    CHECK(j["counts"]["regions"] == 10);
}

TEST_CASE("extensions add entries and may not reuse ids") {
    auto base = loadKnowledgeBase(knowledgeFixture());
    auto ext = std::filesystem::path(TPA_BINARY_DIR) / "knowledge-tests/extension";
    std::filesystem::remove_all(ext);
    std::string muscle = readText(knowledgeFixture() / "muscles/neck.json");
    writeText(ext / "mine/levator.json",
              muscle.replace(muscle.find("upper-trapezius"), 15, "levator-scapulae"));
    writeText(ext / "clash.json",
              "{\"version\": 1, \"regions\": [{\"id\": \"palm\", \"name\": "
              "\"P\", \"sided\": true, \"definition\": \"d\", \"rule\": "
              "{\"segment\": \"hand\"}}]}");
    loadKnowledgeExtension(base, ext);
    CHECK(messages(base) ==
          std::vector<std::string>{"clash.json:1: region 'palm': id: duplicate region id (already "
                                   "defined in regions.json)"});
    CHECK(base.knowledge.findMuscle("levator-scapulae") != nullptr);
    CHECK(base.knowledge.findMuscle("levator-scapulae")->file == "mine/levator.json");
    CHECK(base.rejectedFiles == std::vector<std::string>{"clash.json"});
}
