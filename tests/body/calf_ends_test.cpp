// The lower half of the gastrocnemius from behind as an écorché shows it: the two heads lie
// side by side down to their ends, which are broad borders (the medial lower than the lateral)
// on a flat tendinous sheet that narrows into the calcaneal tendon. Before, the heads ran down
// as two spindles that parted over a pale blade of tendon, each ending in a rounded point.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

// What the posterior eye sees first at `t` of the shank, `dx` mm lateral of its axis.
std::string seenFromBehind(float side, float t, float dx) {
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(knee, ankle, t);
    const glm::vec3 point(side * (axis.x + dx * k), axis.y + 40.0f * k, axis.z);
    return tpa::body::test::firstPartHitId(eye, point - eye);
}

// Millimetres (1 mm rays, `from` to `to` mm lateral of the axis) where `id` is seen first.
float breadth(float side, float t, const std::string& id, float from, float to) {
    float seen = 0.0f;
    for (float dx = from; dx <= to; dx += 1.0f)
        if (seenFromBehind(side, t, dx) == id) seen += 1.0f;
    return seen;
}

std::string sided(const char* id, float side) {
    return std::string(id) + (side > 0.0f ? ".left" : ".right");
}

}  // namespace

TEST_CASE("the gastrocnemius' heads end in broad borders, the medial lower") {
    // Each head's lowest 12 mm seen from behind on the left (the right is its mirror; rows
    // 0.005 of the shank apart, rays 1 mm apart): how wide the head is 12 mm above its lowest
    // row. A head ending in a point is narrow there; a border onto the sheet is broad
    // (before: medial 20 mm, lateral 17; after 32 and 31).
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const float up = 12.0f * k / glm::length(knee - ankle);
    const tpa::body::test::Slips heads(tpa::body::test::leftMesh("gastrocnemius"));
    REQUIRE(heads.meshes.size() == 2);
    // Millimetres of head `h` (0 medial, 1 lateral) seen first across the calf at `t`.
    auto width = [&](int h, float t) {
        const glm::vec3 axis = glm::mix(knee, ankle, t);
        float seen = 0.0f;
        for (float dx = -50.0f; dx <= 50.0f; dx += 1.0f) {
            const glm::vec3 dir = glm::vec3(axis.x + dx * k, axis.y + 40.0f * k, axis.z) - eye;
            if (tpa::body::test::firstPartHitId(eye, dir) == "gastrocnemius.left" &&
                heads.front(eye, dir) == h)
                seen += 1.0f;
        }
        return seen;
    };
    float lowest[2] = {0.0f, 0.0f}, above[2] = {0.0f, 0.0f};
    for (int h = 0; h < 2; ++h) {
        for (float t = 0.40f; t <= 0.70f; t += 0.005f)
            if (width(h, t) > 0.0f) lowest[h] = t;
        above[h] = width(h, lowest[h] - up);
    }
    std::printf("calf ends: medial head ends at %.3f, %.0f mm wide 12 mm above; lateral at "
                "%.3f, %.0f mm\n",
                lowest[0], above[0], lowest[1], above[1]);
    CHECK(lowest[0] >= lowest[1] + 0.04f);
    CHECK(above[0] >= 24.0f);
    CHECK(above[1] >= 24.0f);
}

TEST_CASE("below the heads a broad tendinous sheet narrows into the calcaneal tendon") {
    // The calcaneal tendon seen from behind just below the lateral head's end (0.52 of the
    // shank) is a broad sheet, and narrows to a tendon below the medial head's (0.65)
    // (before: 12 and 21 mm, a blade between the heads' points; after 27 and 22).
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id = sided("calcaneal-tendon", side);
        const float high = breadth(side, 0.52f, id, -50.0f, 50.0f);
        const float low = breadth(side, 0.65f, id, -50.0f, 50.0f);
        std::printf("calf ends side %+.0f: tendinous sheet %.0f mm at 0.52, %.0f at 0.65\n",
                    side, high, low);
        CHECK(high >= 22.0f);
        CHECK(low <= 24.0f);
    }
}
