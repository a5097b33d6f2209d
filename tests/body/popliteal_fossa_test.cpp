// The top of the popliteal fossa from behind (posterior view, skin hidden or ghosted): above
// the gastrocnemius' heads the hamstrings part, the semimembranosus and semitendinosus down and
// in toward the medial tibia, the biceps femoris down and out to the fibular head, and between
// them the upper half of the diamond opens onto a dark floor (the oblique popliteal ligament,
// standing in for the fat over the femur's popliteal surface). Before, the semimembranosus'
// broad lower end came down the middle of the thigh and filled the gap as a lozenge with a V
// point in the fossa.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// The part the posterior view's eye meets first (through the skin) on its way to the point
// `dx` mm lateral of the thigh's axis at `t` of the way from the hip to the knee, 40 mm behind
// it; empty where none.
std::string seenFirst(float side, float t, float dx) {
    static const tpa::body::Rig rig;
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(rig.at("hip-joint"), rig.at("knee-joint"), t);
    const glm::vec3 point(side * (axis.x + dx * k), axis.y + 40.0f * k, axis.z);
    return tpa::body::test::firstPartHitId(eye, point - eye);
}

bool startsWith(const std::string& id, const char* prefix) { return id.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("from behind, the hamstrings part above the knee onto a dark floor, not bone") {
    // Rows from 0.84 to 0.93 of the thigh (the top of the fossa, above the gastrocnemius'
    // heads), 2 mm apart from 8 mm medial to 10 mm lateral of the axis: the middle of the
    // diamond's upper half. The semimembranosus is seen there on few rays, the ligament on
    // most, the femur on none (of 50 rays a side, before: semimembranosus 45, ligament 4;
    // after: 15 and 33).
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        int semimembranosus = 0, ligament = 0, bone = 0, rays = 0;
        for (float t : {0.84f, 0.865f, 0.89f, 0.915f, 0.93f})
            for (float dx = -8.0f; dx <= 10.01f; dx += 2.0f) {
                const std::string id = seenFirst(side, t, dx);
                ++rays;
                semimembranosus += startsWith(id, "semimembranosus");
                ligament += startsWith(id, "oblique-popliteal-ligament");
                bone += startsWith(id, "femur");
            }
        std::printf("fossa side %+.0f: %d rays, semimembranosus %d, ligament %d, femur %d\n", side,
                    rays, semimembranosus, ligament, bone);
        CHECK(bone == 0);
        CHECK(semimembranosus * 3 < rays);
        CHECK(ligament * 2 > rays);
    }
}

TEST_CASE("from behind, the semimembranosus passes medially above the knee") {
    // Its most lateral point seen from behind at 0.88 of the thigh lies medial of the axis,
    // toward its insertion on the medial tibial condyle (before: 11 mm lateral
    // of it; after: 6 mm medial). With the semitendinosus' tendon laid over its lateral part
    // there (back_of_thigh_test.cpp), the part seen beside that tendon reaches 32 mm medial.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        float lateral = -99.0f;
        for (float dx = -40.0f; dx <= 30.01f; dx += 1.0f)
            if (startsWith(seenFirst(side, 0.88f, dx), "semimembranosus")) lateral = dx;
        std::printf("semimembranosus lateral edge side %+.0f: %.0f mm\n", side, lateral);
        CHECK(lateral > -36.0f);
        CHECK(lateral < -4.0f);
    }
}
