// The gastrocnemius from behind as an écorché shows it: the two heads rise broad from the
// femoral condyles under the hamstrings' tendons and lie side by side down the calf, meeting
// along a shallow midline groove. Before, they were two narrow spindles with pointed tops and a
// deep dark gap between them (their rounded rims met 6-7 mm under the skin).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// How far under the skin a ray from straight behind first meets the gastrocnemius at `t` of
// the shank, `dx` mm lateral of its axis; -1 where something else is seen first.
float gastrocnemiusDepth(float side, float t, float dx) {
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(knee, ankle, t);
    const glm::vec3 from(side * (axis.x + dx * k), axis.y + 400.0f * k, axis.z);
    const auto hits = tpa::body::test::hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
    const std::string id = side > 0.0f ? "gastrocnemius.left" : "gastrocnemius.right";
    return !hits.empty() && hits.front().id == id ? hits.front().depth : -1.0f;
}

}  // namespace

TEST_CASE("the gastrocnemius' heads meet along a shallow groove") {
    // Across the middle of the calf from behind (3 cm either side of the axis, 1 mm apart), at
    // four levels of the upper calf: the muscle is seen first everywhere, and its face lies
    // within 4.5 mm of one depth under the skin (the groove and the rims' fall round the calf
    // together; before: 12.8, 6.8, 5.4 and 4.8 mm at 0.15-0.3 of the shank, after 4.0, 3.1, 2.5
    // and 3.0).
    for (float side : {1.0f, -1.0f})
        for (float t : {0.15f, 0.2f, 0.25f, 0.3f}) {
            CAPTURE(side);
            CAPTURE(t);
            float shallowest = 1e9f, deepest = 0.0f;
            int missed = 0;
            for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
                const float d = gastrocnemiusDepth(side, t, dx);
                if (d < 0.0f) {
                    ++missed;
                    continue;
                }
                shallowest = std::min(shallowest, d);
                deepest = std::max(deepest, d);
            }
            std::printf("calf side %+.0f t %.2f: groove %.1f mm, %d rays miss\n", side, t,
                        deepest - shallowest, missed);
            CHECK(missed == 0);
            CHECK(deepest - shallowest <= 4.5f);
        }
}

TEST_CASE("the gastrocnemius' heads rise broad from the condyles") {
    // From behind just below the knee joint (0.03-0.06 of the shank) the muscle is seen across
    // most of the back of the knee between the hamstrings' tendons, not as two pointed tops
    // (before: 54 and 57 mm of 101, after 74 and 68).
    for (float side : {1.0f, -1.0f})
        for (float t : {0.03f, 0.06f}) {
            CAPTURE(side);
            CAPTURE(t);
            float width = 0.0f;
            for (float dx = -50.0f; dx <= 50.0f; dx += 1.0f)
                if (gastrocnemiusDepth(side, t, dx) >= 0.0f) width += 1.0f;
            std::printf("calf side %+.0f t %.2f: heads %.0f mm wide\n", side, t, width);
            CHECK(width >= 62.0f);
        }
}
