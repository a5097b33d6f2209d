// Trigger-point placement: anchors resolved per side, snapped to the muscle's mesh on that
// side, and kept (flagged) when the scene has no mesh for the muscle.
#include <doctest/doctest.h>

#include "anatomy/trigger_point_placement.h"
#include "core/primitives.h"
#include "synthetic_body.h"

using namespace tpa::anatomy;
using tpa::core::Side;

namespace {

tpa::core::Part musclePart(const std::string& muscle, Side side, glm::vec3 lo, glm::vec3 hi) {
    tpa::core::Part p;
    p.id = muscle + (side == Side::Left ? ".left" : ".right");
    p.kind = tpa::core::PartKind::Muscle;
    p.side = side;
    p.muscleId = muscle;
    p.mesh = tpa::core::makeBox(lo, hi);
    return p;
}

}  // namespace

TEST_CASE("trigger point placement: snap to the muscle's mesh on the trigger point's side") {
    tpa::core::Scene scene;
    scene.landmarks = tpa::test::syntheticLandmarks();
    // Boxes a little medial and below the acromion on each side.
    scene.parts.push_back(musclePart("deltoid", Side::Left, {150, -20, 1380}, {170, 20, 1420}));
    scene.parts.push_back(musclePart("deltoid", Side::Right, {-170, -20, 1380}, {-150, 20, 1420}));
    Muscle m;
    m.id = "deltoid";
    TriggerPoint trp;
    trp.id = "TrP1";
    trp.location = Anchor::at("acromion", {-20, 0, 0});  // (190, 10, 1420) on the left
    m.triggerPoints.push_back(trp);

    auto left = placeTriggerPoint(scene, m, trp, Side::Left);
    REQUIRE(left);
    CHECK(left->onMesh);
    CHECK(left->part == 0);
    CHECK(left->anchor == glm::vec3(190, 10, 1420));
    CHECK(left->position.x == doctest::Approx(170));
    CHECK(left->position.y == doctest::Approx(10));
    CHECK(left->position.z == doctest::Approx(1420));
    CHECK(left->snapDistanceMm == doctest::Approx(20));
    auto right = placeTriggerPoint(scene, m, trp, Side::Right);
    REQUIRE(right);
    CHECK(right->part == 1);
    CHECK(right->position.x == doctest::Approx(-170));
    CHECK(right->side == Side::Right);

    Muscle absent = m;
    absent.id = "not-in-scene";
    auto kept = placeTriggerPoint(scene, absent, trp, Side::Left);
    REQUIRE(kept);
    CHECK_FALSE(kept->onMesh);
    CHECK(kept->part == -1);
    CHECK(kept->position == kept->anchor);

    TriggerPoint lost = trp;
    lost.location = Anchor::at("no-such-landmark");
    CHECK_FALSE(placeTriggerPoint(scene, m, lost, Side::Left));

    KnowledgeBase kb;
    kb.muscles = {m, absent};
    auto all = placeAllTriggerPoints(scene, kb);
    REQUIRE(all.size() == 4);
    CHECK(all[0].side == Side::Left);
    CHECK(all[1].side == Side::Right);
    CHECK(all[2].muscleId == "not-in-scene");
}

TEST_CASE("closest point on a mesh: faces, edges and corners") {
    const auto box = tpa::core::makeBox({0, 0, 0}, {10, 10, 10});
    CHECK(*closestPointOnMesh(box, {5, 5, 20}) == glm::vec3(5, 5, 10));
    CHECK(*closestPointOnMesh(box, {20, 20, 20}) == glm::vec3(10, 10, 10));
    const auto edge = *closestPointOnMesh(box, {-5, 5, -5});
    CHECK(edge.x == doctest::Approx(0));
    CHECK(edge.z == doctest::Approx(0));
    CHECK_FALSE(closestPointOnMesh(tpa::core::Mesh{}, {0, 0, 0}));
}
