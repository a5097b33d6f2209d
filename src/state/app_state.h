// The one application state: the loaded scene, camera, selection and view settings.
// Owned by the app and passed by reference; no globals.
#pragma once

#include "core/camera.h"
#include "core/scene.h"
#include "core/scene_picker.h"
#include "state/view_settings.h"

#include <memory>
#include <string>
#include <vector>

namespace tpa::state {

enum class PartVisibility { Hidden, Opaque, Ghost };

struct CameraTransition {
    core::CameraPose from, to;
    double start = 0.0;
    double duration = 0.0;  // seconds; 0 = no transition running
};

struct AppState {
    core::Scene scene;
    std::unique_ptr<core::ScenePicker> picker;
    core::Camera camera;
    CameraTransition transition;
    ViewSettings view;
    int selected = -1;  // part index
    int hovered = -1;
    std::vector<bool> hiddenParts;  // hidden one by one ("hide this part")
    std::string notice;             // the last message the user should see
    bool redraw = true;             // something changed since the last frame

    // Replaces the scene: resets selection, hiding and the camera to the anterior view.
    void setScene(core::Scene newScene);
    PartVisibility visibility(int part) const;
    bool animating(double now) const { return transition.duration > 0.0 && now < transition.start + transition.duration; }
    // Advances a running camera transition; returns true while it runs.
    bool updateTransition(double now);
};

}  // namespace tpa::state
