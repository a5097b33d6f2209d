// The medial side of the knee from the front: the sartorius, gracilis and semitendinosus run
// down behind the medial condyle and end on the tibia's medial face below the tuberosity as one
// smooth flat tendon sheet (the pes anserinus), the sartorius' expansion over the other two.
// Before, the three ran to their insertion at full width, 1.5 mm under the skin alike, and
// stopped there: the sartorius and the gracilis took turns in front of each other in ragged red
// flaps with dark cuts between them, and the popliteus showed through between their ends and
// the tibia.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

bool pesMuscle(const std::string& id) {
    return id.rfind("sartorius.", 0) == 0 || id.rfind("gracilis.", 0) == 0 ||
           id.rfind("semitendinosus.", 0) == 0;
}

}  // namespace

TEST_CASE("from the front, the pes anserinus is one smooth sheet, not flaps") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 knee = rig.at("knee-joint");
    const auto& scene = tpa::body::test::embeddedScene();
    for (float side : {1.0f, -1.0f}) {
        int rays = 0, flicker = 0, gracilis = 0, deep = 0;
        // Rays from the anterior view's eye 1 mm apart through points 60 mm in front of the
        // joint, from medial of the tibia's face out past the knee's outline, from the joint
        // line down to the insertion.
        for (float z = -50.0f; z <= -5.0f; z += 1.0f)
            for (float x = -70.0f; x <= -20.0f; x += 1.0f) {
                const glm::vec3 point(side * (knee.x + x * k), knee.y - 60.0f * k,
                                      knee.z + z * k);
                const auto hits = tpa::body::test::hitsUnderSkin(eye, point - eye);
                if (hits.empty()) continue;
                ++rays;
                const std::string& id = hits.front().id;
                // Two of the three within a millimetre of each other take turns in front.
                flicker += hits.size() > 1 && pesMuscle(id) && pesMuscle(hits[1].id) &&
                           hits[1].depth - hits[0].depth < 1.0f * k;
                gracilis += id.rfind("gracilis.", 0) == 0;
                const int i = scene.findPart(id);
                deep += scene.parts[static_cast<std::size_t>(i)].layer == tpa::core::Layer::Deep;
            }
        std::printf("medial knee from the front (side %+.0f): of %d rays %d meet two of the pes "
                    "anserinus' muscles within 1 mm, %d the gracilis first, %d a deep muscle\n",
                    side, rays, flicker, gracilis, deep);
        CAPTURE(side);
        CHECK(rays > 1000);
        CHECK(flicker <= rays / 100);
        // The gracilis' tendon lies under the sartorius' expansion.
        CHECK(gracilis <= rays / 50);
        CHECK(deep <= rays / 50);
    }
}

// The sartorius' end from the front. Before, its red strap ran on below the knee and fanned
// onto the tibia, its back border meeting the insertion line at an acute angle: a red pointed
// flag hooked at the tibia beside the patellar ligament. In life its belly ends at the knee's
// medial side and a flat pale tendon curves forward onto the tibia's medial face (with the
// gracilis' and semitendinosus' under it): the pes anserinus.
TEST_CASE("from the front, the sartorius ends at the knee and a pale pes anserinus runs on") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 knee = rig.at("knee-joint");
    // The tibial condyles' level (rig.cpp), below which only tendon should be seen.
    const float condyle = rig.at("tibia-medial-condyle").z - knee.z;
    for (float side : {1.0f, -1.0f}) {
        auto hits = [&](float x, float z) {
            const glm::vec3 point(side * (knee.x + x * k), knee.y - 60.0f * k, knee.z + z * k);
            return tpa::body::test::hitsUnderSkin(eye, point - eye);
        };
        auto is = [](const auto& hits, std::size_t i, const char* prefix) {
            return hits.size() > i && hits[i].id.rfind(prefix, 0) == 0;
        };
        // Rows 1 mm apart from above the knee to below the tuberosity, across the medial half
        // of the knee every half millimetre: how wide the sartorius is seen on each, and where
        // the tendon seen first has one of the three muscles within 1 mm under it (the two
        // would take turns in front).
        int below = 0, lowest = 1000, flicker = 0;
        std::vector<float> width;
        for (int z = 40; z >= -90; --z) {
            int seen = 0;
            for (float x = -75.0f; x <= -5.0f; x += 0.5f) {
                const auto h = hits(x, float(z));
                const bool sartorius = is(h, 0, "sartorius.");
                seen += sartorius;
                below += sartorius && float(z) * k < condyle;
                flicker += is(h, 0, "pes-anserinus.") && h.size() > 1 &&
                           pesMuscle(h[1].id) && h[1].depth - h[0].depth < 1.0f * k;
            }
            width.push_back(0.5f * float(seen));
            if (seen > 0) lowest = z;
        }
        CAPTURE(side);
        REQUIRE(lowest < 20);
        // Its end: how many rows above the lowest it takes to come back to half the width it
        // has 20 mm above that row (a point narrows over many rows, a cut end over one or two).
        const std::size_t end = std::size_t(40 - lowest), ref = end - 20;
        int tip = 0;
        for (std::size_t r = end; r > ref && width[r] < 0.5f * width[ref]; --r) ++tip;
        // Below and medial to the tuberosity, the tendon covers the tibia's medial face.
        int cover = 0, rays = 0;
        for (float z = -54.0f; z <= -44.0f; z += 1.0f)
            for (float x = -30.0f; x <= -20.0f; x += 1.0f) {
                ++rays;
                cover += is(hits(x, z), 0, "pes-anserinus.");
            }
        std::printf("sartorius' end from the front (side %+.0f): %d rays below the tibial condyle "
                    "meet it first; its lowest row %+d mm, %.1f mm wide 20 mm above, %d rows "
                    "narrower than half that; pes anserinus first on %d of %d rays below the "
                    "condyle, %d over one of the three muscles within 1 mm\n",
                    side, below, lowest, width[ref], tip, cover, rays, flicker);
        CHECK(below == 0);
        CHECK(lowest * k > condyle);
        CHECK(tip <= 3);
        CHECK(cover >= rays * 9 / 10);
        CHECK(flicker <= 10);
    }
}
