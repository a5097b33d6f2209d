// Recorded input for interaction tests and demos: a JSON list of mouse and key events that
// the viewer feeds through the same path as real input, frame by frame.
#pragma once

#include "app/input_controller.h"
#include "app/input_event.h"

#include "core/part.h"

#include <filesystem>
#include <functional>
#include <string>
#include <optional>
#include <vector>

namespace tpa::app {

// A place in the scene a move can aim at, found by the viewer in the current view: a skin
// region on a side ("temple", right) or a shown trigger-point marker ("upper-trapezius",
// right, "TrP1").
struct ReplayTarget {
    std::string region;
    std::string muscle;
    std::string triggerPoint;
    core::Side side = core::Side::Right;
};

struct ReplayStep {
    std::optional<InputEvent> event;     // nothing: a pause
    std::optional<glm::vec2> viewFraction;    // move to this fraction of the 3D view
    std::optional<glm::vec2> windowFraction;  // or of the whole window (to reach the panels)
    std::optional<glm::vec2> byPixels;        // or this far from the current position
    std::optional<ReplayTarget> target;       // or to where this projects in the 3D view
    int waitFrames = 0;
};

// View-local pixel of a target, or nothing when it is not in view.
using ReplayLocator = std::function<std::optional<glm::vec2>(const ReplayTarget&)>;

struct ReplayScript {
    std::vector<ReplayStep> steps;
};

// Throws io::LoadError "<file>: events[<i>].<field>: <what>". A target that cannot be found
// while playing ends the replay with an error naming the step.
ReplayScript loadReplayScript(const std::filesystem::path& path);

// Plays a script a few events per frame, so the UI and the camera see them as real input.
class ReplayPlayer {
public:
    explicit ReplayPlayer(ReplayScript script) : script_(std::move(script)) {}
    // Events for this frame; positions are resolved against the current view.
    std::vector<InputEvent> nextFrame(const ViewRect& view, glm::vec2 windowSize, const ReplayLocator& locate);
    bool finished() const { return next_ >= script_.steps.size() && wait_ == 0; }

private:
    ReplayScript script_;
    std::size_t next_ = 0;
    int wait_ = 0;
    glm::vec2 cursor_{0.0f};
};

}  // namespace tpa::app
