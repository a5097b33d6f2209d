// The command line as a user runs it: help, query parts, render, and clear errors.
#include "app/cli.h"
#include "app_fixture.h"
#include "io/image.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace tpa;

TEST_CASE("--help documents every command and the main flags") {
    const auto r = test::run(test::tpatlasBinary().string() + " --help");
    CHECK(r.exitCode == 0);
    for (const char* word : {"render", "query", "--model", "--atlas", "--select", "--view", "--replay", "--size"})
        CHECK_MESSAGE(r.output.find(word) != std::string::npos, word);
    const auto render = test::run(test::tpatlasBinary().string() + " render --help");
    for (const char* word : {"--out", "--layer", "--select", "--view", "--size"})
        CHECK_MESSAGE(render.output.find(word) != std::string::npos, word);
}

TEST_CASE("query parts --json lists every part with its tags") {
    const auto dir = test::scratchDir("cli");
    const auto model = test::writeTwoBlocksObj(dir);
    const auto r = test::run(test::tpatlasBinary().string() + " query parts --json --model " + model.string());
    REQUIRE(r.exitCode == 0);
    const auto doc = nlohmann::json::parse(r.output);
    REQUIRE(doc["parts"].size() == 2);
    CHECK(doc["parts"][0]["id"] == "right-block");
    CHECK(doc["parts"][0]["side"] == "right");
    CHECK(doc["parts"][0]["triangles"] == 12);
    CHECK(doc["triangles"] == 24);
}

TEST_CASE("query parts on the embedded body lists skin, bones and muscles of both sides") {
    const auto r = test::run(test::tpatlasBinary().string() + " query parts --json --embedded");
    REQUIRE(r.exitCode == 0);
    const auto doc = nlohmann::json::parse(r.output);
    CHECK(doc["source"] == "embedded body");
    int skin = 0, bones = 0, muscles = 0;
    for (const auto& p : doc["parts"]) {
        skin += p["kind"] == "skin";
        bones += p["kind"] == "bone";
        muscles += p["kind"] == "muscle";
    }
    CHECK(skin == 1);
    CHECK(bones > 10);
    CHECK(muscles > 0);
}

TEST_CASE("render --select writes a PNG with the highlight where the part projects") {
    const auto dir = test::scratchDir("cli");
    const auto model = test::writeTwoBlocksObj(dir);
    const auto out = dir / "select.png";
    const auto r = test::run(test::tpatlasBinary().string() + " render --model " + model.string() +
                             " --select left-block --size 400x200 --out " + out.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    const auto img = io::readPng(out);
    CHECK(img.width == 400);
    CHECK(img.height == 200);
    // Anterior view: the subject's left block (+X) is on the viewer's right.
    const auto left = glm::vec3(img.at(300, 100)) / 255.0f;
    const auto right = glm::vec3(img.at(100, 100)) / 255.0f;
    // "Yellowness": how far red and green stand above blue. The highlight mixes a golden
    // yellow into the part's own colour, so the selected block stands clearly above the other.
    auto yellowness = [](glm::vec3 c) { return std::min(c.r, c.g) - c.b; };
    CHECK(yellowness(left) > 0.2f);
    CHECK(yellowness(right) < 0.0f);  // the other block keeps its own grey-blue
}

TEST_CASE("render --frame fills the picture with the named parts, and unknown ids are named") {
    const auto dir = test::scratchDir("cli");
    const auto model = test::writeTwoBlocksObj(dir).string();
    const auto bin = test::tpatlasBinary().string();
    const auto whole = dir / "whole.png", framed = dir / "framed.png";
    auto r = test::run(bin + " render --model " + model + " --size 200x400 --out " + whole.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    r = test::run(bin + " render --model " + model + " --frame left-block --size 200x400 --out " +
                  framed.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    const auto a = io::readPng(whole), b = io::readPng(framed);
    // The blocks are grey-blue, the background a dark grey gradient: count bluish pixels.
    auto block = [](const auto& img, int x, int y) {
        const auto c = glm::vec3(img.at(x, y)) / 255.0f;
        return c.b > 0.35f && c.b > c.r + 0.05f;
    };
    auto count = [&](const auto& img) {
        int n = 0;
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x < img.width; ++x) n += block(img, x, y);
        return n;
    };
    // A tall picture: the whole model fits its width, the blocks small with the gap between
    // them at the centre. Framed, the subject's left block (the viewer's right) alone fills it.
    CHECK_FALSE(block(a, 100, 200));
    CHECK(block(a, 50, 200));
    CHECK(block(b, 100, 200));
    CHECK(count(b) > count(a) * 3 / 2);
    r = test::run(bin + " render --model " + model + " --frame left-block nope --out " +
                  (dir / "x.png").string());
    CHECK(r.exitCode == 2);
    CHECK(r.output.find("--frame: no part with id 'nope'") != std::string::npos);
}

TEST_CASE("render --samples 0 draws the same picture with unsmoothed edges, other counts are refused") {
    const auto dir = test::scratchDir("cli");
    const auto model = test::writeTwoBlocksObj(dir).string();
    const auto bin = test::tpatlasBinary().string();
    const auto smooth = dir / "smooth.png", plain = dir / "plain.png";
    auto r = test::run(bin + " render --model " + model + " --size 400x200 --out " + smooth.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    r = test::run(bin + " render --model " + model + " --size 400x200 --samples 0 --out " + plain.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    const auto a = io::readPng(smooth), b = io::readPng(plain);
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    // Inside the blocks and on the background the pixels agree; only edges may differ.
    for (const auto& [x, y] : {std::pair{300, 100}, std::pair{100, 100}, std::pair{10, 10}})
        for (int k = 0; k < 3; ++k) CHECK(std::abs(int(a.at(x, y)[k]) - int(b.at(x, y)[k])) <= 2);
    CHECK(a.rgba != b.rgba);
    r = test::run(bin + " render --model " + model + " --samples 3 --out " + plain.string());
    CHECK(r.exitCode != 0);
    CHECK(r.output.find("--samples") != std::string::npos);
}

TEST_CASE("bad arguments and files give clear messages and a non-zero exit") {
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " render --out /tmp/x.png --view sideways");
    CHECK(r.exitCode != 0);
    CHECK(r.output.find("sideways") != std::string::npos);
    r = test::run(bin + " render --out /tmp/x.png --size 10x10");
    CHECK(r.exitCode != 0);
    CHECK(r.output.find("between 16 and 8192") != std::string::npos);
    r = test::run(bin + " render --model /nonexistent.obj --out /tmp/x.png");
    CHECK(r.exitCode != 0);
    CHECK(r.output.find("/nonexistent.obj") != std::string::npos);
    const auto dir = test::scratchDir("cli");
    r = test::run(bin + " render --model " + test::writeTwoBlocksObj(dir).string() + " --select nope --out /tmp/x.png");
    CHECK(r.exitCode == 2);
    CHECK(r.output.find("No part with id 'nope'") != std::string::npos);
    r = test::run(bin + " query parts --atlas /nonexistent-atlas");
    CHECK(r.exitCode != 0);
    CHECK(r.output.find("/nonexistent-atlas") != std::string::npos);
}

TEST_CASE("render --pain paints the regions violet and shows the best match, and bad ids are named") {
    const auto dir = test::scratchDir("cli");
    const auto out = dir / "pain.png";
    const auto bin = test::tpatlasBinary().string();
    auto r = test::run(bin + " render --embedded --pain temple forehead --side right --view right --size 480x480 --out " +
                       out.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    CHECK(r.output.find("best match:") != std::string::npos);
    CHECK(r.output.find("(right)") != std::string::npos);
    const auto img = io::readPng(out);
    int violet = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const auto c = glm::vec3(img.at(x, y)) / 255.0f;
            violet += c.b > c.r + 0.08f && c.b > c.g + 0.25f;
        }
    CHECK(violet > 40);
    r = test::run(bin + " render --embedded --pain templ --out " + (dir / "x.png").string());
    CHECK(r.exitCode == 2);
    CHECK(r.output.find("no region with id 'templ'") != std::string::npos);
    r = test::run(bin + " render --embedded --muscle upper-trapezius --trigger-point TrP9 --out " +
                  (dir / "x.png").string());
    CHECK(r.exitCode == 2);
    CHECK(r.output.find("no trigger point 'TrP9'") != std::string::npos);
}

TEST_CASE("only the commands that draw restart on huge pages; queries and --version start at once") {
    auto draws = [](std::vector<std::string> words) {
        std::vector<char*> argv;
        for (auto& w : words) argv.push_back(w.data());
        argv.push_back(nullptr);
        return app::commandLineDraws(int(words.size()), argv.data());
    };
    CHECK(draws({"tpatlas"}));
    CHECK(draws({"tpatlas", "--atlas", "/data/atlas"}));
    CHECK(draws({"tpatlas", "render", "--out", "x.png"}));
    CHECK(draws({"tpatlas", "bench", "--embedded"}));
    CHECK(draws({"tpatlas", "export-handout", "s.tpsession", "--out", "h.html"}));
    CHECK_FALSE(draws({"tpatlas", "query", "pain", "--side", "right", "temple"}));
    CHECK_FALSE(draws({"tpatlas", "validate"}));
    CHECK_FALSE(draws({"tpatlas", "--version"}));
    CHECK_FALSE(draws({"tpatlas", "render", "--help"}));
}
