// Region classifier semantics with hand-made rules: segments, ranges, facing, nearest anchors,
// tie-breaking by order, sides, and a body without landmarks.
#include "anatomy/region_classifier.h"

#include <doctest/doctest.h>

#include "synthetic_body.h"

using namespace tpa::anatomy;
using tpa::core::Side;

namespace {

Region region(std::string id, bool sided, std::vector<RegionRule> rules) {
    Region r;
    r.id = std::move(id);
    r.sided = sided;
    r.rules = std::move(rules);
    return r;
}

RegionRule rule(Segment s, std::vector<Facing> facing = {}) {
    RegionRule r;
    r.segment = s;
    r.facing = std::move(facing);
    return r;
}

}  // namespace

TEST_CASE("body frame: segments, along, facing and side of skin points") {
    BodyFrame frame = BodyFrame::fromLandmarks(tpa::test::syntheticLandmarks());
    CHECK(frame.missing().empty());
    CHECK(frame.capsules().size() == 17);  // head, neck, trunk + 7 limb parts a side
    auto shin = frame.locate({96, -40, 300}, {0, -1, 0});
    REQUIRE(shin);
    CHECK(shin->segment == Segment::Leg);
    CHECK(shin->side == Side::Left);
    CHECK(shin->along == doctest::Approx(0.47).epsilon(0.05));
    CHECK(std::abs(shin->facingDeg) < 10.0f);  // anterior
    auto calf = frame.locate({-96, 50, 320}, {0, 1, 0});
    REQUIRE(calf);
    CHECK(calf->side == Side::Right);
    CHECK(std::abs(calf->facingDeg) > 170.0f);  // posterior
    auto outer = frame.locate({232, 10, 1110}, {1, 0, 0});
    REQUIRE(outer);
    CHECK(outer->facingDeg == doctest::Approx(90.0).epsilon(0.1));  // lateral
    auto chest = frame.locate({-90, -110, 1330}, {0, -1, 0});
    REQUIRE(chest);
    CHECK(chest->segment == Segment::Trunk);
    CHECK(chest->side == Side::Right);
    CHECK(chest->lateralMm == doctest::Approx(90.0).epsilon(0.02));
}

TEST_CASE("ranges, facing and order decide; the best rule wins when none fits exactly") {
    RegionRule front = rule(Segment::Trunk, {Facing::Anterior});
    RegionRule midline = front;
    midline.lateralMm = RuleRange{RuleBound::number(0), RuleBound::number(25)};
    std::vector<Region> regions = {
        region("sternum", false, {midline}), region("chest", true, {front}),
        region("back", true, {rule(Segment::Trunk, {Facing::Posterior})})};
    RegionClassifier c(regions, tpa::test::syntheticLandmarks());
    CHECK(c.problems().empty());
    auto hit = c.classify({0, -100, 1300}, {0, -1, 0});
    CHECK(hit.region == 0);  // both fit; the earlier region wins
    CHECK(hit.side == Side::Midline);
    hit = c.classify({-80, -100, 1300}, {0, -1, 0});
    CHECK(hit.region == 1);
    CHECK(hit.side == Side::Right);
    hit = c.classify({60, 100, 1300}, {0, 1, 0});
    CHECK(hit.region == 2);
    CHECK(hit.side == Side::Left);
    // On the side of the chest neither fits exactly; it still gets the closer one.
    CHECK(c.classify({-150, -20, 1250}, {-1, -0.2f, 0}).region >= 1);
    // A point on a segment without rules gets no region.
    CHECK(c.classify({96, -40, 300}, {0, -1, 0}).region == -1);
}

TEST_CASE("near anchors: the closest one wins, resolved on the point's side") {
    RegionRule temple = rule(Segment::Head);
    temple.near = {Anchor::at("temple")};
    RegionRule jaw = rule(Segment::Head);
    jaw.near = {Anchor::at("gonion")};
    RegionRule along = rule(Segment::Leg);
    along.along =
        RuleRange{RuleBound::of(Anchor::at("tibial-tuberosity")), RuleBound::number(1.5f)};
    RegionRule knee = rule(Segment::Leg);
    knee.along =
        RuleRange{RuleBound::number(-0.5f), RuleBound::of(Anchor::at("tibial-tuberosity"))};
    std::vector<Region> regions = {region("temple", true, {temple}), region("jaw", true, {jaw}),
                                   region("leg", true, {along}), region("knee", true, {knee})};
    RegionClassifier c(regions, tpa::test::syntheticLandmarks());
    CHECK(c.classify({-66, -45, 1650}, {-1, 0, 0}).region == 0);
    CHECK(c.classify({-66, -45, 1650}, {-1, 0, 0}).side == Side::Right);
    CHECK(c.classify({52, -32, 1538}, {1, 0, -1}).region == 1);
    CHECK(c.classify({96, -40, 300}, {0, -1, 0}).region == 2);
    CHECK(c.classify({95, -50, 470}, {0, -1, 0}).region == 3);
}

TEST_CASE("a body without landmarks: problems are listed and nothing is classified") {
    RegionClassifier c({region("chest", true, {rule(Segment::Trunk)})}, tpa::core::Landmarks{});
    CHECK_FALSE(c.problems().empty());
    CHECK(c.problems().front() == "the body has no landmark 'vertex'");
    CHECK(c.classify({0, 0, 1000}, {0, 0, 0}).region == -1);
}
