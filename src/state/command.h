// User actions as small values. A click, a key, a menu item, a command-line flag and a
// replayed test script all become these, and apply() is the one place they take effect.
#pragma once

#include "core/camera.h"
#include "state/app_state.h"

#include <glm/glm.hpp>
#include <string>
#include <variant>

namespace tpa::state {

struct SelectPart { int part = -1; };           // -1 clears the selection
struct SelectPartById { std::string id; };      // unknown ids leave a notice
struct SelectMuscle { std::string id; core::Side side; };  // a knowledge-base muscle on one side
struct OpenCondition { std::string id; };       // "" closes the condition
struct PickAt { glm::vec2 pixel; };             // select what is under a viewport pixel
struct HoverAt { glm::vec2 pixel; };            // hover what is under a viewport pixel
struct ClearHover {};
struct SetLayerMode { core::Layer layer; LayerMode mode; };
struct SetGhostOpacity { float opacity; };
struct SetIsolate { bool on; };
struct HidePart { int part; };
struct ShowAll {};
struct GoToView { core::ViewPreset preset; bool animate = true; };
struct FrameSelection { bool animate = true; };
struct ResetView { bool animate = true; };
struct Orbit { glm::vec2 deltaPx; };
struct Pan { glm::vec2 deltaPx; };
struct Zoom { float steps; glm::vec2 cursorPx; };
struct ResizeViewport { int width; int height; };
struct PlayAnimation { bool playing; };
struct SetAnimationSpeed { float speed; };
struct ScrubAnimation { double time; };       // jump to a moment (pauses)
struct SetReducedMotion { bool on; };
struct AdvanceAnimation { double seconds; };  // wall-clock time passing while playing
// "Where does it hurt?"
struct SetPainting { bool on; };               // brush mode for left drags in the view
struct SetBrush { PainBrush brush; };
struct PaintAt { glm::vec2 pixel; bool newStroke; };  // a dab where the pixel's ray meets the skin
struct UndoStroke {};
struct ClearPain {};
struct SetPainRegion { std::string region; core::Side side; bool on; float intensity = 6.0f; };
struct PreviewMuscle { std::string id; core::Side side = core::Side::Right; };  // "" ends the preview
struct SelectTriggerPoint { std::string muscle; core::Side side; std::string trp; };  // trp "" clears

using Command = std::variant<SelectPart, SelectPartById, SelectMuscle, OpenCondition, PickAt, HoverAt, ClearHover, SetLayerMode,
                             SetGhostOpacity, SetIsolate, HidePart, ShowAll, GoToView, FrameSelection, ResetView,
                             Orbit, Pan, Zoom, ResizeViewport, PlayAnimation, SetAnimationSpeed, ScrubAnimation,
                             SetReducedMotion, AdvanceAnimation, SetPainting, SetBrush, PaintAt, UndoStroke,
                             ClearPain, SetPainRegion, PreviewMuscle, SelectTriggerPoint>;

inline constexpr double kViewTransitionSeconds = 0.35;

// `now` (seconds) times camera transitions.
void apply(AppState& state, const Command& command, double now);

// The marker within a few pixels of a viewport pixel (the nearest), or null.
const anatomy::TriggerPointPlacement* markerAt(const AppState& state, glm::vec2 pixel);

// The part under a viewport pixel: opaque parts first; ghosted ones only where no opaque
// part is hit, so a ghosted skin never blocks clicks on the muscles below it.
std::optional<core::PickHit> pickVisible(const AppState& state, glm::vec2 pixel);

}  // namespace tpa::state
