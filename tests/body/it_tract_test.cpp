// The iliotibial tract from the side: a band that narrows from mid-thigh onto Gerdy's tubercle,
// not a strap as wide at the knee as on the thigh that ends square across the joint.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// How much of the line across the lateral thigh at `z` (front to back, every mm) the tract is
// the first part met from the side; the rays start between the thigh and the hanging hand.
float seenWidth(float side, float z, float k) {
    const std::string tract = std::string("iliotibial-tract") + (side > 0 ? ".left" : ".right");
    int rays = 0;
    for (float y = -90.0f; y <= 90.0f; y += 1.0f)
        rays += tpa::body::test::firstPartHitId({side * 240.0f * k, y * k, z},
                                                {-side, 0.0f, 0.0f}) == tract;
    return float(rays) * k;
}

}  // namespace

TEST_CASE("from the side, the iliotibial tract narrows from mid-thigh onto the tibia") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 hip = rig.at("hip-joint"), knee = rig.at("knee-joint");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // With one width all along it showed 49 mm at mid-thigh, 53 mm a tenth of the thigh
        // above the knee and 41 mm 15 mm above the joint, where it ended square; narrowed,
        // 47, 38 and 25 mm.
        const float middle = seenWidth(side, glm::mix(hip, knee, 0.5f).z, k);
        const float above = seenWidth(side, glm::mix(hip, knee, 0.9f).z, k);
        const float end = seenWidth(side, knee.z - 15.0f * k, k);
        std::printf("iliotibial tract seen from the side: %.0f mm at mid-thigh, %.0f above the "
                    "knee, %.0f at its end\n",
                    middle, above, end);
        CHECK(middle > 38.0f * k);
        CHECK(middle < 55.0f * k);
        CHECK(above < 0.9f * middle);
        CHECK(end < 0.65f * middle);
        CHECK(end > 15.0f * k);
    }
}

TEST_CASE("from the side, no femur shows between the narrowed iliotibial tract and the biceps") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 knee = rig.at("knee-joint");
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        // Above the joint line, from the tract's middle back to the biceps' tendon.
        for (float z = 5.0f; z <= 60.0f; z += 2.0f)
            for (float y = -10.0f; y <= 25.0f; y += 2.0f) {
                const int hit = tpa::body::test::firstPartHit(
                    {side * 240.0f * k, knee.y + y * k, knee.z + z * k}, {-side, 0.0f, 0.0f});
                ++rays;
                bone += hit >= 0 && tpa::body::test::embeddedScene()
                                            .parts[std::size_t(hit)]
                                            .kind == tpa::core::PartKind::Bone;
            }
    std::printf("lateral femoral condyle from the side: %d of %d rays meet bone\n", bone, rays);
    CHECK(bone <= rays / 50);
}
