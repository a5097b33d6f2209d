// The real program against bad input and hostile conditions (docs/robustness.md): a broken file
// opened over a good one, a missing font or atlas, a bare GL 3.3 context, a 1x1 and a
// minimised window, unreadable files, and malformed command lines. It must keep running (or
// exit with a clear message), never crash.
#include "app_fixture.h"
#include "io/image.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace tpa;

namespace {

struct ViewerRun {
    test::CommandResult result;
    nlohmann::json report;
    std::filesystem::path screenshot;
};

// Runs the viewer under Xvfb on a replay script; `env` prefixes the command (VAR=value ...).
ViewerRun runViewer(const std::string& name, const nlohmann::json& events, const std::string& args,
                    const std::string& env = "") {
    const auto dir = test::scratchDir("robustness");
    const auto script = dir / (name + ".json");
    std::ofstream(script) << nlohmann::json{{"events", events}}.dump(2);
    ViewerRun run;
    run.screenshot = dir / (name + ".png");
    const auto report = dir / (name + "-report.json");
    std::filesystem::remove(report);
    std::filesystem::remove(run.screenshot);
    run.result = test::run(env + " xvfb-run -a -s '-screen 0 1024x768x24' " + test::tpatlasBinary().string() + " " +
                           args + " --replay " + script.string() + " --screenshot " + run.screenshot.string() +
                           " --report " + report.string() + " --exit-after-replay --size 800x500");
    if (std::filesystem::exists(report)) run.report = nlohmann::json::parse(test::readText(report));
    return run;
}

// Clicks the 3D view at the fraction (x, y) of the view: proves the window still reacts.
nlohmann::json clickAt(double x, double y) {
    return nlohmann::json::array({{{"type", "move"}, {"view", {x, y}}},
                                  {{"type", "wait"}, {"frames", 1}},
                                  {{"type", "press"}, {"button", "left"}},
                                  {{"type", "release"}, {"button", "left"}},
                                  {{"type", "wait"}, {"frames", 2}}});
}

nlohmann::json concat(nlohmann::json a, const nlohmann::json& b) {
    for (const auto& e : b) a.push_back(e);
    return a;
}

bool skipWithoutXvfb() {
    if (test::haveXvfb()) return false;
    if (std::getenv("CI")) FAIL("xvfb-run is required in CI");
    MESSAGE("xvfb-run not found: window robustness test skipped");
    return true;
}

}  // namespace

TEST_CASE("opening a broken file keeps the open model and shows why") {
    if (skipWithoutXvfb()) return;
    const auto dir = test::scratchDir("robustness");
    const auto model = test::writeTwoBlocksObj(dir);
    const auto broken = dir / "broken.obj";
    std::ofstream(broken) << "o Bad\nv 0 0 0\nv 1 nan 0\nv 0 1 0\nf 1 2 3\n";
    const auto events = concat(nlohmann::json::array({{{"type", "wait"}, {"frames", 2}},
                                                      {{"type", "open"}, {"path", broken.string()}},
                                                      {{"type", "wait"}, {"frames", 2}}}),
                               clickAt(0.75, 0.5));
    const auto run = runViewer("open-broken", events, "--model " + model.string());
    REQUIRE_MESSAGE(run.result.exitCode == 0, run.result.output);
    CHECK(run.report["source"] == model.string());
    CHECK(run.report["selected"] == "left-block");
    CHECK(run.report["notice"] ==
          "Could not open " + broken.string() + ": " + broken.string() + ":3: vertex coordinate 2 is not a finite number");

    // A missing file and a directory the same way; then a good file does replace the model.
    const auto events2 = nlohmann::json::array({{{"type", "open"}, {"path", (dir / "gone.stl").string()}},
                                                {{"type", "wait"}, {"frames", 1}},
                                                {{"type", "open"}, {"path", dir.string()}},
                                                {{"type", "wait"}, {"frames", 1}}});
    const auto run2 = runViewer("open-missing", events2, "--model " + model.string());
    REQUIRE_MESSAGE(run2.result.exitCode == 0, run2.result.output);
    CHECK(run2.report["source"] == model.string());
    CHECK(run2.report["notice"].get<std::string>().find("is a directory, not a mesh file") != std::string::npos);
    CHECK(run2.result.output.find((dir / "gone.stl").string() + ": file not found") != std::string::npos);
}

TEST_CASE("a 1x1 window and a minimised one are survived, and the view works after") {
    if (skipWithoutXvfb()) return;
    const auto dir = test::scratchDir("robustness");
    const auto model = test::writeTwoBlocksObj(dir);
    const auto events = concat(nlohmann::json::array({{{"type", "wait"}, {"frames", 2}},
                                                      {{"type", "resize"}, {"size", {1, 1}}},
                                                      {{"type", "wait"}, {"frames", 3}},
                                                      {{"type", "minimise"}},
                                                      {{"type", "wait"}, {"frames", 5}},
                                                      {{"type", "restore"}},
                                                      {{"type", "resize"}, {"size", {800, 500}}},
                                                      {{"type", "wait"}, {"frames", 3}}}),
                               clickAt(0.75, 0.5));
    const auto run = runViewer("tiny-window", events, "--model " + model.string());
    REQUIRE_MESSAGE(run.result.exitCode == 0, run.result.output);
    CHECK(run.report["selected"] == "left-block");
    const auto img = io::readPng(run.screenshot);
    CHECK(img.width == 800);
    CHECK(img.height == 500);
}

TEST_CASE("no font anywhere: the built-in font is used and the reason printed") {
    if (skipWithoutXvfb()) return;
    const auto dir = test::scratchDir("robustness");
    const auto model = test::writeTwoBlocksObj(dir);
    const auto run = runViewer("no-font", clickAt(0.75, 0.5), "--model " + model.string(),
                               "TPATLAS_FONT=/nonexistent/font.ttf TPATLAS_FONT_SEARCH=");
    REQUIRE_MESSAGE(run.result.exitCode == 0, run.result.output);
    CHECK(run.result.output.find("TPATLAS_FONT=/nonexistent/font.ttf: no such font file") != std::string::npos);
    CHECK(run.result.output.find("using the built-in font") != std::string::npos);
    CHECK(run.report["selected"] == "left-block");

    // A file that is no font (here an OBJ) is refused before ImGui reads it.
    const auto bad = runViewer("bad-font", clickAt(0.75, 0.5), "--model " + model.string(),
                               "TPATLAS_FONT=" + model.string() + " TPATLAS_FONT_SEARCH=");
    REQUIRE_MESSAGE(bad.result.exitCode == 0, bad.result.output);
    CHECK(bad.result.output.find(model.string() + ": not a font file") != std::string::npos);
}

TEST_CASE("a missing atlas opens the embedded body in the viewer, and is an error for render") {
    if (skipWithoutXvfb()) return;
    const auto run = runViewer("no-atlas", nlohmann::json::array({{{"type", "wait"}, {"frames", 2}}}), "",
                               "TPATLAS_ATLAS_DIR=/nonexistent/atlas");
    REQUIRE_MESSAGE(run.result.exitCode == 0, run.result.output);
    CHECK(run.report["source"] == "embedded body");
    CHECK(run.report["notice"] == "/nonexistent/atlas: atlas directory not found (showing the embedded body)");

    const auto dir = test::scratchDir("robustness");
    const auto render = test::run(test::tpatlasBinary().string() + " render --atlas /nonexistent/atlas --out " +
                                  (dir / "no-atlas-render.png").string());
    CHECK(render.exitCode == 1);
    CHECK(render.output == "tpatlas: /nonexistent/atlas: atlas directory not found\n");
}

TEST_CASE("a bare OpenGL 3.3 core context without optional extensions renders the same scene") {
    if (skipWithoutXvfb()) return;
    const auto dir = test::scratchDir("robustness");
    const auto model = test::writeTwoBlocksObj(dir);
    // Mesa: advertise exactly GL 3.3 / GLSL 3.30 and hide the extensions a renderer might probe.
    const std::string bare =
        "MESA_GL_VERSION_OVERRIDE=3.3 MESA_GLSL_VERSION_OVERRIDE=330 "
        "MESA_EXTENSION_OVERRIDE='-GL_KHR_debug -GL_ARB_debug_output -GL_EXT_texture_filter_anisotropic "
        "-GL_ARB_texture_filter_anisotropic -GL_ARB_buffer_storage -GL_ARB_direct_state_access "
        "-GL_ARB_clip_control -GL_ARB_multi_draw_indirect -GL_ARB_texture_storage'";
    const auto run = runViewer("bare-gl", clickAt(0.75, 0.5), "--model " + model.string(), bare);
    REQUIRE_MESSAGE(run.result.exitCode == 0, run.result.output);
    CHECK(run.report["selected"] == "left-block");
    const auto out = dir / "bare-gl-render.png";
    const auto render = test::run(bare + " " + test::tpatlasBinary().string() + " render --model " + model.string() +
                                  " --select left-block --size 200x100 --out " + out.string());
    REQUIRE_MESSAGE(render.exitCode == 0, render.output);
    CHECK(io::readPng(out).width == 200);
}

TEST_CASE("unreadable files are named with the reason") {
    const auto dir = test::scratchDir("robustness");
    const auto locked = dir / "locked.json";
    std::ofstream(locked) << "{\"version\": 1}\n";
    std::filesystem::permissions(locked, std::filesystem::perms::owner_write);
    std::string prefix;
    if (geteuid() == 0) {
        // Root reads any file; run the program as nobody, which may not (needs setpriv).
        if (std::system("command -v setpriv > /dev/null 2>&1") != 0) {
            MESSAGE("running as root without setpriv: the permission case cannot be tried here");
            return;
        }
        prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
    const auto r = test::run(prefix + test::tpatlasBinary().string() + " validate " + locked.string());
    CHECK(r.exitCode == 1);
    CHECK_MESSAGE(r.output.find(locked.string() + ": cannot open the file (Permission denied)") != std::string::npos,
                  r.output);
    std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
}

TEST_CASE("malformed command lines exit with a message, never a crash") {
    const auto dir = test::scratchDir("robustness");
    const auto badReplay = dir / "bad-replay.json";
    std::ofstream(badReplay) << "{\"events\": [{\"type\": \"resize\", \"size\": [0, 5]}]}";
    const std::pair<std::string, std::string> cases[] = {
        {"--size 0x0", "--size: width and height must be between 16 and 8192"},
        {"--size 99999999999x2", "expected WIDTHxHEIGHT"},
        {"--view sideways", "'sideways': expected anterior, posterior, left, right or superior"},
        {"--model /nonexistent.obj", "/nonexistent.obj"},
        {"--replay " + badReplay.string(), badReplay.string() + ": events[0].size: expected [width, height]"},
        {"--no-such-flag", "--no-such-flag"},
        {"render --model /nonexistent.obj --out /nonexistent-dir/x.png", "/nonexistent.obj"},
        {"render --time nan --out /nonexistent-dir/x.png", "'nan' is not a finite number"},
        {"render --layer skin=glowing --out /nonexistent-dir/x.png", "'skin=glowing': expected LAYER=MODE"},
        {"query muscle no-such-muscle", "no-such-muscle"},
        {"query pain --side up neck", "up"},
        {std::string("query search --json $'\\xff\\xfe'"), "'?" "?' is not UTF-8 text"},
        {std::string("query muscle $'trap\\xe8ze'"), "'trap?ze' is not UTF-8 text"},
    };
    for (const auto& [args, expected] : cases) {
        const auto r = test::run("bash -c \"" + test::tpatlasBinary().string() + " " + args + "\"");
        INFO(args, " -> ", r.output);
        CHECK(r.exitCode >= 0);  // -1: killed by a signal
        CHECK(r.exitCode < 128);
        CHECK(r.output.find(expected) != std::string::npos);
    }
}
