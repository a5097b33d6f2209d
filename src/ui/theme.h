// Look of the interface: a readable font found on the system, sizes scaled for HiDPI,
// and a calm dark theme that keeps the 3D body the brightest thing on screen.
#pragma once

#include <string>

namespace tpa::ui {

struct Fonts {
    std::string regularPath;  // empty when the built-in fallback font is used
    float pixelSize = 0.0f;
    std::string problem;      // why TPATLAS_FONT or the system fonts were not used; empty if fine
};

// Adds the fonts to ImGui's atlas (before the renderer backend builds it). TPATLAS_FONT names
// a font file to use; TPATLAS_FONT_SEARCH (':'-separated files, may be empty) replaces the
// built-in list of system fonts. A missing or broken font falls back to ImGui's own, never
// stopping the program.
Fonts loadFonts(float contentScale, float basePixelSize = 17.0f);
void applyTheme(float contentScale);

}  // namespace tpa::ui
