// Reference images of the embedded body: anterior and posterior views against baselines.
#include "app/headless_render.h"
#include "app/knowledge_store.h"
#include "body/embedded_body.h"
#include "image_compare.h"
#include "platform/headless_context.h"
#include "state/command.h"

#include <doctest/doctest.h>

using namespace tpa;

namespace {

core::Image renderBody(core::ViewPreset view) {
    static platform::HeadlessContext context;  // one context for the suite's GL work
    context.makeCurrent();
    state::AppState state;
    state.knowledge = app::loadShippedKnowledge().knowledge;
    state.camera.setViewport(320, 320);
    state.setScene(body::buildEmbeddedBody());
    state::apply(state, state::GoToView{view, false}, 0.0);
    return app::renderState(state, 320, 320);
}

}  // namespace

// Tolerances: llvmpipe renders deterministically, but a Mesa update or another GPU may move
// anti-aliased edges by a pixel and shift shading by a few levels. A mean difference of 3/255
// and 2 % of pixels off by more than 40 levels allow that, while a moved, missing or recoloured
// muscle (hundreds of pixels far off) fails.
constexpr test::ImageTolerance kBodyTolerance{3.0, 0.02, 40};

TEST_CASE("embedded body, anterior view, matches its reference image") {
    const auto r = test::compareWithBaseline(renderBody(core::ViewPreset::Anterior), "embedded-anterior", kBodyTolerance);
    CHECK_MESSAGE(r.ok, r.message);
}

TEST_CASE("embedded body, posterior view, matches its reference image") {
    const auto r = test::compareWithBaseline(renderBody(core::ViewPreset::Posterior), "embedded-posterior", kBodyTolerance);
    CHECK_MESSAGE(r.ok, r.message);
}
