// The interactive viewer: a GLFW window with the 3D view and the ImGui interface.
#pragma once

#include "app/scene_source.h"
#include "core/camera.h"

#include <filesystem>
#include <optional>
#include <string>

namespace tpa::app {

struct ViewerOptions {
    SceneSource source;
    std::optional<std::string> select;  // part id to select at start
    std::optional<core::ViewPreset> view;
    int width = 1280;
    int height = 800;
    bool sizeGiven = false;  // --size given: it wins over the size remembered in the settings
    std::optional<std::filesystem::path> session;     // client session to open (or create) at start
    std::optional<std::filesystem::path> replay;      // input script to play
    std::optional<std::filesystem::path> screenshot;  // PNG of the window when the replay ends
    std::optional<std::filesystem::path> report;      // JSON of the final state
    bool exitAfterReplay = false;
};

// Returns the process exit code.
int runViewer(const ViewerOptions& options);

}  // namespace tpa::app
