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
