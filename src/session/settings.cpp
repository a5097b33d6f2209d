// settings.json: {"format": "tpatlas-settings", "version": 1, ...}; any bad field rejects the file.
#include "session/settings.h"

#include "io/atomic_file.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tpa::session {
namespace {

using nlohmann::json;

constexpr std::array<std::pair<Units, std::string_view>, 3> kUnits{
    {{Units::Millimetres, "mm"}, {Units::Centimetres, "cm"}, {Units::Inches, "in"}}};
constexpr std::array<std::pair<ZonePalette, std::string_view>, 2> kPalettes{
    {{ZonePalette::Classic, "classic"}, {ZonePalette::ColourBlindSafe, "colour-blind-safe"}}};

struct Bad {
    std::string message;
};

template <typename Enum, std::size_t N>
Enum enumField(const json& root, const char* field, const std::array<std::pair<Enum, std::string_view>, N>& names,
               Enum fallback) {
    if (!root.contains(field)) return fallback;
    const json& v = root[field];
    std::string expected;
    for (const auto& [value, name] : names) {
        if (v.is_string() && v.get<std::string>() == name) return value;
        expected += (expected.empty() ? "" : " or ") + std::string("\"") + std::string(name) + "\"";
    }
    throw Bad{std::string("field '") + field + "': expected " + expected + ", got " + v.dump()};
}

template <typename T>
T numberField(const json& root, const char* field, T low, T high, T fallback) {
    if (!root.contains(field)) return fallback;
    const json& v = root[field];
    if (!v.is_number() || v.get<double>() < double(low) || v.get<double>() > double(high))
        throw Bad{std::string("field '") + field + "': expected a number " + std::to_string(low) + " to " +
                  std::to_string(high) + ", got " + v.dump()};
    return v.get<T>();
}

glm::vec3 colourField(const json& root, const char* field, glm::vec3 fallback) {
    if (!root.contains(field)) return fallback;
    const json& v = root[field];
    bool ok = v.is_array() && v.size() == 3;
    for (std::size_t i = 0; ok && i < 3; ++i) ok = v[i].is_number() && v[i].get<double>() >= 0.0 && v[i].get<double>() <= 1.0;
    if (!ok) throw Bad{std::string("field '") + field + "': expected [r, g, b] from 0 to 1, got " + v.dump()};
    return glm::vec3(v[0].get<float>(), v[1].get<float>(), v[2].get<float>());
}

}  // namespace

glm::vec3 essentialColour(const Settings& s) {
    return s.palette == ZonePalette::ColourBlindSafe ? glm::vec3(0.84f, 0.37f, 0.0f) : s.essentialColour;
}

glm::vec3 spilloverColour(const Settings& s) {
    return s.palette == ZonePalette::ColourBlindSafe ? glm::vec3(0.34f, 0.71f, 0.91f) : s.spilloverColour;
}

std::string formatLength(float mm, Units units) {
    char text[32];
    switch (units) {
        case Units::Millimetres: std::snprintf(text, sizeof text, "%.0f mm", double(mm)); break;
        case Units::Centimetres: std::snprintf(text, sizeof text, "%.1f cm", double(mm) / 10.0); break;
        case Units::Inches: std::snprintf(text, sizeof text, "%.2f in", double(mm) / 25.4); break;
    }
    return text;
}

std::string_view toText(Units units) {
    for (const auto& [u, name] : kUnits)
        if (u == units) return name;
    return "mm";
}

SettingsLoad parseSettings(std::string_view text, const std::string& fileName) {
    SettingsLoad out;
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    auto reject = [&](const std::string& why) {
        out.settings = Settings{};
        out.notice = fileName + ": " + why + "; using the default settings";
        return out;
    };
    if (root.is_discarded() || !root.is_object()) return reject("not valid JSON");
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != "tpatlas-settings")
        return reject("field 'format': expected \"tpatlas-settings\"");
    if (!root.contains("version") || !root["version"].is_number_integer() || root["version"].get<int>() < 1)
        return reject("field 'version': expected 1");
    if (root["version"].get<int>() > kSettingsVersion)
        return reject("field 'version': expected 1, got " + root["version"].dump() + " (written by a newer tpatlas)");
    try {
        Settings& s = out.settings;
        s.windowWidth = numberField(root, "windowWidth", 320, 16384, s.windowWidth);
        s.windowHeight = numberField(root, "windowHeight", 240, 16384, s.windowHeight);
        s.windowX = numberField(root, "windowX", -100000, 100000, s.windowX);
        s.windowY = numberField(root, "windowY", -100000, 100000, s.windowY);
        s.fontSize = numberField(root, "fontSize", 10.0f, 48.0f, s.fontSize);
        s.units = enumField(root, "units", kUnits, s.units);
        s.palette = enumField(root, "zonePalette", kPalettes, s.palette);
        s.essentialColour = colourField(root, "essentialColour", s.essentialColour);
        s.spilloverColour = colourField(root, "spilloverColour", s.spilloverColour);
        if (root.contains("reducedMotion")) {
            if (!root["reducedMotion"].is_boolean()) throw Bad{"field 'reducedMotion': expected true or false"};
            s.reducedMotion = root["reducedMotion"].get<bool>();
        }
        if (root.contains("language")) {
            if (!root["language"].is_string()) throw Bad{"field 'language': expected a language code such as \"en\""};
            s.language = root["language"].get<std::string>();
        }
    } catch (const Bad& bad) {
        return reject(bad.message);
    } catch (const json::exception& e) {
        // Whatever shape a damaged file takes, the answer is a notice and the defaults.
        return reject(std::string("damaged (") + e.what() + ")");
    }
    return out;
}

std::string serializeSettings(const Settings& s) {
    auto colour = [](const glm::vec3& c) { return json::array({c.r, c.g, c.b}); };
    std::string palette;
    for (const auto& [p, name] : kPalettes)
        if (p == s.palette) palette = name;
    const json root = {{"format", "tpatlas-settings"}, {"version", kSettingsVersion},
                       {"windowWidth", s.windowWidth}, {"windowHeight", s.windowHeight},
                       {"windowX", s.windowX}, {"windowY", s.windowY},
                       {"fontSize", s.fontSize}, {"units", std::string(toText(s.units))},
                       {"zonePalette", palette}, {"essentialColour", colour(s.essentialColour)},
                       {"spilloverColour", colour(s.spilloverColour)}, {"reducedMotion", s.reducedMotion},
                       {"language", s.language}};
    return root.dump(2) + "\n";
}

SettingsLoad loadSettings(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return {};
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parseSettings(buffer.str(), file.string());
}

void saveSettings(const std::filesystem::path& file, const Settings& settings) {
    std::filesystem::create_directories(file.parent_path());
    io::writeFileAtomically(file, serializeSettings(settings));
}

}  // namespace tpa::session
