// The one application state: the loaded scene, camera, selection and view settings.
// Owned by the app and passed by reference; no globals.
#pragma once

#include "anatomy/knowledge_base.h"
#include "core/camera.h"
#include "core/scene.h"
#include "core/scene_picker.h"
#include "anatomy/trigger_point_placement.h"
#include "state/pain_input.h"
#include "state/skin_model.h"
#include "state/view_settings.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace tpa::state {

enum class PartVisibility { Hidden, Opaque, Ghost };

struct CameraTransition {
    core::CameraPose from, to;
    double start = 0.0;
    double duration = 0.0;  // seconds; 0 = no transition running
};

// Referral-zone animation: the pain spreads from the trigger point, then breathes.
struct ZoneAnimation {
    bool playing = true;
    float speed = 1.0f;          // 0.25 .. 3
    double time = 0.0;           // seconds since the zones appeared
    bool reducedMotion = false;  // a still picture instead of movement
    static constexpr double kTimelineSeconds = 6.0;
};

struct AppState {
    std::shared_ptr<const anatomy::KnowledgeBase> knowledge;  // never null once the app starts
    core::Scene scene;
    std::unique_ptr<core::ScenePicker> picker;
    core::Camera camera;
    CameraTransition transition;
    ViewSettings view;
    int selected = -1;  // part index
    // A knowledge-base muscle chosen by name when the body has no mesh for it (the atlas
    // lacks a few): its trigger points and zones still show. Empty when a part is selected.
    std::string focusMuscle;
    core::Side focusSide = core::Side::Right;
    std::string condition;  // condition id open in the browser, or ""
    // Further muscles whose zones show with no selection (a session's examined muscles in a handout).
    std::vector<std::pair<std::string, core::Side>> zoneMuscles;
    ZoneAnimation animation;
    // The trigger point chosen by clicking its marker ("TrP1"), on the selected muscle.
    std::string selectedTrigger;
    // Markers currently shown (the app places them for the selected muscle or condition).
    std::vector<anatomy::TriggerPointPlacement> markers;
    PainInput pain;
    SkinModel skin;
    int hovered = -1;
    std::vector<bool> hiddenParts;  // hidden one by one ("hide this part")
    std::string notice;             // the last message the user should see
    bool redraw = true;             // something changed since the last frame

    // Replaces the scene: resets selection, hiding, the pain drawing's derived data and the
    // camera to the anterior view. The picking BVHs and the skin model are built when first
    // needed (or by prepareInBackground), not here: a picture of a large body waits for neither.
    void setScene(core::Scene newScene);
    // Builds the picking BVHs, then the skin model, on a worker thread, so the first click or
    // zone does not wait for them; a pick meanwhile builds what it touches or waits for it.
    // The viewer starts it once a new scene's first frame is up. setScene, the next call and
    // the destructor stop it (between two parts) and wait for it; the state must not be moved
    // meanwhile (the worker holds its address).
    void prepareInBackground();
    PartVisibility visibility(int part) const;
    // The knowledge-base muscle of the selected part (or the focus muscle), or null.
    const anatomy::Muscle* selectedMuscle() const;
    core::Side selectedSide() const;
    // True for every part of the selected part's muscle on the same side (a deltoid made of
    // three atlas parts lights up whole).
    bool inSelectedMuscle(int part) const;
    bool animating(double now) const { return transition.duration > 0.0 && now < transition.start + transition.duration; }
    // Advances a running camera transition; returns true while it runs.
    bool updateTransition(double now);

private:
    std::jthread background_;  // last member: stopped and joined before what it reads goes away
};

}  // namespace tpa::state
