// apply(): how each command changes the state.
#include "state/command.h"

#include "state/pain_editing.h"

#include <algorithm>

using tpa::anatomy::TriggerPointPlacement;

namespace tpa::state {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

void moveCamera(AppState& s, const core::CameraPose& to, bool animate, double now) {
    s.transition = {};
    if (animate) {
        s.transition = CameraTransition{s.camera.pose(), to, now, kViewTransitionSeconds};
    } else {
        s.camera.setPose(to);
    }
    s.redraw = true;
}

core::Aabb selectionBounds(const AppState& s) {
    core::Aabb box;
    for (std::size_t i = 0; i < s.scene.parts.size(); ++i)
        if (s.inSelectedMuscle(int(i))) box.expand(s.scene.parts[i].mesh.bounds());
    if (!box.empty()) return box;
    for (std::size_t i = 0; i < s.scene.parts.size(); ++i)
        if (s.visibility(int(i)) != PartVisibility::Hidden) box.expand(s.scene.parts[i].mesh.bounds());
    return box.empty() ? s.scene.bounds() : box;
}

void select(AppState& s, int part) {
    if (part >= int(s.scene.parts.size())) part = -1;
    if (s.selected != part) s.redraw = true;
    s.selected = part;
    s.focusMuscle.clear();
    s.selectedTrigger.clear();
    s.animation.time = 0.0;  // a new muscle's pain spreads again from its trigger points
    if (part < 0) s.view.isolate = false;  // isolating nothing would show an empty screen
}

// A marker is easy to hit at any zoom: this many pixels around its centre.
constexpr float kMarkerHitPx = 14.0f;

}  // namespace

const anatomy::TriggerPointPlacement* markerAt(const AppState& s, glm::vec2 pixel) {
    const anatomy::TriggerPointPlacement* best = nullptr;
    float bestD = kMarkerHitPx;
    for (const auto& m : s.markers) {
        const auto p = s.camera.project(m.position);
        if (!p) continue;
        const float d = glm::distance(glm::vec2(*p), pixel);
        if (d < bestD) {
            bestD = d;
            best = &m;
        }
    }
    return best;
}

std::optional<core::PickHit> pickVisible(const AppState& s, glm::vec2 pixel) {
    if (!s.picker) return std::nullopt;
    const core::Ray ray = s.camera.rayThroughPixel(pixel);
    auto hit = s.picker->pick(ray, [&](int i) { return s.visibility(i) == PartVisibility::Opaque; });
    if (!hit) hit = s.picker->pick(ray, [&](int i) { return s.visibility(i) == PartVisibility::Ghost; });
    return hit;
}

void apply(AppState& s, const Command& command, double now) {
    std::visit(
        Overloaded{
            [&](const SelectPart& c) { select(s, c.part); },
            [&](const SelectPartById& c) {
                const int i = s.scene.findPart(c.id);
                if (i < 0) s.notice = "No part with id '" + c.id + "' in " + s.scene.source;
                select(s, i);
            },
            [&](const SelectMuscle& c) {
                const auto parts = s.scene.partsOfMuscle(c.id, c.side);
                std::vector<int> sided;
                for (int p : parts)
                    if (s.scene.parts[p].side == c.side) sided.push_back(p);
                if (!sided.empty()) {
                    select(s, sided.front());
                    return;
                }
                select(s, -1);
                s.focusMuscle = c.id;
                s.focusSide = c.side;
                const auto* m = s.knowledge ? s.knowledge->findMuscle(c.id) : nullptr;
                s.notice = "This body has no mesh for " + (m ? m->name : c.id) +
                           "; its trigger points and zones are still shown.";
            },
            [&](const OpenCondition& c) {
                s.condition = c.id;
                s.animation.time = 0.0;
                s.redraw = true;
            },
            [&](const PickAt& c) {
                if (const auto* m = markerAt(s, c.pixel)) {
                    // A marker of another muscle selects that muscle (all its trigger points);
                    // one of the selected muscle's shows that trigger point alone, or all again.
                    const auto* current = s.selectedMuscle();
                    const bool same = current && current->id == m->muscleId && s.selectedSide() == m->side;
                    const std::string trp = !same || s.selectedTrigger == m->triggerPoint ? "" : m->triggerPoint;
                    const TriggerPointPlacement chosen = *m;  // apply() below replaces the markers' owner
                    apply(s, SelectTriggerPoint{chosen.muscleId, chosen.side, trp}, now);
                    return;
                }
                const auto hit = pickVisible(s, c.pixel);
                select(s, hit ? hit->part : -1);
            },
            [&](const HoverAt& c) {
                const auto hit = pickVisible(s, c.pixel);
                const int part = hit ? hit->part : -1;
                if (part != s.hovered) s.redraw = true;
                s.hovered = part;
            },
            [&](const ClearHover&) {
                if (s.hovered >= 0) s.redraw = true;
                s.hovered = -1;
            },
            [&](const SetLayerMode& c) {
                s.view.layer(c.layer) = c.mode;
                s.redraw = true;
            },
            [&](const SetGhostOpacity& c) {
                s.view.ghostOpacity = std::clamp(c.opacity, 0.05f, 0.9f);
                s.redraw = true;
            },
            [&](const SetIsolate& c) {
                s.view.isolate = c.on && s.selected >= 0;
                s.redraw = true;
            },
            [&](const HidePart& c) {
                if (c.part < 0 || c.part >= int(s.hiddenParts.size())) return;
                s.hiddenParts[c.part] = true;
                if (s.selected == c.part) s.selected = -1;
                if (s.hovered == c.part) s.hovered = -1;
                s.redraw = true;
            },
            [&](const ShowAll&) {
                std::fill(s.hiddenParts.begin(), s.hiddenParts.end(), false);
                s.view.isolate = false;
                for (auto& mode : s.view.layers)
                    if (mode == LayerMode::Hidden) mode = LayerMode::Shown;
                s.redraw = true;
            },
            [&](const GoToView& c) {
                moveCamera(s, s.camera.presetPose(c.preset, s.scene.bounds()), c.animate, now);
            },
            [&](const FrameSelection& c) { moveCamera(s, s.camera.framedPose(selectionBounds(s)), c.animate, now); },
            [&](const ResetView& c) {
                moveCamera(s, s.camera.presetPose(core::ViewPreset::Anterior, s.scene.bounds()), c.animate, now);
            },
            [&](const Orbit& c) {
                s.transition = {};
                s.camera.orbit(c.deltaPx.x, c.deltaPx.y);
                s.redraw = true;
            },
            [&](const Pan& c) {
                s.transition = {};
                s.camera.pan(c.deltaPx.x, c.deltaPx.y);
                s.redraw = true;
            },
            [&](const Zoom& c) {
                s.transition = {};
                const auto hit = pickVisible(s, c.cursorPx);
                s.camera.zoom(c.steps, c.cursorPx, hit ? std::optional(hit->point) : std::nullopt);
                s.redraw = true;
            },
            [&](const PlayAnimation& c) {
                s.animation.playing = c.playing;
                s.redraw = true;
            },
            [&](const SetAnimationSpeed& c) { s.animation.speed = std::clamp(c.speed, 0.25f, 3.0f); },
            [&](const ScrubAnimation& c) {
                s.animation.time = std::clamp(c.time, 0.0, ZoneAnimation::kTimelineSeconds);
                s.animation.playing = false;
                s.redraw = true;
            },
            [&](const SetReducedMotion& c) {
                s.animation.reducedMotion = c.on;
                s.redraw = true;
            },
            [&](const AdvanceAnimation& c) {
                if (!s.animation.playing || s.animation.reducedMotion) return;
                s.animation.time += c.seconds * s.animation.speed;
                s.redraw = true;
            },
            [&](const SetPainting& c) {
                s.pain.painting = c.on;
                s.redraw = true;
            },
            [&](const SetBrush& c) {
                s.pain.brush = c.brush;
                s.pain.brush.radiusMm = std::clamp(c.brush.radiusMm, anatomy::kMinBrushRadiusMm, anatomy::kMaxBrushRadiusMm);
                s.pain.brush.intensity = std::clamp(c.brush.intensity, 0.0f, anatomy::kMaxPainIntensity);
            },
            [&](const PaintAt& c) { paintAt(s, c.pixel, c.newStroke); },
            [&](const UndoStroke&) { undoStroke(s); },
            [&](const ClearPain&) { clearPain(s); },
            [&](const SetPainRegion& c) { setPainRegion(s, c.region, c.side, c.on, c.intensity); },
            [&](const PreviewMuscle& c) {
                if (s.pain.previewMuscle == c.id && s.pain.previewSide == c.side) return;
                s.pain.previewMuscle = c.id;
                s.pain.previewSide = c.side;
                s.redraw = true;
            },
            [&](const SelectTriggerPoint& c) {
                const auto* current = s.selectedMuscle();
                if (!current || current->id != c.muscle || s.selectedSide() != c.side) {
                    const std::string keepCondition = s.condition;
                    apply(s, SelectMuscle{c.muscle, c.side}, now);
                    s.condition = keepCondition;
                }
                s.selectedTrigger = c.trp;
                s.animation.time = 0.0;
                s.redraw = true;
            },
            [&](const ResizeViewport& c) {
                s.camera.setViewport(c.width, c.height);
                s.redraw = true;
            },
        },
        command);
}

}  // namespace tpa::state
