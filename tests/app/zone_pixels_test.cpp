// Referral zones on the embedded body, rendered headless: essential colour inside the
// zone, skin elsewhere; the right side's zone on the right; the drawing from --pain shows.
#include "app/headless_render.h"
#include "app/knowledge_store.h"
#include "app/scene_source.h"
#include "platform/headless_context.h"
#include "state/command.h"
#include "zone_probe.h"

#include <doctest/doctest.h>

using namespace tpa;

namespace {

state::AppState embeddedState(int width, int height) {
    state::AppState s;
    s.knowledge = app::loadShippedKnowledge().knowledge;
    s.camera.setViewport(width, height);
    app::SceneSource source;
    source.embedded = true;
    s.setScene(app::loadScene(source, s.knowledge.get()));
    s.animation.reducedMotion = true;
    return s;
}

}  // namespace

TEST_CASE("a picture without a selection builds neither the picking BVHs nor the skin model") {
    platform::HeadlessContext context;
    auto s = embeddedState(160, 160);
    const auto img = app::renderState(s, 160, 160);
    CHECK(img.width == 160);
    CHECK(s.picker->builtCount() == 0);
    CHECK_FALSE(s.skin.built());
    // Zones need the skin model: a selected muscle's picture builds it.
    state::apply(s, state::SelectMuscle{"upper-trapezius", core::Side::Right}, 0.0);
    app::renderState(s, 160, 160);
    CHECK(s.skin.built());
    CHECK(s.picker->builtCount() == 0);
}

TEST_CASE("embedded body: a muscle's essential zone shows its colour on the skin, and only there") {
    platform::HeadlessContext context;
    auto s = embeddedState(640, 640);
    struct Case {
        const char* muscle;
        core::Side side;
        core::ViewPreset view;
    };
    // Upper trapezius: neck and temple from the side; quadratus lumborum: low back and
    // buttock from behind; gluteus minimus: down the side of the thigh and leg.
    for (const Case& c : {Case{"upper-trapezius", core::Side::Right, core::ViewPreset::Right},
                          Case{"quadratus-lumborum", core::Side::Left, core::ViewPreset::Posterior},
                          Case{"gluteus-minimus", core::Side::Right, core::ViewPreset::Right}}) {
        CAPTURE(c.muscle);
        state::apply(s, state::GoToView{c.view, false}, 0.0);
        state::apply(s, state::SelectMuscle{c.muscle, c.side}, 0.0);
        test::checkZonePixels(test::countZonePixels(s, 640, 640));
    }
}

TEST_CASE("embedded body: the same muscle on the other side paints the other side") {
    platform::HeadlessContext context;
    auto s = embeddedState(640, 640);
    state::apply(s, state::GoToView{core::ViewPreset::Posterior, false}, 0.0);
    auto crimsonColumns = [&](core::Side side) {
        state::apply(s, state::SelectMuscle{"upper-trapezius", side}, 0.0);
        const auto img = app::renderState(s, 640, 640);
        double sumX = 0.0;
        int count = 0;
        for (int y = 0; y < 640; ++y)
            for (int x = 0; x < 640; ++x)
                if (test::crimson(glm::vec3(img.at(x, y)) / 255.0f)) {
                    sumX += x;
                    ++count;
                }
        REQUIRE(count > 50);
        return sumX / count;
    };
    // From behind the subject's right is on the viewer's right.
    CHECK(crimsonColumns(core::Side::Right) > 330.0);
    CHECK(crimsonColumns(core::Side::Left) < 310.0);
}

TEST_CASE("embedded body: animation frames are deterministic for a given time") {
    platform::HeadlessContext context;
    auto s = embeddedState(320, 320);
    state::apply(s, state::SelectMuscle{"upper-trapezius", core::Side::Right}, 0.0);
    s.animation.reducedMotion = false;
    s.animation.time = 0.8;
    const auto a = app::renderState(s, 320, 320);
    const auto b = app::renderState(s, 320, 320);
    CHECK(a.rgba == b.rgba);
    s.animation.time = 0.1;
    const auto early = app::renderState(s, 320, 320);
    CHECK(early.rgba != a.rgba);
}
