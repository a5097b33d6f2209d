// Commands: selection by click and id, layer modes, isolate, hide/show, views and transitions.
#include "core/primitives.h"
#include "state/command.h"

#include <doctest/doctest.h>

using namespace tpa;
using namespace tpa::state;

namespace {

// Skin box around a muscle box around a bone box, all centred on the z axis.
AppState nestedScene() {
    core::Scene scene;
    scene.source = "test";
    auto add = [&](std::string id, core::PartKind kind, core::Layer layer, float half) {
        core::Part p;
        p.id = id;
        p.name = id;
        p.kind = kind;
        p.layer = layer;
        p.mesh = core::makeBox({-half, -half, 1000 - 4 * half}, {half, half, 1000 + 4 * half});
        scene.parts.push_back(p);
    };
    add("skin", core::PartKind::Skin, core::Layer::Skin, 100);
    add("muscle", core::PartKind::Muscle, core::Layer::Superficial, 60);
    add("bone", core::PartKind::Bone, core::Layer::Bone, 20);
    AppState s;
    s.camera.setViewport(400, 300);
    s.setScene(std::move(scene));
    return s;
}

glm::vec2 centrePixel(const AppState& s) { return {s.camera.width() / 2.0f, s.camera.height() / 2.0f}; }

}  // namespace

TEST_CASE("clicking through the ghosted skin selects the muscle beneath") {
    AppState s = nestedScene();
    REQUIRE(s.visibility(0) == PartVisibility::Ghost);  // skin ghosted by default
    apply(s, PickAt{centrePixel(s)}, 0.0);
    CHECK(s.selected == 1);
    apply(s, SetLayerMode{core::Layer::Superficial, LayerMode::Hidden}, 0.0);
    apply(s, PickAt{centrePixel(s)}, 0.0);
    CHECK(s.selected == 2);  // muscles hidden: the bone
    apply(s, PickAt{{2.0f, 2.0f}}, 0.0);
    CHECK(s.selected == -1);  // empty space clears
}

TEST_CASE("only a ghosted part under the cursor is still pickable") {
    AppState s = nestedScene();
    apply(s, SetLayerMode{core::Layer::Superficial, LayerMode::Hidden}, 0.0);
    apply(s, SetLayerMode{core::Layer::Bone, LayerMode::Hidden}, 0.0);
    apply(s, PickAt{centrePixel(s)}, 0.0);
    CHECK(s.selected == 0);
}

TEST_CASE("select by id, unknown id leaves a notice") {
    AppState s = nestedScene();
    apply(s, SelectPartById{"bone"}, 0.0);
    CHECK(s.selected == 2);
    apply(s, SelectPartById{"bnoe"}, 0.0);
    CHECK(s.selected == -1);
    CHECK(s.notice == "No part with id 'bnoe' in test");
}

TEST_CASE("isolate shows only the selection; hide and show all") {
    AppState s = nestedScene();
    apply(s, SetIsolate{true}, 0.0);
    CHECK_FALSE(s.view.isolate);  // nothing selected: nothing to isolate
    apply(s, SelectPart{2}, 0.0);
    apply(s, SetIsolate{true}, 0.0);
    CHECK(s.visibility(0) == PartVisibility::Hidden);
    CHECK(s.visibility(1) == PartVisibility::Hidden);
    CHECK(s.visibility(2) == PartVisibility::Opaque);
    apply(s, HidePart{1}, 0.0);
    apply(s, SetIsolate{false}, 0.0);
    CHECK(s.visibility(1) == PartVisibility::Hidden);
    apply(s, SetLayerMode{core::Layer::Skin, LayerMode::Hidden}, 0.0);
    apply(s, ShowAll{}, 0.0);
    CHECK(s.visibility(1) == PartVisibility::Opaque);
    CHECK(s.visibility(0) == PartVisibility::Opaque);  // hidden layers come back shown
}

TEST_CASE("view presets animate smoothly and end on the preset pose") {
    AppState s = nestedScene();
    apply(s, GoToView{core::ViewPreset::Posterior, true}, 10.0);
    CHECK(s.animating(10.1));
    CHECK(s.updateTransition(10.1));
    const float midYaw = s.camera.pose().yaw;
    CHECK(midYaw != doctest::Approx(0.0f));
    CHECK_FALSE(s.updateTransition(10.0 + kViewTransitionSeconds + 0.01));
    CHECK(s.camera.eye().y > 0.0f);  // posterior: camera behind (+Y)
    apply(s, ResetView{false}, 11.0);
    CHECK(s.camera.eye().y < 0.0f);
}

TEST_CASE("frame selection centres the selected part") {
    AppState s = nestedScene();
    apply(s, SelectPart{2}, 0.0);
    apply(s, FrameSelection{false}, 0.0);
    CHECK(s.camera.pose().target.z == doctest::Approx(1000.0f));
    CHECK(s.camera.pose().distance < 1000.0f);
    apply(s, GoToView{core::ViewPreset::Left, false}, 0.0);
    CHECK(s.camera.eye().x > 0.0f);
}

TEST_CASE("layer mode text round trip") {
    CHECK(parseLayerMode("ghosted").value() == LayerMode::Ghosted);
    CHECK(toText(LayerMode::Hidden) == "hidden");
    CHECK_FALSE(parseLayerMode("x-ray"));
}

TEST_CASE("selecting a knowledge-base muscle selects its part on that side, or focuses it when the body lacks it") {
    AppState s = nestedScene();
    s.scene.parts[1].muscleId = "biceps-brachii";
    s.scene.parts[1].side = core::Side::Left;
    auto kb = std::make_shared<anatomy::KnowledgeBase>();
    anatomy::Muscle biceps;
    biceps.id = "biceps-brachii";
    biceps.name = "Biceps brachii";
    anatomy::Muscle temporalis;
    temporalis.id = "temporalis";
    temporalis.name = "Temporalis";
    kb->muscles = {biceps, temporalis};
    s.knowledge = kb;
    apply(s, SelectMuscle{"biceps-brachii", core::Side::Left}, 0.0);
    CHECK(s.selected == 1);
    REQUIRE(s.selectedMuscle() != nullptr);
    CHECK(s.selectedMuscle()->id == "biceps-brachii");
    apply(s, SelectMuscle{"temporalis", core::Side::Right}, 0.0);
    CHECK(s.selected == -1);
    REQUIRE(s.selectedMuscle() != nullptr);
    CHECK(s.selectedMuscle()->id == "temporalis");
    CHECK(s.selectedSide() == core::Side::Right);
    CHECK(s.notice == "This body has no mesh for Temporalis; its trigger points and zones are still shown.");
    apply(s, OpenCondition{"tension-type-headache"}, 0.0);
    CHECK(s.condition == "tension-type-headache");
}
