// Font search (DejaVu, Noto, Liberation; then ImGui's own) and the style colours.
#include "ui/theme.h"

#include <array>
#include <cstdlib>
#include <filesystem>
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

}  // namespace

Fonts loadFonts(float scale, float basePixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    Fonts fonts;
    fonts.pixelSize = basePixelSize * scale;
    std::string path;
    if (const char* env = std::getenv("TPATLAS_FONT")) path = env;  // user override
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) {
        path.clear();
        for (const char* c : kFontCandidates)
            if (std::filesystem::exists(c, ec)) {
                path = c;
                break;
            }
    }
    ImFontConfig config;
    config.OversampleH = 2;
    if (!path.empty() && io.Fonts->AddFontFromFileTTF(path.c_str(), fonts.pixelSize, &config)) {
        fonts.regularPath = path;
    } else {
        // ImGui's built-in font is 13 px bitmap-like: scale it rather than show tiny text.
        ImFontConfig fallback;
        fallback.SizePixels = fonts.pixelSize;
        io.Fonts->AddFontDefault(&fallback);
    }
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
