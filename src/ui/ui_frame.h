// What the UI gets each frame (read-only state and frame numbers) and what it gives back
// (commands, requests, and the rectangle left for the 3D view).
#pragma once

#include "state/app_state.h"
#include "state/command.h"

#include <glm/glm.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tpa::ui {

// A trigger-point marker's label, placed by the app where the marker projects.
struct MarkerLabel {
    glm::vec2 at{0.0f};  // ImGui coordinates
    std::string text;    // "TrP1", or "Temporalis TrP2 (satellite)"
    bool emphasised = false;
};

// The brush outline under the pointer while painting.
struct BrushCursor {
    glm::vec2 centre{0.0f};  // ImGui coordinates
    float radius = 0.0f;     // ImGui units
    bool erase = false;
};

struct FrameInfo {
    double frameMs = 0.0;  // time to build and draw the last frame
    std::size_t drawCalls = 0;
    std::size_t triangles = 0;
    float contentScale = 1.0f;
    std::optional<glm::vec2> cursorInView;  // set while the cursor is over the 3D view
    bool zonesShown = false;                // referral zones are on the skin: offer their controls
    std::vector<MarkerLabel> markerLabels;
    std::optional<BrushCursor> brushCursor;
};

struct UiOutput {
    std::vector<state::Command> commands;
    std::optional<std::string> openModel;  // path typed into File > Open
    bool quit = false;
    // The 3D view's rectangle in ImGui coordinates (origin top-left).
    glm::vec2 viewOrigin{0.0f};
    glm::vec2 viewSize{1.0f};
};

}  // namespace tpa::ui
