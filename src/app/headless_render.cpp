// Headless rendering: EGL context, offscreen target, frame from state, PNG out.
#include "app/headless_render.h"

#include "app/frame_builder.h"
#include "app/knowledge_store.h"
#include "app/referral_presenter.h"
#include "io/image.h"
#include "platform/headless_context.h"
#include "render/offscreen_target.h"
#include "render/renderer.h"
#include "state/command.h"
#include "state/pain_editing.h"

#include <algorithm>
#include <future>
#include <iostream>

namespace tpa::app {
namespace {

// What the worker thread of `tpatlas render` hands over.
struct LoadedBody {
    std::shared_ptr<const anatomy::KnowledgeBase> knowledge;
    core::Scene scene;
};

}  // namespace

core::Image renderState(render::Renderer& renderer, const state::AppState& state, int width, int height,
                        std::optional<glm::vec3> background, int samples) {
    ReferralPresenter referral;
    if (state.knowledge) referral.update(state, renderer);
    render::OffscreenTarget target(width, height, samples);
    target.bind();
    render::FrameParams params = buildFrame(state, referral.showingZones());
    referral.decorate(state, params);
    if (background) params.backgroundTop = params.backgroundBottom = *background;
    renderer.draw(params);
    return target.read();
}

core::Image renderState(const state::AppState& state, int width, int height, std::optional<glm::vec3> background) {
    render::Renderer renderer;
    renderer.setScene(state.scene, /*withLods=*/false);  // still pictures never move
    return renderState(renderer, state, width, height, background);
}

core::Image renderStateTransparent(render::Renderer& renderer, const state::AppState& state, int width, int height,
                                   int samples) {
    const core::Image black = renderState(renderer, state, width, height, glm::vec3(0.0f), samples);
    core::Image out = renderState(renderer, state, width, height, glm::vec3(1.0f), samples);
    for (std::size_t i = 0; i + 3 < out.rgba.size(); i += 4) {
        // Over black a pixel is a*c; over white a*c + (1-a): the difference is 1-a.
        int alpha = 255;
        for (int k = 0; k < 3; ++k) alpha = std::min(alpha, 255 - (int(out.rgba[i + k]) - int(black.rgba[i + k])));
        alpha = std::clamp(alpha, 0, 255);
        for (int k = 0; k < 3; ++k)
            out.rgba[i + k] = alpha == 0 ? 0 : std::uint8_t(std::min(255, int(black.rgba[i + k]) * 255 / alpha));
        out.rgba[i + 3] = std::uint8_t(alpha);
    }
    return out;
}

core::Image renderStateTransparent(const state::AppState& state, int width, int height) {
    render::Renderer renderer;
    renderer.setScene(state.scene, /*withLods=*/false);  // still pictures never move
    return renderStateTransparent(renderer, state, width, height);
}

int runRender(const RenderOptions& options) {
    // The knowledge base and the body load on a worker thread while this one creates the GL
    // context and compiles the shaders; the two take about as long on the atlas.
    auto loading = std::async(std::launch::async, [&options] {
        LoadedBody body;
        body.knowledge = loadShippedKnowledge().knowledge;
        body.scene = loadScene(options.source, body.knowledge.get());
        return body;
    });
    platform::HeadlessContext context;
    render::Renderer renderer;
    LoadedBody body = loading.get();  // rethrows a load error
    state::AppState state;
    state.knowledge = std::move(body.knowledge);
    state.camera.setViewport(options.width, options.height);
    state.setScene(std::move(body.scene));
    for (const auto& [layer, mode] : options.layers) state::apply(state, state::SetLayerMode{layer, mode}, 0.0);
    state::apply(state, state::GoToView{options.view, false}, 0.0);
    if (options.select) {
        state::apply(state, state::SelectPartById{*options.select}, 0.0);
        if (state.selected < 0) {
            std::cerr << "tpatlas render: " << state.notice << "\n";
            return 2;
        }
    }
    if (options.muscle) {
        if (!state.knowledge->findMuscle(*options.muscle)) {
            std::cerr << "tpatlas render: no muscle with id '" << *options.muscle << "' (see 'tpatlas query muscles')\n";
            return 2;
        }
        state::apply(state, state::SelectMuscle{*options.muscle, options.side}, 0.0);
        state.notice.clear();
        if (options.triggerPoint) {
            if (!state.knowledge->findMuscle(*options.muscle)->findTriggerPoint(*options.triggerPoint)) {
                std::cerr << "tpatlas render: muscle '" << *options.muscle << "' has no trigger point '"
                          << *options.triggerPoint << "' (see 'tpatlas query muscle " << *options.muscle << "')\n";
                return 2;
            }
            state::apply(state, state::SelectTriggerPoint{*options.muscle, options.side, *options.triggerPoint}, 0.0);
        }
    }
    if (options.condition) {
        if (!state.knowledge->findCondition(*options.condition)) {
            std::cerr << "tpatlas render: no condition with id '" << *options.condition
                      << "' (see 'tpatlas query conditions')\n";
            return 2;
        }
        state::apply(state, state::OpenCondition{*options.condition}, 0.0);
    }
    if (!options.pain.empty()) {
        for (const auto& region : options.pain)
            if (!state.knowledge->findRegion(region)) {
                std::cerr << "tpatlas render: --pain: no region with id '" << region << "' (see 'tpatlas query regions')\n";
                return 2;
            }
        for (const auto& region : options.pain)
            state::apply(state, state::SetPainRegion{region, options.side, true, kRenderedPainIntensity}, 0.0);
        // As in the window after painting: the best candidate's trigger points and zones over
        // the drawing, unless a muscle or condition was asked for.
        if (!options.muscle && !options.condition && !state.pain.ranking.empty()) {
            const auto& best = state.pain.ranking.front();
            state::apply(state, state::PreviewMuscle{best.muscleId, best.side}, 0.0);
            std::cout << "best match: " << best.muscleName << " (" << core::toText(best.side) << "), score "
                      << int(best.score * 100.0f + 0.5f) << "%\n";
        }
    }
    if (!options.frame.empty()) {
        // Last, so it wins over a camera move a selection made: the same direction, closer.
        std::vector<std::string> missing;
        const core::Aabb box = state.scene.boundsOfParts(options.frame, missing);
        if (!missing.empty()) {
            std::cerr << "tpatlas render: --frame: no part with id '" << missing.front()
                      << "' (see 'tpatlas query parts')\n";
            return 2;
        }
        state.camera.setPose(state.camera.framedPose(box));
    }
    // Without --time the still picture is drawn, exactly as with reduced motion.
    state.animation.reducedMotion = !options.time;
    state.animation.time = options.time.value_or(0.0);
    renderer.setScene(state.scene, /*withLods=*/false);  // still pictures never move
    const core::Image image =
        options.transparent ? renderStateTransparent(renderer, state, options.width, options.height, options.samples)
                            : renderState(renderer, state, options.width, options.height, std::nullopt, options.samples);
    io::writePng(options.out, image);
    return 0;
}

}  // namespace tpa::app
