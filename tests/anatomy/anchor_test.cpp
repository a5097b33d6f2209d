// Anchor resolution (between/t, offsets in body directions, side mirroring) and zone sides.
#include "anatomy/anchor.h"

#include <doctest/doctest.h>

#include "anatomy/knowledge_base.h"
#include "synthetic_body.h"

using namespace tpa::anatomy;
using tpa::core::Side;

namespace {
void checkNear(std::optional<glm::vec3> got, glm::vec3 want) {
    REQUIRE(got.has_value());
    CHECK(got->x == doctest::Approx(want.x));
    CHECK(got->y == doctest::Approx(want.y));
    CHECK(got->z == doctest::Approx(want.z));
}
}  // namespace

TEST_CASE("anchor at a sided landmark: offsets in body directions, lateral mirrors with side") {
    auto lm = tpa::test::syntheticLandmarks();  // acromion.left = (190, 10, 1440)
    Anchor a = Anchor::at("acromion", {10.0f, 5.0f, 15.0f});
    // up is +Z, anterior is -Y, lateral is +X on the left and -X on the right.
    checkNear(resolveAnchor(a, lm, Side::Left), {205, 5, 1450});
    checkNear(resolveAnchor(a, lm, Side::Right), {-205, 5, 1450});
}

TEST_CASE("anchor between two landmarks at t") {
    auto lm = tpa::test::syntheticLandmarks();  // c7 = (0, 75, 1460)
    checkNear(resolveAnchor(Anchor::between("c7", "acromion", 0.4f), lm, Side::Right),
              {-76, 49, 1452});
    checkNear(resolveAnchor(Anchor::between("c7", "acromion"), lm, Side::Left), {95, 42.5f, 1450});
}

TEST_CASE("midline landmarks resolve to themselves; midline has no lateral") {
    auto lm = tpa::test::syntheticLandmarks();
    Anchor a = Anchor::at("c7", {0.0f, 0.0f, 20.0f});
    checkNear(resolveAnchor(a, lm, Side::Left), {20, 75, 1460});
    checkNear(resolveAnchor(a, lm, Side::Right), {-20, 75, 1460});
    checkNear(resolveAnchor(a, lm, Side::Midline), {0, 75, 1460});
}

TEST_CASE("a missing landmark gives no position") {
    tpa::core::Landmarks lm;
    lm.set("c7", {0, 75, 1460});
    CHECK_FALSE(resolveAnchor(Anchor::at("acromion"), lm, Side::Left).has_value());
    CHECK_FALSE(resolveAnchor(Anchor::between("c7", "acromion"), lm, Side::Left).has_value());
}

TEST_CASE("zone sides for a trigger point on a side") {
    using V = std::vector<Side>;
    CHECK(zoneSides(ZoneSide::Same, Side::Left) == V{Side::Left});
    CHECK(zoneSides(ZoneSide::Opposite, Side::Left) == V{Side::Right});
    CHECK(zoneSides(ZoneSide::Opposite, Side::Right) == V{Side::Left});
    CHECK(zoneSides(ZoneSide::Both, Side::Right) == V{Side::Left, Side::Right});
    CHECK(zoneSides(ZoneSide::Opposite, Side::Midline) == V{Side::Midline});
}

TEST_CASE("enum spellings and knowledge-base lookups") {
    CHECK(toText(MuscleGroup::ForearmHand) == "forearm-hand");
    CHECK(parseEnum<Segment>("upper-arm") == Segment::UpperArm);
    CHECK_FALSE(parseEnum<Facing>("up").has_value());
    CHECK(enumSpellings<Confidence>() == "high, moderate, low");

    KnowledgeBase kb;
    kb.regions.push_back({"temple", "Temple", true, "", {}, ""});
    kb.regions.push_back({"sole", "Sole", true, "", {}, ""});
    Muscle m;
    m.id = "temporalis";
    m.conditions = {"tmj-pain"};
    m.triggerPoints.push_back({"TrP2", "", "", {}, {}});
    kb.muscles.push_back(m);
    CHECK(kb.regionIndex("sole") == 1);
    CHECK(kb.regionIndex("nope") == -1);
    CHECK(kb.findRegion("temple")->name == "Temple");
    CHECK(kb.findMuscle("temporalis")->findTriggerPoint("TrP2") != nullptr);
    CHECK(kb.findCondition("tmj-pain") == nullptr);
    CHECK(kb.musclesLinkedTo("tmj-pain").size() == 1);
}
