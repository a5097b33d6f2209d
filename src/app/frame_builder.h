// Turns the application state into the renderer's per-frame parameters: the one place
// that decides how selection, hover, layers and ghosting look.
#pragma once

#include "render/frame_params.h"
#include "state/app_state.h"

namespace tpa::app {

inline constexpr float kSelectedTint = 0.55f;
inline constexpr float kHoveredTint = 0.18f;

// `zonesShown`: referral zones are on the skin; the other muscles then step back (greyed) and
// a ghosted skin thickens a little, so the zones read at a glance from across the table.
render::FrameParams buildFrame(const state::AppState& state, bool zonesShown = false);

}  // namespace tpa::app
