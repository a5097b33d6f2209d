// Lower-limb muscles keep their bellies' bulk, and the two heads of the gastrocnemius cover the
// back of the upper calf. Where the faces of one ring of a swept belly would leave the skin, the
// ring is narrowed and sunk, and its neighbours with it: one bad ring (a centre line passing
// outside the skin at the ankle, a chord deep inside the calf) left these muscles as cords.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;

namespace {

double volumeOf(const std::string& part) {
    const int i = embeddedScene().findPart(part);
    REQUIRE(i >= 0);
    return tpa::body::test::meshVolume(embeddedScene().parts[std::size_t(i)].mesh);
}

}  // namespace

TEST_CASE("lower-limb muscles keep their bellies' bulk") {
    const tpa::body::Rig rig;
    const double k3 = std::pow(rig.stature() / 1750.0f, 3.0f);
    // Narrowed, fibularis longus was a cord of 20 cm3 (86 cm3 as a belly), tibialis anterior
    // 108 cm3 (143), gracilis 36 cm3 (83), and the gastrocnemius' two strips 171 cm3 (329).
    struct Floor {
        const char* part;
        double min;
    };
    for (const Floor& f :
         {Floor{"fibularis-longus.left", 60000.0}, Floor{"tibialis-anterior.left", 125000.0},
          Floor{"gracilis.left", 60000.0}, Floor{"gastrocnemius.left", 260000.0}}) {
        CAPTURE(f.part);
        CHECK(volumeOf(f.part) >= f.min * k3);
    }
}

TEST_CASE("the gastrocnemius' heads cover the back of the upper calf") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    // Rays from behind across the upper calf, 5 cm either side of the leg's axis: the heads were
    // narrow strips laid on the sides of the calf, with the soleus showing between them.
    for (float side : {1.0f, -1.0f})
        for (float t : {0.2f, 0.3f, 0.4f})
            for (float dx : {-25.0f, -15.0f, -5.0f, 5.0f, 15.0f, 25.0f}) {
                const glm::vec3 axis = glm::mix(knee, ankle, t);
                const glm::vec3 from((axis.x + dx * k) * side, axis.y + 400.0f * k, axis.z);
                CAPTURE(from.x);
                CAPTURE(from.z);
                const int hit = tpa::body::test::firstPartHit(from, {0.0f, -1.0f, 0.0f});
                REQUIRE(hit >= 0);
                const std::string id = embeddedScene().parts[std::size_t(hit)].id;
                CAPTURE(id);
                CHECK(id.rfind("gastrocnemius.", 0) == 0);
            }
}
