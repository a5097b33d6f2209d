// The shin seen from the front as the anterior render shows it: the tibialis anterior is a full
// belly lateral to the tibia's subcutaneous face, which shows as a band, not as the widest
// thing on the leg.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::withoutSide;

namespace {

// Across the leg at `t` of the way from the knee to the ankle, rays from the anterior view's
// eye 1 mm apart through points 60 mm in front of the joint line: how many mm of the width
// each part (id without side) is seen first.
std::map<std::string, int> seenAcrossShin(float t, float side) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 at = glm::mix(rig.at("knee-joint"), rig.at("ankle-joint"), t);
    std::map<std::string, int> widths;
    for (float dx = -70.0f; dx <= 70.0f; dx += 1.0f) {
        const glm::vec3 point(side * (at.x + dx * k), at.y - 60.0f * k, at.z);
        const int hit = tpa::body::test::firstPartHit(eye, point - eye);
        if (hit < 0) continue;
        const std::string& id =
            tpa::body::test::embeddedScene().parts[static_cast<std::size_t>(hit)].id;
        ++widths[withoutSide(id)];
    }
    return widths;
}

}  // namespace

TEST_CASE("from the front, the tibialis anterior is wider than the tibia's bare band a third down the shin") {
    // The tibia's face was 21 mm wide there and the tibialis anterior a 24 mm strap beside it;
    // the muscle now arises 8 mm further medially on the lateral condyle and is 10 mm wider,
    // lying over the tibia's lateral surface up to its crest.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        auto widths = seenAcrossShin(0.35f, side);
        CHECK(widths["tibialis-anterior"] >= 28);
        CHECK(widths["tibia"] <= 14);
        CHECK(widths["tibia"] >= 6);  // the subcutaneous face still shows
    }
}
