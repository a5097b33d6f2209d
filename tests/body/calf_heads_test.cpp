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

TEST_CASE("the gastrocnemius' heads taper up onto the condyles") {
    // Each head arises from its femoral condyle by a tapering tendinous head, not a blunt dome:
    // from straight behind, rows of rays 1 mm apart across the back of the knee, 2 mm apart in
    // height. 4 mm below the highest row that meets a head, it is seen narrower than 16 mm
    // below that row (before: 0.78 medial and 0.81 lateral, a rounded end nearly as wide as the
    // head lower down, cut square across; after 0.36 and 0.71).
    static const tpa::body::Rig rig;
    const glm::vec3 knee = rig.at("knee-joint");
    const float k = rig.stature() / 1750.0f;
    auto headWidth = [&](float side, float dz, bool medial) {
        float width = 0.0f;
        for (float dx = medial ? -60.0f : 0.0f; dx <= (medial ? 0.0f : 60.0f); dx += 1.0f) {
            const glm::vec3 from(side * (knee.x + dx * k), knee.y + 400.0f * k, knee.z + dz * k);
            const auto hits = tpa::body::test::hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
            const std::string id = side > 0.0f ? "gastrocnemius.left" : "gastrocnemius.right";
            if (!hits.empty() && hits.front().id == id) width += 1.0f;
        }
        return width;
    };
    for (float side : {1.0f, -1.0f})
        for (bool medial : {true, false}) {
            CAPTURE(side);
            CAPTURE(medial);
            float top = 50.0f;
            while (top > 0.0f && headWidth(side, top, medial) == 0.0f) top -= 2.0f;
            const float high = headWidth(side, top - 4.0f, medial),
                        low = headWidth(side, top - 16.0f, medial);
            std::printf("calf side %+.0f %s head: top %.0f mm above the joint, %.0f mm wide 4 mm "
                        "below it, %.0f mm 16 mm below (%.2f)\n",
                        side, medial ? "medial" : "lateral", top, high, low, high / low);
            REQUIRE(low > 0.0f);
            // The lateral head's top passes under the biceps femoris' tendon, which covers its
            // narrowest part (narrowed further, its rim left the fossa's floor test's place).
            CHECK(high <= (medial ? 0.55f : 0.75f) * low);
        }
}
