// Interaction replay against the real window under Xvfb: a recorded click on a part
// selects it, and the window shows the highlight at the click.
#include "app_fixture.h"
#include "io/image.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace tpa;

namespace {

// Runs the viewer on a replay script; returns the final state report.
nlohmann::json replay(const std::filesystem::path& model, const nlohmann::json& events,
                      const std::filesystem::path& screenshot) {
    const auto dir = screenshot.parent_path();
    const auto script = dir / (screenshot.stem().string() + ".json");
    std::ofstream(script) << nlohmann::json{{"events", events}}.dump(2);
    const auto report = dir / (screenshot.stem().string() + "-report.json");
    std::filesystem::remove(report);
    const auto r = test::run("xvfb-run -a -s '-screen 0 1280x800x24' " + test::tpatlasBinary().string() + " --model " +
                             model.string() + " --replay " + script.string() + " --screenshot " + screenshot.string() +
                             " --report " + report.string() + " --exit-after-replay --size 1200x760");
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    return nlohmann::json::parse(test::readText(report));
}

}  // namespace

TEST_CASE("clicking a part in the window selects and highlights it") {
    if (!test::haveXvfb()) {
        // CI installs Xvfb; a developer machine without it cannot run this test.
        if (std::getenv("CI")) FAIL("xvfb-run is required in CI");
        MESSAGE("xvfb-run not found: interaction test skipped");
        return;
    }
    const auto dir = test::scratchDir("interaction");
    const auto model = test::writeTwoBlocksObj(dir);
    // The left block (+X) shows on the viewer's right in the anterior view.
    const nlohmann::json events = nlohmann::json::array({
        {{"type", "wait"}, {"frames", 2}},
        {{"type", "move"}, {"view", {0.75, 0.5}}},
        {{"type", "wait"}, {"frames", 1}},
        {{"type", "press"}, {"button", "left"}},
        {{"type", "release"}, {"button", "left"}},
        {{"type", "wait"}, {"frames", 2}},
    });
    const auto shot = dir / "click.png";
    const auto state = replay(model, events, shot);
    CHECK(state["selected"] == "left-block");
    CHECK(state["hovered"] == "left-block");

    // A drag orbits instead of selecting: the camera turns and the selection stays.
    const nlohmann::json drag = nlohmann::json::array({
        {{"type", "move"}, {"view", {0.25, 0.5}}},
        {{"type", "press"}, {"button", "left"}},
        {{"type", "move"}, {"view", {0.45, 0.5}}},
        {{"type", "move"}, {"view", {0.60, 0.5}}},
        {{"type", "release"}, {"button", "left"}},
        {{"type", "wait"}, {"frames", 2}},
    });
    const auto dragState = replay(model, drag, dir / "drag.png");
    CHECK(dragState["selected"].is_null());
    CHECK(std::abs(dragState["camera"]["yaw"].get<double>()) > 0.5);

    // The screenshot shows the highlight where the click landed.
    const auto img = io::readPng(shot);
    REQUIRE(img.width > 0);
    // Find the 3D view's right half middle row: some pixel there must be highlight yellow.
    int yellow = 0;
    for (int x = img.width / 2; x < img.width * 3 / 4; ++x) {
        const auto c = glm::vec3(img.at(x, img.height / 2)) / 255.0f;
        yellow += c.r > 0.6f && c.g > 0.45f && c.b < 0.45f;
    }
    CHECK(yellow > 20);
}

// The walk-through a therapist does in the first minute (issue "Referral zones come alive"):
// find tension headache, click the upper trapezius marker, then paint a right temple ache
// and read the ranking. docs/images/make-walkthrough.sh records the same steps as pictures.
TEST_CASE("walk-through: tension headache, upper trapezius, paint a right temple ache, read the ranking") {
    if (!test::haveXvfb()) {
        if (std::getenv("CI")) FAIL("xvfb-run is required in CI");
        MESSAGE("xvfb-run not found: walk-through skipped");
        return;
    }
    const auto dir = test::scratchDir("walkthrough");
    const auto script = std::filesystem::path(TPA_SOURCE_DIR) / "tests/app/walkthrough.json";
    const auto shot = dir / "walkthrough.png";
    const auto report = dir / "walkthrough-report.json";
    std::filesystem::remove(report);
    const auto r = test::run("xvfb-run -a -s '-screen 0 1400x900x24' " + test::tpatlasBinary().string() +
                             " --embedded --replay " + script.string() + " --screenshot " + shot.string() +
                             " --report " + report.string() + " --exit-after-replay --size 1300x820");
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    const auto state = nlohmann::json::parse(test::readText(report));
    CHECK(state["condition"] == "tension-type-headache");
    CHECK(state["muscle"] == "upper-trapezius");
    CHECK(state["muscle_side"] == "right");
    CHECK(state["markers"].get<int>() >= 2);
    CHECK(state["pain"]["painting"] == true);
    CHECK(state["pain"]["strokes"] == 1);
    CHECK(state["pain"]["marks"].get<int>() >= 2);
    const auto& ranking = state["pain"]["ranking"];
    REQUIRE(ranking.size() >= 3);
    bool expected = false;  // the muscles the clinical charts send to the temple
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string id = ranking[i]["muscle"];
        CHECK(ranking[i]["side"] == "right");
        expected = expected || id == "temporalis" || id == "upper-trapezius" || id == "scm-sternal" ||
                   id == "semispinalis-capitis";
    }
    CHECK(expected);
    // The drawing shows on the skin in the screenshot.
    const auto img = io::readPng(shot);
    int violet = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width * 3 / 4; ++x) {
            const auto c = glm::vec3(img.at(x, y)) / 255.0f;
            violet += c.b > c.r + 0.08f && c.b > c.g + 0.25f;
        }
    CHECK(violet > 30);
}
