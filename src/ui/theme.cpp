// Font search (DejaVu, Noto, Liberation; then ImGui's own) and the style colours.
#include "ui/theme.h"

#include <array>
#include <cstdlib>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include <imgui.h>

namespace tpa::ui {
namespace {

constexpr std::array<const char*, 6> kFontCandidates{
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
};

// ImGui (stb_truetype) trusts the font file and reads out of bounds on garbage, so check the
// signature and that the table directory fits in the file before handing it over.
bool looksLikeFont(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[12] = {};
    if (!in.read(reinterpret_cast<char*>(head), sizeof head)) return false;
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(in.tellg());
    const std::string tag(reinterpret_cast<const char*>(head), 4);
    if (tag == "ttcf") return size >= 16;
    if (tag != std::string("\0\1\0\0", 4) && tag != "true" && tag != "OTTO") return false;
    const std::uint64_t tables = (std::uint64_t(head[4]) << 8) | head[5];
    return tables > 0 && 12 + 16 * tables <= size;
}

}  // namespace

Fonts loadFonts(float scale, float basePixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    Fonts fonts;
    fonts.pixelSize = basePixelSize * scale;
    std::vector<std::string> candidates;
    std::error_code ec;
    if (const char* env = std::getenv("TPATLAS_FONT"); env && *env) {  // user override
        if (std::filesystem::is_regular_file(env, ec))
            candidates.emplace_back(env);
        else
            fonts.problem = std::string("TPATLAS_FONT=") + env + ": no such font file";
    }
    if (const char* search = std::getenv("TPATLAS_FONT_SEARCH")) {
        std::stringstream list(search);
        for (std::string item; std::getline(list, item, ':');)
            if (!item.empty()) candidates.push_back(item);
    } else {
        candidates.insert(candidates.end(), kFontCandidates.begin(), kFontCandidates.end());
    }
    ImFontConfig config;
    config.OversampleH = 2;
    for (const auto& path : candidates) {
        if (!std::filesystem::is_regular_file(path, ec)) continue;
        if (!looksLikeFont(path)) {
            fonts.problem += (fonts.problem.empty() ? "" : "; ") + path + ": not a font file";
            continue;
        }
        // Build now, so a file that is not a usable font is found here and skipped, not
        // when the renderer backend builds the atlas (ImGui has no way back from there).
        if (io.Fonts->AddFontFromFileTTF(path.c_str(), fonts.pixelSize, &config) && io.Fonts->Build()) {
            fonts.regularPath = path;
            return fonts;
        }
        io.Fonts->Clear();
        fonts.problem += (fonts.problem.empty() ? "" : "; ") + path + ": not a usable font file";
    }
    // ImGui's built-in font is 13 px bitmap-like: scale it rather than show tiny text.
    ImFontConfig fallback;
    fallback.SizePixels = fonts.pixelSize;
    io.Fonts->AddFontDefault(&fallback);
    fonts.problem += std::string(fonts.problem.empty() ? "" : "; ") +
                     "no usable system font found, using the built-in font (install fonts-dejavu-core for sharper text)";
    return fonts;
}

void applyTheme(float scale) {
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.WindowBorderSize = 0.0f;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowPadding = ImVec2(12, 10);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.97f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.13f, 0.14f, 0.16f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.55f, 0.30f, 0.22f, 0.55f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.65f, 0.36f, 0.26f, 0.80f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.72f, 0.40f, 0.28f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.24f, 0.26f, 0.30f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.62f, 0.36f, 0.26f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.72f, 0.42f, 0.28f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.18f, 0.19f, 0.22f, 1.0f);
    c[ImGuiCol_CheckMark] = ImVec4(1.0f, 0.78f, 0.12f, 1.0f);
    c[ImGuiCol_SliderGrab] = ImVec4(1.0f, 0.78f, 0.12f, 0.8f);
    c[ImGuiCol_SliderGrabActive] = ImVec4(1.0f, 0.78f, 0.12f, 1.0f);
    style.ScaleAllSizes(scale);
}

}  // namespace tpa::ui
