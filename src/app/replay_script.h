// Recorded input for interaction tests and demos: a JSON list of mouse and key events that
// the viewer feeds through the same path as real input, frame by frame.
#pragma once

#include "app/input_controller.h"
#include "app/input_event.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace tpa::app {

struct ReplayStep {
    std::optional<InputEvent> event;     // nothing: a pause
    std::optional<glm::vec2> viewFraction;    // move to this fraction of the 3D view
    std::optional<glm::vec2> windowFraction;  // or of the whole window (to reach the panels)
    int waitFrames = 0;
};

struct ReplayScript {
    std::vector<ReplayStep> steps;
};

// Throws io::LoadError "<file>: events[<i>].<field>: <what>".
ReplayScript loadReplayScript(const std::filesystem::path& path);

// Plays a script a few events per frame, so the UI and the camera see them as real input.
class ReplayPlayer {
public:
    explicit ReplayPlayer(ReplayScript script) : script_(std::move(script)) {}
    // Events for this frame; positions are resolved against the current view.
    std::vector<InputEvent> nextFrame(const ViewRect& view, glm::vec2 windowSize);
    bool finished() const { return next_ >= script_.steps.size() && wait_ == 0; }

private:
    ReplayScript script_;
    std::size_t next_ = 0;
    int wait_ = 0;
    glm::vec2 cursor_{0.0f};
};

}  // namespace tpa::app
