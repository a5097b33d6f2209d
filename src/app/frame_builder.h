// Turns the application state into the renderer's per-frame parameters: the one place
// that decides how selection, hover, layers and ghosting look.
#pragma once

#include "render/frame_params.h"
#include "state/app_state.h"

namespace tpa::app {

inline constexpr float kSelectedTint = 0.55f;
inline constexpr float kHoveredTint = 0.18f;

render::FrameParams buildFrame(const state::AppState& state);

}  // namespace tpa::app
