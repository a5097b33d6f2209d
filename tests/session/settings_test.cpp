// Settings: round trip, defaults on a bad or newer file, units.
#include "session/settings.h"
#include "session/user_dirs.h"
#include "session_test_util.h"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace tpa;

TEST_CASE("settings survive save and load") {
    const auto dir = test::freshDir("settings");
    session::Settings s;
    s.windowWidth = 1600;
    s.windowHeight = 900;
    s.windowX = 40;
    s.windowY = 30;
    s.fontSize = 24.0f;
    s.units = session::Units::Inches;
    s.palette = session::ZonePalette::ColourBlindSafe;
    s.essentialColour = {0.5f, 0.25f, 0.0f};
    s.reducedMotion = true;
    s.language = "fr";
    session::saveSettings(dir / "cfg" / "settings.json", s);
    const auto loaded = session::loadSettings(dir / "cfg" / "settings.json");
    CHECK(loaded.notice.empty());
    CHECK(loaded.settings == s);
}

TEST_CASE("a missing settings file is the defaults without a notice") {
    const auto loaded = session::loadSettings("/nonexistent/settings.json");
    CHECK(loaded.notice.empty());
    CHECK(loaded.settings == session::Settings{});
}

TEST_CASE("a bad or newer settings file gives a notice and the defaults") {
    auto notice = [](const std::string& text) {
        const auto r = session::parseSettings(text, "settings.json");
        CHECK(r.settings == session::Settings{});
        return r.notice;
    };
    CHECK(notice("{") == "settings.json: not valid JSON; using the default settings");
    CHECK(notice(R"({"format":"tpatlas-settings","version":3})") ==
          "settings.json: field 'version': expected 1, got 3 (written by a newer tpatlas); using the default settings");
    CHECK(notice(R"({"format":"tpatlas-settings","version":1,"units":"furlong"})") ==
          "settings.json: field 'units': expected \"mm\" or \"cm\" or \"in\", got \"furlong\"; using the default settings");
    CHECK(notice(R"({"format":"tpatlas-settings","version":1,"fontSize":400})") ==
          "settings.json: field 'fontSize': expected a number 10.000000 to 48.000000, got 400; using the default settings");
    CHECK(notice(R"({"format":"tpatlas-settings","version":1,"essentialColour":[1,2]})") ==
          "settings.json: field 'essentialColour': expected [r, g, b] from 0 to 1, got [1,2]; using the default settings");
    // Found by the settings fuzzer: a format that is not a string threw out of the parser.
    CHECK(notice(R"({"format":1,"version":1})") ==
          "settings.json: field 'format': expected \"tpatlas-settings\"; using the default settings");
}

TEST_CASE("lengths show in the chosen units; the palette decides the zone colours") {
    CHECK(session::formatLength(30.0f, session::Units::Millimetres) == "30 mm");
    CHECK(session::formatLength(30.0f, session::Units::Centimetres) == "3.0 cm");
    CHECK(session::formatLength(25.4f, session::Units::Inches) == "1.00 in");
    session::Settings s;
    CHECK(session::essentialColour(s) == s.essentialColour);
    s.palette = session::ZonePalette::ColourBlindSafe;
    CHECK(session::essentialColour(s) != s.essentialColour);
}

TEST_CASE("user folders follow XDG variables and fall back to the home folder") {
    ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-config", 1);
    ::setenv("XDG_DATA_HOME", "relative/ignored", 1);
    const char* home = std::getenv("HOME");
    CHECK(session::userConfigDir() == "/tmp/xdg-config/tpatlas");
    if (home) CHECK(session::userDataDir() == std::filesystem::path(home) / ".local/share/tpatlas");
    ::unsetenv("XDG_CONFIG_HOME");
    ::unsetenv("XDG_DATA_HOME");
}
