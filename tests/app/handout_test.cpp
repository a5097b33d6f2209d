// tpatlas export-handout and render --transparent, run as a user runs them.
#include "app_fixture.h"
#include "io/image.h"
#include "session/session_format.h"

#include <doctest/doctest.h>

using namespace tpa;

namespace {

std::vector<unsigned char> decodeBase64(const std::string& text) {
    std::vector<unsigned char> out;
    unsigned int word = 0;
    int bits = 0;
    for (const char c : text) {
        int v = -1;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (c >= '0' && c <= '9') v = c - '0' + 52;
        else if (c == '+') v = 62;
        else if (c == '/') v = 63;
        if (v < 0) continue;  // '=' padding
        word = (word << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back((unsigned char)((word >> bits) & 0xff));
        }
    }
    return out;
}

// The images embedded as data URIs, in page order.
std::vector<core::Image> embeddedImages(const std::string& html, const std::filesystem::path& scratch) {
    std::vector<core::Image> images;
    const std::string marker = "data:image/png;base64,";
    for (std::size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
        const std::size_t begin = at + marker.size();
        const auto bytes = decodeBase64(html.substr(begin, html.find('"', begin) - begin));
        const auto file = scratch / ("embedded" + std::to_string(images.size()) + ".png");
        std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
        images.push_back(io::readPng(file));
    }
    return images;
}

}  // namespace

TEST_CASE("export-handout writes one printable HTML page with both views, the muscles and the self-care") {
    const auto dir = test::scratchDir("handout");
    session::ClientSession s;
    s.client = "JD-0412";
    s.date = "2026-11-20";
    s.examined.push_back({"upper-trapezius", core::Side::Right, 6, true, true, "TrP1", true, false, "familiar headache"});
    s.selfCare = {{"upper-trapezius/1"}, "Take a break from the screen every 30 minutes."};
    s.drawing.marks.push_back({{-60.0f, 40.0f, 1450.0f}, {0.0f, 1.0f, 0.0f}, 25.0f, 7.0f, false, "neck-posterior",
                               core::Side::Right, {"aching"}});
    session::writeSessionFile(dir / "jd.tpsession", s);
    const auto out = dir / "jd.html";
    std::filesystem::remove(out);
    const auto r = test::run(test::tpatlasBinary().string() + " export-handout " + (dir / "jd.tpsession").string() +
                             " --embedded --size 200x320 --out " + out.string());
    INFO(r.output);
    REQUIRE(r.exitCode == 0);
    const std::string html = test::readText(out);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    CHECK(html.find("@page { size: A4") != std::string::npos);
    for (const char* text : {"JD-0412", "2026-11-20", "Upper trapezius", "Front", "Back", "Take a break from the screen",
                             "education", "Pain felt in:"})
        CHECK_MESSAGE(html.find(text) != std::string::npos, text);

    const auto images = embeddedImages(html, dir);
    REQUIRE(images.size() == 2);
    int zonePixels = 0, bodyPixels = 0;
    for (const auto& img : images) {
        CHECK(img.width == 200);
        CHECK(img.height == 320);
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x < img.width; ++x) {
                const auto p = img.at(x, y);
                if (p.r > 150 && p.g < 90 && p.b < 110) ++zonePixels;  // the crimson essential zone
                if (p.r > 120 && p.g > 90) ++bodyPixels;              // skin tones, lighter than the background
            }
    }
    CHECK(bodyPixels > 2000);
    CHECK(zonePixels > 20);
}

TEST_CASE("export-handout refuses a damaged session with the exact message and writes nothing") {
    const auto dir = test::scratchDir("handout-bad");
    std::ofstream(dir / "bad.tpsession") << R"({"format":"tpatlas-session","version":7,"client":"A","date":"2026-01-01"})";
    std::filesystem::remove(dir / "bad.html");
    const auto r = test::run(test::tpatlasBinary().string() + " export-handout " + (dir / "bad.tpsession").string() +
                             " --embedded --out " + (dir / "bad.html").string());
    CHECK(r.exitCode == 1);
    CHECK(r.output.find((dir / "bad.tpsession").string() +
                        ": session: field 'version': expected 1, got 7 (written by a newer tpatlas; update it to open "
                        "this file)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "bad.html"));
}

TEST_CASE("render --transparent leaves the background see-through and the body opaque") {
    const auto dir = test::scratchDir("transparent");
    const auto out = dir / "t.png";
    const auto r = test::run(test::tpatlasBinary().string() + " render --embedded --transparent --size 160x240 --out " +
                             out.string());
    INFO(r.output);
    REQUIRE(r.exitCode == 0);
    const auto img = io::readPng(out);
    CHECK(img.at(2, 2).a == 0);
    CHECK(img.at(157, 237).a == 0);
    int opaque = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) opaque += img.at(x, y).a == 255;
    CHECK(opaque > 1500);
}
