// What the state derives from a body is built when first needed: a new scene builds neither
// the picking BVHs nor the skin model; a click builds what it touches, zones and painting the
// skin model; a background build gives the same answers and stops for a new scene.
#include <doctest/doctest.h>

#include "state/command.h"
#include "state_fixture.h"

using namespace tpa;
using state::AppState;

namespace {

using test::embeddedBody;
using test::knowledge;

void load(AppState& s) {
    s.knowledge = knowledge();
    s.camera.setViewport(800, 600);
    s.setScene(embeddedBody());
}

glm::vec2 centre(const AppState& s) { return {s.camera.width() / 2.0f, s.camera.height() / 2.0f}; }

}  // namespace

TEST_CASE("a new scene builds no picking BVH and no skin model, but a click and a muscle zone do") {
    AppState s;
    load(s);
    REQUIRE(s.picker);
    REQUIRE(s.skin.part >= 0);
    CHECK(s.picker->builtCount() == 0);
    CHECK_FALSE(s.skin.built());
    // Views, layers and selecting by id need neither.
    state::apply(s, state::GoToView{core::ViewPreset::Posterior, false}, 0.0);
    state::apply(s, state::SetLayerMode{core::Layer::Skin, state::LayerMode::Hidden}, 0.0);
    CHECK(s.picker->builtCount() == 0);
    CHECK_FALSE(s.skin.built());

    state::apply(s, state::PickAt{centre(s)}, 0.0);
    CHECK(s.selected >= 0);
    CHECK(s.picker->builtCount() > 0);
    CHECK(s.picker->builtCount() < s.picker->partCount());  // only the parts the ray met
    CHECK_FALSE(s.skin.built());

    REQUIRE(s.skin.field());  // a muscle's zones ask for it
    CHECK(s.skin.built());
}

TEST_CASE("ticking a painful region builds the skin model and ranks muscles") {
    AppState s;
    load(s);
    state::apply(s, state::SetPainRegion{"temple", core::Side::Right, true, 6.0f}, 0.0);
    CHECK(s.skin.built());
    CHECK_FALSE(s.pain.ranking.empty());
}

TEST_CASE("picks during and after a background build match those of a fully built picker") {
    AppState lazy, eager;
    load(lazy);
    load(eager);
    eager.picker->buildAll();
    lazy.prepareInBackground();
    for (int i = 0; i < 60; ++i) {
        const glm::vec2 pixel(200.0f + 7.0f * float(i), 100.0f + 6.0f * float(i));
        const auto a = state::pickVisible(lazy, pixel), b = state::pickVisible(eager, pixel);
        REQUIRE(bool(a) == bool(b));
        if (a) CHECK(a->part == b->part);
    }
    // A new scene while the build may still run: it is stopped and waited for first.
    load(lazy);
    CHECK(lazy.picker->builtCount() == 0);
    lazy.prepareInBackground();
    REQUIRE(lazy.skin.field());  // waits for the background build if that one is under way
}
