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
