// The BodyParts3D atlas (read from TPATLAS_ATLAS_DIR, never from the repository): a selected
// knowledge-base muscle is highlighted where it projects, and its zones land on the atlas skin.
#include "app/headless_render.h"
#include "app/knowledge_store.h"
#include "app/scene_source.h"
#include "platform/headless_context.h"
#include "state/command.h"
#include "zone_probe.h"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace tpa;

TEST_CASE("atlas: the selected upper trapezius is highlighted where it projects" * doctest::test_suite("atlas")) {
    const char* dir = std::getenv("TPATLAS_ATLAS_DIR");
    if (!dir) {
        MESSAGE("TPATLAS_ATLAS_DIR not set: atlas render test skipped");
        return;
    }
    state::AppState s;
    s.knowledge = app::loadShippedKnowledge().knowledge;
    s.camera.setViewport(480, 480);
    app::SceneSource source;
    source.atlas = dir;
    s.setScene(app::loadScene(source, s.knowledge.get()));
    state::apply(s, state::GoToView{core::ViewPreset::Posterior, false}, 0.0);
    state::apply(s, state::SelectMuscle{"upper-trapezius", core::Side::Right}, 0.0);
    REQUIRE(s.selected >= 0);
    CHECK(s.scene.parts[s.selected].muscleId == "upper-trapezius");
    CHECK(s.scene.parts[s.selected].mesh.bounds().center().x < 0.0f);  // the subject's right is -X

    // A pixel where the selected muscle is the visible surface, found by the picker.
    std::optional<glm::vec2> probe;
    for (const auto& v : s.scene.parts[s.selected].mesh.positions) {
        const auto px = s.camera.project(v);
        if (!px || px->x < 2 || px->y < 2 || px->x > 477 || px->y > 477) continue;
        const auto hit = state::pickVisible(s, *px);
        if (hit && s.inSelectedMuscle(hit->part)) {
            probe = px;
            break;
        }
    }
    REQUIRE(probe);
    platform::HeadlessContext context;
    const auto img = app::renderState(s, 480, 480);
    const auto c = glm::vec3(img.at(int(probe->x), int(probe->y))) / 255.0f;
    // The highlight mixes golden yellow into the muscle red: green rises well above blue.
    CHECK(c.r > 0.6f);
    CHECK(c.g > c.b + 0.15f);
}

TEST_CASE("atlas: referral zones land on the atlas skin in the essential colour, and only there" *
          doctest::test_suite("atlas")) {
    const char* dir = std::getenv("TPATLAS_ATLAS_DIR");
    if (!dir) {
        MESSAGE("TPATLAS_ATLAS_DIR not set: atlas zone test skipped");
        return;
    }
    state::AppState s;
    s.knowledge = app::loadShippedKnowledge().knowledge;
    s.camera.setViewport(640, 640);
    app::SceneSource source;
    source.atlas = dir;
    s.setScene(app::loadScene(source, s.knowledge.get()));
    s.animation.reducedMotion = true;
    REQUIRE(s.skin.field());
    platform::HeadlessContext context;
    state::apply(s, state::GoToView{core::ViewPreset::Right, false}, 0.0);
    state::apply(s, state::SelectMuscle{"upper-trapezius", core::Side::Right}, 0.0);
    test::checkZonePixels(test::countZonePixels(s, 640, 640));
    state::apply(s, state::GoToView{core::ViewPreset::Posterior, false}, 0.0);
    state::apply(s, state::SelectMuscle{"quadratus-lumborum", core::Side::Left}, 0.0);
    test::checkZonePixels(test::countZonePixels(s, 640, 640));

    // The brush works on the atlas skin too: a dab over the right temple lands there.
    state::apply(s, state::GoToView{core::ViewPreset::Right, false}, 0.0);
    const auto temple = s.scene.landmarks.find("temple.right");
    REQUIRE(temple);
    state::apply(s, state::PaintAt{*s.camera.project(*temple), true}, 0.0);
    REQUIRE(s.pain.drawing.marks.size() == 1);
    CHECK(s.pain.drawing.marks[0].region == "temple");
    CHECK(s.pain.drawing.marks[0].side == core::Side::Right);
    CHECK(!s.pain.ranking.empty());
}
