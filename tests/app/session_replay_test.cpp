// Sessions through the real window: shortcuts add the selected muscle and save; the next run
// reopens the file; quitting with unsaved work leaves a recovery file.
#include "app_fixture.h"
#include "session/session_format.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace tpa;

namespace {

struct Run {
    std::filesystem::path dir;
    // Runs the viewer with its user folders inside `dir`, so the developer's own are untouched.
    test::CommandResult operator()(const std::string& args, const nlohmann::json& events, const std::string& name) const {
        const auto script = dir / (name + ".json");
        std::ofstream(script) << nlohmann::json{{"events", events}}.dump(2);
        return test::run("XDG_DATA_HOME=" + (dir / "data").string() + " XDG_CONFIG_HOME=" + (dir / "config").string() +
                         " xvfb-run -a -s '-screen 0 1280x800x24' " + test::tpatlasBinary().string() +
                         " --embedded --size 1200x760 --exit-after-replay --replay " + script.string() + " " + args);
    }
};

nlohmann::json ctrlKey(const char* key) { return {{"type", "key"}, {"key", key}, {"ctrl", true}}; }
nlohmann::json wait(int frames) { return {{"type", "wait"}, {"frames", frames}}; }

}  // namespace

TEST_CASE("a session saved with the keyboard reopens with everything in it") {
    if (!test::haveXvfb()) {
        if (std::getenv("CI")) FAIL("xvfb-run is required in CI");
        MESSAGE("xvfb-run not found: session replay test skipped");
        return;
    }
    const auto dir = test::scratchDir("session-replay");
    std::filesystem::remove_all(dir / "data");
    const auto file = dir / "client.tpsession";
    std::filesystem::remove(file);
    const Run run{dir};

    // First visit: select the upper trapezius, add it to the session, save.
    auto r = run("--session " + file.string() + " --select upper-trapezius.right",
                 {wait(3), ctrlKey("M"), wait(2), ctrlKey("S"), wait(3)}, "first");
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    REQUIRE(std::filesystem::exists(file));
    auto saved = session::readSessionFile(file);
    REQUIRE(saved.examined.size() == 1);
    CHECK(saved.examined[0].muscle == "upper-trapezius");
    CHECK(saved.examined[0].side == core::Side::Right);

    // Second run opens the file: adding another muscle and saving keeps the first.
    r = run("--session " + file.string() + " --select levator-scapulae.left",
            {wait(3), ctrlKey("M"), wait(2), ctrlKey("S"), wait(3)}, "second");
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    saved = session::readSessionFile(file);
    REQUIRE(saved.examined.size() == 2);
    CHECK(saved.examined[0].muscle == "upper-trapezius");
    CHECK(saved.examined[1].muscle == "levator-scapulae");
    CHECK(saved.examined[1].side == core::Side::Left);
    // Both saves put the file on the recent list.
    const auto recent = nlohmann::json::parse(test::readText(dir / "data/tpatlas/recent.json"));
    CHECK(recent["sessions"][0]["path"] == std::filesystem::absolute(file).string());

    // Quitting with an unsaved change leaves the work in the recovery file, not in the session.
    r = run("--session " + file.string() + " --select lower-trapezius.right", {wait(3), ctrlKey("M"), wait(3)},
            "third");
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    CHECK(session::readSessionFile(file).examined.size() == 2);
    const auto recovery = nlohmann::json::parse(test::readText(dir / "data/tpatlas/recovery.json"));
    CHECK(recovery["sessionPath"] == file.string());
    CHECK(recovery["session"]["examined"].size() == 3);
}
