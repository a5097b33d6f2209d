// Scene replacement, per-part visibility rules and camera transitions.
#include "state/app_state.h"

#include "state/pain_editing.h"

#include <array>

namespace tpa::state {
namespace {

constexpr std::array<std::pair<LayerMode, std::string_view>, 3> kModes{{
    {LayerMode::Shown, "shown"}, {LayerMode::Ghosted, "ghosted"}, {LayerMode::Hidden, "hidden"}}};

}  // namespace

std::string_view toText(LayerMode mode) {
    for (const auto& [m, n] : kModes)
        if (m == mode) return n;
    return "?";
}

std::optional<LayerMode> parseLayerMode(std::string_view text) {
    for (const auto& [m, n] : kModes)
        if (n == text) return m;
    return std::nullopt;
}

void AppState::setScene(core::Scene newScene) {
    background_ = {};  // stops and waits for a background build on the old scene
    picker.reset();    // it refers to the old scene's geometry
    scene = std::move(newScene);
    picker = std::make_unique<core::ScenePicker>(scene);
    hiddenParts.assign(scene.parts.size(), false);
    selected = hovered = -1;
    focusMuscle.clear();
    selectedTrigger.clear();
    markers.clear();
    view.isolate = false;
    transition = {};
    camera.setSceneBounds(scene.bounds());
    camera.setPose(camera.presetPose(core::ViewPreset::Anterior, scene.bounds()));
    // The drawing is the user's work and stays; what it means on this body is recomputed.
    prepareSkin(*this);
    redraw = true;
}

void AppState::prepareInBackground() {
    background_ = {};
    if (!picker) return;
    background_ = std::jthread([this](std::stop_token stop) {
        try {
            picker->buildAll(stop);
            if (!stop.stop_requested()) skin.field();
        } catch (const std::exception&) {
            // Out of memory here is not fatal: a later click or zone builds what it needs (and
            // reports the failure there).
        }
    });
}

PartVisibility AppState::visibility(int part) const {
    if (part < 0 || std::size_t(part) >= scene.parts.size()) return PartVisibility::Hidden;
    if (inSelectedMuscle(part)) {
        // The selection stays visible unless its own layer is switched off.
        return view.layer(scene.parts[part].layer) == LayerMode::Hidden ? PartVisibility::Hidden
                                                                         : PartVisibility::Opaque;
    }
    if (hiddenParts[part] || view.isolate) return PartVisibility::Hidden;
    switch (view.layer(scene.parts[part].layer)) {
        case LayerMode::Shown: return PartVisibility::Opaque;
        case LayerMode::Ghosted: return PartVisibility::Ghost;
        case LayerMode::Hidden: return PartVisibility::Hidden;
    }
    return PartVisibility::Opaque;
}

const anatomy::Muscle* AppState::selectedMuscle() const {
    if (!knowledge) return nullptr;
    const std::string& id = selected >= 0 ? scene.parts[selected].muscleId : focusMuscle;
    return id.empty() ? nullptr : knowledge->findMuscle(id);
}

core::Side AppState::selectedSide() const { return selected >= 0 ? scene.parts[selected].side : focusSide; }

bool AppState::inSelectedMuscle(int part) const {
    if (selected < 0 || part < 0) return false;
    if (part == selected) return true;
    const auto& a = scene.parts[selected];
    const auto& b = scene.parts[part];
    return !a.muscleId.empty() && a.muscleId == b.muscleId && a.side == b.side;
}

bool AppState::updateTransition(double now) {
    if (transition.duration <= 0.0) return false;
    const float t = float((now - transition.start) / transition.duration);
    camera.setPose(core::interpolate(transition.from, transition.to, t));
    redraw = true;
    if (t >= 1.0f) {
        transition.duration = 0.0;
        return false;
    }
    return true;
}

}  // namespace tpa::state
