// The dorsum of the foot and the front of the ankle from the side: the long extensor's tendons
// lie on the dorsum's muscles over the metatarsals, not on a thin shell over an empty foot, and
// the extensor retinacula are bands that wrap the ankle, not pale plates standing off it.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

using tpa::body::test::hitsUnderSkin;

}  // namespace

TEST_CASE("the superior extensor retinaculum is a band that dives to the fibula, not a cuff") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    // From the front, its height over the tendons in front of the ankle: 24 mm, it read as a
    // wide pale cuff.
    float tall = 0.0f;
    for (float dz = 20.0f; dz <= 60.0f; dz += 0.5f) {
        const glm::vec3 at = ankle + glm::vec3(2.0f, -200.0f, dz) * k;
        const auto hits = hitsUnderSkin(at, {0.0f, 1.0f, 0.0f});
        if (!hits.empty() && hits.front().id == "extensor-retinacula-foot.left") tall += 0.5f;
    }
    CAPTURE(tall);
    CHECK(tall > 10.0f);
    CHECK(tall < 21.0f);
    // From the side, its lateral end lay 3.5-4 mm under the skin, a plate with a square end
    // standing 20 mm off the tibia; it now sinks toward the fibula's anterior border.
    for (float dy : {-10.0f, -5.0f}) {
        CAPTURE(dy);
        const glm::vec3 at = ankle + glm::vec3(170.0f, dy, 40.0f) * k;
        const auto hits = hitsUnderSkin(at, {-1.0f, 0.0f, 0.0f});
        REQUIRE(!hits.empty());
        CHECK(hits.front().id == "extensor-retinacula-foot.left");
        CHECK(hits.front().depth / k > 5.5f);
    }
}
