// `tpatlas render`: the same frame the window would show, drawn on a headless EGL context.
#pragma once

#include "app/scene_source.h"
#include "core/camera.h"
#include "core/image.h"
#include "state/app_state.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tpa::render {
class Renderer;
}

namespace tpa::app {

// Multisamples per pixel of a headless picture unless --samples says otherwise.
inline constexpr int kRenderSamples = 4;

struct RenderOptions {
    SceneSource source;
    std::optional<std::string> select;
    std::vector<std::string> frame;        // part ids to fill the picture with; empty: the body
    core::ViewPreset view = core::ViewPreset::Anterior;
    int width = 1280;
    int height = 720;
    std::vector<std::pair<core::Layer, state::LayerMode>> layers;  // --layer skin=hidden
    std::optional<std::string> muscle;     // knowledge-base muscle: its TrPs and zones
    core::Side side = core::Side::Right;
    std::optional<std::string> condition;  // a condition's muscles to examine and their zones
    std::optional<std::string> triggerPoint;  // with muscle: only this trigger point ("TrP1")
    std::vector<std::string> pain;         // region ids that hurt (on `side`): drawing + best match
    std::optional<double> time;            // animation moment; none = the still picture
    bool transparent = false;              // PNG with a transparent background instead of the gradient
    int samples = kRenderSamples;          // multisamples per pixel (0: none, the fastest)
    std::filesystem::path out;
};

// How strongly regions given with --pain are painted (0-10).
inline constexpr float kRenderedPainIntensity = 7.0f;

// Renders a prepared state offscreen (needs a current GL context).
// `background` replaces the gradient with one flat colour.
core::Image renderState(const state::AppState& state, int width, int height,
                        std::optional<glm::vec3> background = std::nullopt);
// The same picture with a transparent background: drawn over black and over white, the
// difference gives each pixel's coverage, so ghosted parts stay see-through.
core::Image renderStateTransparent(const state::AppState& state, int width, int height);
// The same with a renderer made earlier on this context that already holds the state's scene
// (renderer.setScene(state.scene)): no second shader compile or upload.
// `samples` per pixel: 4 smooths edges; 0 costs about half the CPU on a software renderer.
core::Image renderState(render::Renderer& renderer, const state::AppState& state, int width, int height,
                        std::optional<glm::vec3> background = std::nullopt, int samples = kRenderSamples);
core::Image renderStateTransparent(render::Renderer& renderer, const state::AppState& state, int width, int height,
                                   int samples = kRenderSamples);
// The whole command: load, set up, render, write the PNG. Returns the exit code.
int runRender(const RenderOptions& options);

}  // namespace tpa::app
