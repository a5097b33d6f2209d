// The temporalis seen from the side with the skin hidden: one continuous fan over the temporal
// fossa, as an écorché shows it, not slips with grooves down to the bone between them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::body::test::hitsUnderSkin;

TEST_CASE("from the side, no bone shows between the temporalis' slips") {
    // Lateral rays every millimetre over the fan, both sides, from the temple back above the
    // ear and from the arch up to the temporal line: the few that meet bone first lie along the
    // fan's rim, not in lines down its grooves.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 temple = rig.at("temple");
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float dy = -10.0f; dy <= 60.0f; dy += 1.0f)
            for (float dz = -15.0f; dz <= 40.0f; dz += 1.0f) {
                const glm::vec3 from(side * 300.0f * k, temple.y + dy * k, temple.z + dz * k);
                const int hit = firstPartHit(from, {-side, 0.0f, 0.0f}, {tpa::core::Layer::Skin});
                if (hit < 0) continue;
                ++rays;
                bone += embeddedScene().parts[std::size_t(hit)].kind == tpa::core::PartKind::Bone;
            }
    std::printf("temporalis from the side: %d of %d rays met bone first\n", bone, rays);
    CHECK(bone <= rays / 200);
}

TEST_CASE("from the side, the temporalis reads as one fan, not slips with grooves between") {
    // Rows of lateral rays every half millimetre across the fan above the arch, both sides: the
    // depth under the skin of the first part met, where that is the temporalis. A ray more than
    // 0.3 mm deeper than the mean of the rays 2 mm before and after it lies in a groove.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 temple = rig.at("temple");
    int rays = 0, grooves = 0;
    float deepest = 0.0f;
    for (float side : {1.0f, -1.0f})
        for (float dz = 0.0f; dz <= 40.0f; dz += 2.0f) {
            std::vector<float> depth;
            for (float dy = -20.0f; dy <= 70.0f; dy += 0.5f) {
                const glm::vec3 from(side * 300.0f * k, temple.y + dy * k, temple.z + dz * k);
                const auto hits = hitsUnderSkin(from, {-side, 0.0f, 0.0f});
                const bool fan = !hits.empty() && hits.front().id.rfind("temporalis", 0) == 0;
                depth.push_back(fan ? hits.front().depth : -1.0f);
            }
            for (std::size_t i = 4; i + 4 < depth.size(); ++i) {
                if (depth[i] < 0.0f || depth[i - 4] < 0.0f || depth[i + 4] < 0.0f) continue;
                ++rays;
                const float dip = depth[i] - 0.5f * (depth[i - 4] + depth[i + 4]);
                deepest = std::max(deepest, dip);
                grooves += dip > 0.3f * k;
            }
        }
    std::printf("temporalis grooves: %d of %d rays, deepest %.2f mm\n", grooves, rays, deepest);
    REQUIRE(rays > 500);
    CHECK(grooves <= rays / 200);
    CHECK(deepest < 0.4f * k);
}

TEST_CASE("from the side view's eye, no bone shows round the temporalis' margins") {
    // What the left and right views see first, skin hidden, every 2 mm over the temple from
    // just behind the orbital rim to behind the ear and from the top of the zygomatic bone and
    // the ear up over the temporal line (the rim and the zygomatic bone below stand over the
    // fan's front, as in life). The fan's origin stopped 30 mm behind the tragus and 3 mm
    // short of the rim: a patch of bare skull showed above and behind the ear between the
    // temporalis, the galea's lateral edge and the occipitalis, and a strip of bone between
    // the frontalis' lateral border, the rim and the fan's front border.
    int rays = 0, bone = 0;
    for (const auto& [view, side] : {std::pair{tpa::core::ViewPreset::Left, 1.0f},
                                     std::pair{tpa::core::ViewPreset::Right, -1.0f}}) {
        const auto seen = tpa::body::test::seenOnGrid(view, "temple", side, {0.0f, 0.0f},
                                                      {-28.0f, 92.0f}, {-20.0f, 50.0f}, 2.0f,
                                                      {tpa::core::Layer::Skin});
        rays += seen.parts;
        bone += seen.bones;
    }
    std::printf("the temple's margins from the side: %d of %d rays met bone first\n", bone, rays);
    CHECK(bone <= rays / 400);
}

TEST_CASE("from the side, the temporalis lies in its fossa, level with the scalp round it") {
    // Lateral rays every 2 mm, both sides: the depth under the skin of the temporalis' face
    // over the middle of the fan, and of the scalp sheet (galea, frontalis) just above its
    // origin line. In an écorché the fan lies in the temporal fossa about level with the galea;
    // on a plain ellipsoid braincase it stood 1.6 mm proud of it, a domed lump with a hard rim.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 temple = rig.at("temple");
    auto meanDepth = [&](glm::vec2 ys, glm::vec2 zs, auto&& wanted) {
        double sum = 0.0;
        int n = 0;
        for (float side : {1.0f, -1.0f})
            for (float dy = ys.x; dy <= ys.y; dy += 2.0f)
                for (float dz = zs.x; dz <= zs.y; dz += 2.0f) {
                    const glm::vec3 from(side * 300.0f * k, temple.y + dy * k, temple.z + dz * k);
                    const auto hits = hitsUnderSkin(from, {-side, 0.0f, 0.0f});
                    if (hits.empty() || !wanted(hits.front().id)) continue;
                    sum += hits.front().depth;
                    ++n;
                }
        return std::pair{n > 0 ? float(sum / n) : 0.0f, n};
    };
    const auto [fan, fanRays] = meanDepth({10.0f, 50.0f}, {-5.0f, 20.0f}, [](const std::string& id) {
        return id.rfind("temporalis", 0) == 0;
    });
    const auto [scalp, scalpRays] =
        meanDepth({0.0f, 60.0f}, {62.0f, 76.0f}, [](const std::string& id) {
            return id.rfind("galea", 0) == 0 || id.rfind("frontalis", 0) == 0;
        });
    std::printf("temporalis face %.2f mm under the skin (%d rays), scalp above it %.2f mm (%d)\n",
                fan, fanRays, scalp, scalpRays);
    REQUIRE(fanRays > 200);
    REQUIRE(scalpRays > 50);
    CHECK(fan > scalp - 1.0f * k);  // not standing proud of the scalp
    CHECK(fan < scalp + 2.0f * k);  // nor sunk in a pit below it
}

TEST_CASE("from the side, the temporalis' origin is one smooth curve, not a saw of slip corners") {
    // The fan's outline from the side: along rays out from the middle of its arch, every
    // degree from its back end over the top to its front end, the farthest point a lateral ray
    // still crosses the temporalis (under the galea or not). A point more than 0.5 mm inside
    // the mean of the points 4 degrees either side is a notch. The slips' origins were straight
    // chords across the curved temporal line: where neighbours met, their corners cut notches
    // into the top of the fan and stacked up as a saw at its back end.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 temple = rig.at("temple");
    const auto& fan = tpa::body::test::leftMesh("temporalis");
    const glm::vec2 centre(temple.y + 28.0f * k, temple.z);
    std::vector<float> reach;
    for (int deg = -15; deg <= 195; ++deg) {
        const float a = glm::radians(float(deg));
        float r = 95.0f;
        for (; r > 20.0f; r -= 0.25f) {
            const glm::vec2 p = centre + r * k * glm::vec2(std::cos(a), std::sin(a));
            if (!tpa::body::test::meshCrossings(fan, {300.0f * k, p.x, p.y}, {-1.0f, 0.0f, 0.0f})
                     .empty())
                break;
        }
        reach.push_back(r);
    }
    int notches = 0;
    float worst = 0.0f;
    for (std::size_t i = 4; i + 4 < reach.size(); ++i) {
        const float dip = 0.5f * (reach[i - 4] + reach[i + 4]) - reach[i];
        if (dip > 0.5f) {
            ++notches;
            std::printf("  notch at %d deg: %.2f mm\n", int(i) - 15, dip);
        }
        worst = std::max(worst, dip);
    }
    std::printf("temporalis outline: %d notched degrees, deepest %.2f mm\n", notches, worst);
    CHECK(notches == 0);
    CHECK(worst < 0.5f);
}
