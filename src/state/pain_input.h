// "Where does it hurt?": the pain drawing being made, the brush that makes it, and what the
// app derives from it (per-vertex intensity on the skin and the ranked muscles).
#pragma once

#include "anatomy/pain_drawing.h"
#include "anatomy/pain_ranking.h"
#include "anatomy/zone_field.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tpa::state {

struct PainBrush {
    float radiusMm = 30.0f;
    float intensity = 6.0f;  // 0-10
    bool erase = false;
    std::vector<std::string> qualities;  // anatomy::kPainQualities words given to new marks
};

struct PainInput {
    bool painting = false;  // brush mode: a left drag in the 3D view paints instead of orbiting
    PainBrush brush;
    anatomy::PainDrawing drawing;
    std::vector<std::size_t> strokeStarts;  // index of each stroke's first mark, for undo
    // Regions picked from the list instead of painted; weight holds the intensity (0-10).
    std::vector<anatomy::PainArea> ticked;
    // Derived: per skin vertex 0-10 (drawing and ticked regions), and the ranking.
    std::vector<float> intensity;
    std::vector<anatomy::PainResult> ranking;
    std::uint64_t revision = 0;  // bumps whenever the drawing or the ticks change
    // A ranked muscle the pointer rests on: its zones are previewed over the drawing.
    std::string previewMuscle;
    core::Side previewSide = core::Side::Right;

    bool empty() const { return drawing.empty() && ticked.empty(); }
};

inline constexpr std::size_t kPainResultsShown = 12;

}  // namespace tpa::state
