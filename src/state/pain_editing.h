// Changes to the pain drawing (brush dabs, undo, clear, ticked regions) and the derived
// per-vertex intensity and muscle ranking, kept in step after every change.
#pragma once

#include "state/app_state.h"

#include <glm/glm.hpp>
#include <string>

namespace tpa::state {

// Classifies the scene's skin for zones and painting (needs the knowledge base and the
// scene's landmarks; leaves the field null without them), moves the drawing's marks onto this
// skin (each stays in the region and side it was painted on) and recomputes the derived data.
void prepareSkin(AppState& s);

// A brush dab where the ray through a viewport pixel meets the skin; `newStroke` starts a
// stroke (one undo step). Dabs closer than a third of the brush radius to the previous dab of
// the stroke are skipped, so a slow drag does not pile up marks. Returns false off the skin.
bool paintAt(AppState& s, glm::vec2 pixel, bool newStroke);
void undoStroke(AppState& s);
void clearPain(AppState& s);
// Ticks (on) or unticks a region on a side (Midline: both sides) at an intensity 0-10.
void setPainRegion(AppState& s, const std::string& region, core::Side side, bool on, float intensity);
// Recomputes the per-vertex intensity and the ranking from the drawing and the ticks.
void refreshPain(AppState& s);

}  // namespace tpa::state
