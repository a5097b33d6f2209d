// The knee from the side, below the patella: the patellar retinacula close the space between
// the patellar ligament and the condyles. Before, nothing lay there over the joint's fat pad,
// and rays from the side passed between the ligament and the bones and out of the leg: the
// render showed the background through the knee.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

TEST_CASE("from the side, the knee below the patella is covered, not a hole") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 patella = rig.at("patella");
    int rays = 0, holes = 0;
    for (float side : {1.0f, -1.0f}) {
        const std::string own = side > 0.0f ? ".left" : ".right";
        // Every 2 mm from just behind the ligament's front to the condyles' front, from the
        // patella's middle down to the tibial tuberosity.
        for (float y = -4.0f; y <= 16.0f; y += 2.0f)
            for (float z = -50.0f; z <= 0.0f; z += 2.0f) {
                const glm::vec3 from(side * 300.0f * k, patella.y + y * k, patella.z + z * k);
                const std::string id =
                    tpa::body::test::firstPartHitId(from, {-side, 0.0f, 0.0f});
                ++rays;
                const bool ownSide =
                    id.size() > own.size() && id.compare(id.size() - own.size(), own.size(), own) == 0;
                holes += !ownSide;
            }
    }
    std::printf("knee from the side below the patella: %d of %d rays passed through\n", holes,
                rays);
    CHECK(holes == 0);
}

// Below the iliotibial tract's end, between the tibialis anterior and the biceps femoris:
// the lateral retinaculum runs back under the tract and the biceps over the lateral tibial
// condyle. Before, its back border stopped 34 mm behind the patella and a patch of the
// condyle showed there from the side.
TEST_CASE("from the side, the lateral tibial condyle below the iliotibial tract is covered") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 patella = rig.at("patella");
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float y = 36.0f; y <= 66.0f; y += 1.0f)
            for (float z = -48.0f; z <= -24.0f; z += 1.0f) {
                const glm::vec3 from(side * 300.0f * k, patella.y + y * k, patella.z + z * k);
                const std::string id = tpa::body::test::firstPartHitId(from, {-side, 0.0f, 0.0f});
                ++rays;
                bone += id.rfind("tibia", 0) == 0 || id.rfind("fibula", 0) == 0 ||
                        id.rfind("femur", 0) == 0;
            }
    std::printf("lateral tibial condyle from the side: %d of %d rays meet bone first\n", bone,
                rays);
    CHECK(bone <= rays / 100);
}

// In front of that, across the patella and the top of its ligament: the quadriceps tendon's
// borders lie over the retinacula's front borders, so no ray from the side slips between the
// tendon and the retinacula and out through the front of the knee. (Feathering the retinacula
// once opened such slits; a quadriceps tendon 3-6 mm thick, 2 mm under the skin, over
// retinacula 4.5 mm under it opened others from the patella's top to its apex: 158-192 rays.)
TEST_CASE("from the side, the front of the knee over the patella is covered, not slit") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 patella = rig.at("patella");
    int rays = 0, holes = 0;
    for (float side : {1.0f, -1.0f}) {
        const std::string own = side > 0.0f ? ".left" : ".right";
        // Along each row from the front back: once a ray has met the knee, every ray behind it
        // must (in front of the first, the rays pass in front of the knee's outline).
        for (float z = -50.0f; z <= 20.0f; z += 1.0f) {
            bool met = false;
            for (float y = -24.0f; y <= 16.0f; y += 1.0f) {
                const glm::vec3 from(side * 300.0f * k, patella.y + y * k, patella.z + z * k);
                const std::string id = tpa::body::test::firstPartHitId(from, {-side, 0.0f, 0.0f});
                const bool ownSide = id.size() > own.size() &&
                                     id.compare(id.size() - own.size(), own.size(), own) == 0;
                rays += met;
                holes += met && !ownSide;
                met = met || ownSide;
            }
        }
    }
    std::printf("knee from the side over the patella: %d of %d rays passed through\n", holes, rays);
    CHECK(holes == 0);
}

// From the left view, the patella's upper front: the vastus lateralis' lower end runs down
// beside the patella to its middle near the skin. Before, sunk 20 mm at its end, it left a
// piece of the patella's top bare between itself, the quadriceps tendon and the retinaculum.
TEST_CASE("from the side, no bone shows at the patella's top") {
    const auto seen =
        tpa::body::test::seenOnGrid(tpa::core::ViewPreset::Left, "patella", 1.0f, {-10.0f, 40.0f},
                                    {-40.0f, 20.0f}, {-10.0f, 40.0f}, 2.0f);
    std::printf("the patella's top from the left view: %d of %d grid points show bone\n",
                seen.bones, seen.parts);
    // Before: 865 of 12,207, all of them the patella.
    CHECK(seen.bones <= seen.parts / 200);
}
