// Knowledge-base commands as a user runs them: validate, list, show, and their errors.
#include "app_fixture.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace tpa;

TEST_CASE("validate passes on the shipped data and fails on a broken extension, naming file and field") {
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " validate");
    CHECK_MESSAGE(r.exitCode == 0, r.output);
    CHECK(r.output.find("0 errors") != std::string::npos);

    const auto dir = test::scratchDir("knowledge-cli");
    const auto ext = dir / "my-muscle.json";
    std::ofstream(ext) << R"({"version": 1, "muscles": [{"id": "upper-trapezius"}]})";
    r = test::run(bin + " validate " + ext.string());
    CHECK(r.exitCode == 1);
    CHECK(r.output.find("my-muscle.json") != std::string::npos);
    CHECK(r.output.find("upper-trapezius") != std::string::npos);
}

TEST_CASE("query muscles, regions and conditions list the shipped content") {
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " query muscles --json");
    REQUIRE(r.exitCode == 0);
    auto doc = nlohmann::json::parse(r.output);
    const auto& muscles = doc.is_array() ? doc : doc["muscles"];
    CHECK(muscles.size() >= 70);
    r = test::run(bin + " query conditions --json");
    REQUIRE(r.exitCode == 0);
    doc = nlohmann::json::parse(r.output);
    const auto& conditions = doc.is_array() ? doc : doc["conditions"];
    CHECK(conditions.size() >= 20);
    r = test::run(bin + " query regions");
    REQUIRE(r.exitCode == 0);
    CHECK(r.output.find("temple") != std::string::npos);
}

TEST_CASE("query muscle and condition show one entry; unknown ids exit 2 with a hint") {
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " query muscle upper-trapezius --json");
    REQUIRE(r.exitCode == 0);
    const auto m = nlohmann::json::parse(r.output);
    CHECK(m["id"] == "upper-trapezius");
    r = test::run(bin + " query condition tension-type-headache");
    REQUIRE(r.exitCode == 0);
    CHECK(r.output.find("upper-trapezius") != std::string::npos);
    r = test::run(bin + " query muscle upper-trapezoid");
    CHECK(r.exitCode == 2);
    CHECK(r.output.find("no muscle with id 'upper-trapezoid'") != std::string::npos);
}

TEST_CASE("query pain --json ranks muscles with the documented fields, best first") {
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " query pain --side right temple --json");
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    const auto doc = nlohmann::json::parse(r.output);
    REQUIRE(doc["results"].is_array());
    REQUIRE(doc["results"].size() >= 3);
    double last = 2.0;
    bool trapezius = false;
    for (const auto& res : doc["results"]) {
        for (const char* key : {"muscle", "name", "side", "score", "matches"}) CHECK_MESSAGE(res.contains(key), key);
        CHECK(res["score"].get<double>() <= last);
        last = res["score"].get<double>();
        CHECK(res["side"] == "right");
        for (const auto& m : res["matches"]) {
            CHECK(m["region"] == "temple");
            CHECK((m["zone"] == "essential" || m["zone"] == "spillover"));
            CHECK(m["trigger_point"].get<std::string>().rfind("TrP", 0) == 0);
        }
        trapezius |= res["muscle"] == "upper-trapezius";
    }
    CHECK(trapezius);
    r = test::run(bin + " query pain --side right tempel");
    CHECK(r.exitCode == 2);
    CHECK(r.output.find("unknown region 'tempel'") != std::string::npos);
    r = test::run(bin + " query pain --side middle temple");
    CHECK(r.exitCode != 0);
}

TEST_CASE("query search finds muscles by synonym and conditions by what people call them") {
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " query search peroneus --json");
    REQUIRE(r.exitCode == 0);
    auto doc = nlohmann::json::parse(r.output);
    REQUIRE(!doc["hits"].empty());
    CHECK(doc["hits"][0]["id"].get<std::string>().rfind("fibularis", 0) == 0);
    r = test::run(bin + " query search tennis elbow --json");
    doc = nlohmann::json::parse(r.output);
    REQUIRE(!doc["hits"].empty());
    CHECK(doc["hits"][0]["id"] == "tennis-elbow");
}
