// The foot and ankle seen from the side and from behind: the heel is covered by the fibular
// tendons, the abductor of the little toe and the calcaneal tendon rather than showing as bare
// calcaneus; the fibular tendons pass behind the lateral malleolus as cords (a part of their
// own, not the muscles' tapered ends); the toes' extensor expansions are about as long as the
// toes and rounded off at their tips.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::SeenFirst;
using tpa::core::ViewPreset;

// Rays from a view's eye through a grid around the left ankle joint.
SeenFirst seenThrough(ViewPreset view, glm::vec2 xRange, glm::vec2 yRange, glm::vec2 zRange,
                      float step) {
    return tpa::body::test::seenOnGrid(view, "ankle-joint", 1.0f, xRange, yRange, zRange, step);
}

// Rays whose first part is a bone of the left leg or foot (a ray past the left foot's outline
// may go on to the right foot's bones, which are not the heel or the malleolus looked at).
int leftBones(const SeenFirst& seen) {
    int n = 0;
    for (const char* id : {"foot.left", "fibula.left", "tibia.left"})
        if (auto it = seen.byId.find(id); it != seen.byId.end()) n += it->second;
    return n;
}

}  // namespace

TEST_CASE("from the side and from behind the heel shows tendon and muscle, not bare calcaneus") {
    // The calcaneus was a bare double bulb from the side (its lateral face is covered by the
    // fibular tendons and the abductor of the little toe) and from behind (the calcaneal
    // tendon's insertion and, below it, the heel pad).
    const SeenFirst side = seenThrough(ViewPreset::Left, {60, 60}, {0, 60}, {-56, -20}, 2.0f);
    const SeenFirst back = seenThrough(ViewPreset::Posterior, {-16, 16}, {90, 90}, {-56, -20}, 2.0f);
    std::printf("heel from the side: %d of %d rays meet bone first; from behind: %d of %d\n",
                leftBones(side), side.parts, leftBones(back), back.parts);
    CHECK(side.parts > 300);
    CHECK(back.parts > 200);
    CHECK(leftBones(side) <= side.parts / 10);
    CHECK(leftBones(back) <= back.parts / 10);
}

TEST_CASE("the fibular tendons pass behind the lateral malleolus as cords of their own") {
    // They were the fibularis longus' and brevis' tapered ends. Behind and under the malleolus
    // (28 mm lateral, 8 mm behind and 14 mm below the ankle joint) the eye of the left view
    // meets the tendons' own part.
    SeenFirst behind = seenThrough(ViewPreset::Left, {60, 60}, {18, 26}, {-16, 10}, 2.0f);
    std::printf("behind the lateral malleolus: %d of %d rays meet the fibular tendons, %d bone\n",
                behind.byId["fibularis-tendons.left"], behind.parts, leftBones(behind));
    CHECK(behind.parts > 50);
    CHECK(behind.byId["fibularis-tendons.left"] >= behind.parts / 2);
    CHECK(leftBones(behind) <= behind.parts / 10);
}

TEST_CASE("the toes' extensor expansions end at the toes' tips, rounded") {
    // They were sticks reaching 6 mm past the tip of the big toe, their ends pressed flat.
    // Along the big toe's axis seen from above: the sheath ends within 4-6 mm of the tip of its
    // distal phalanx (the rig's toe-tip), and its width 3 mm from its end is at most 0.62 of its
    // width at the middle of its span.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    auto widthAt = [&](float y) {
        int n = 0;
        for (float x = -40.0f; x <= -2.0f; x += 0.25f) {
            const glm::vec3 at = ankle + glm::vec3(x, y, 60.0f) * k;
            const auto hits = tpa::body::test::hitsUnderSkin(at, {0.0f, 0.0f, -1.0f});
            n += !hits.empty() && hits.front().id == "extensor-expansions-foot.left";
        }
        return 0.25f * float(n);
    };
    float back = 0.0f, front = 0.0f;
    for (float y = -120.0f; y >= -230.0f; y -= 0.5f)
        if (widthAt(y) > 0.0f) {
            if (back == 0.0f) back = y;
            front = y;
        }
    const float tipY = (rig.at("toe-tip").y - ankle.y) / k;
    const float past = tipY - front;
    const float mid = widthAt(0.5f * (back + front)), tip = widthAt(front + 3.0f);
    std::printf("big toe's sheath: ends %.1f mm past the toe's tip, %.1f mm wide at the middle, "
                "%.1f mm 3 mm from the end (%.2f)\n", past, mid, tip, tip / mid);
    CHECK(past <= 4.0f);
    CHECK(past >= -6.0f);
    CHECK(tip <= 0.62f * mid);
}
