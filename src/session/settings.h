// Preferences that persist between runs ($XDG_CONFIG_HOME/tpatlas/settings.json): window,
// font size, units, zone colours and palette, reduced motion, language. Versioned; a bad file
// gives a notice and the defaults, never a crash.
#pragma once

#include <glm/glm.hpp>
#include <filesystem>
#include <string>
#include <string_view>

namespace tpa::session {

enum class Units { Millimetres, Centimetres, Inches };
// Classic: crimson and pink. ColourBlindSafe: orange and blue, told apart with any colour vision.
enum class ZonePalette { Classic, ColourBlindSafe };

inline constexpr int kSettingsVersion = 1;
inline constexpr float kFontSizes[] = {14.0f, 17.0f, 20.0f, 24.0f, 28.0f, 32.0f};

struct Settings {
    int windowWidth = 1280;
    int windowHeight = 800;
    int windowX = -1;  // -1: let the window manager place it
    int windowY = -1;
    float fontSize = 17.0f;  // pixels before the monitor's content scale; larger reads from a metre away
    Units units = Units::Millimetres;
    ZonePalette palette = ZonePalette::Classic;
    glm::vec3 essentialColour{0.86f, 0.05f, 0.16f};  // the renderer's own defaults
    glm::vec3 spilloverColour{0.98f, 0.45f, 0.50f};
    bool reducedMotion = false;
    std::string language = "en";
    bool operator==(const Settings&) const = default;
};

// The zone colours the palette gives (Classic: the user's own colours).
glm::vec3 essentialColour(const Settings& s);
glm::vec3 spilloverColour(const Settings& s);

// A length for display in the chosen units, e.g. "3.0 cm".
std::string formatLength(float mm, Units units);
std::string_view toText(Units units);

struct SettingsLoad {
    Settings settings;
    std::string notice;  // set when the file was damaged or newer: defaults are in use
};

// No file I/O; `fileName` prefixes the notice.
SettingsLoad parseSettings(std::string_view text, const std::string& fileName);
std::string serializeSettings(const Settings& settings);
// A missing file gives the defaults without a notice.
SettingsLoad loadSettings(const std::filesystem::path& file);
// Atomic; creates the folder. Throws std::runtime_error when it cannot write.
void saveSettings(const std::filesystem::path& file, const Settings& settings);

}  // namespace tpa::session
