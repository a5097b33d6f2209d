// The soleus from behind as an écorché shows it: a broad flat band either side of the
// gastrocnemius' lower half, wider laterally, converging on the calcaneal tendon.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// Millimetres (1 mm rays from straight behind, up to 60 mm out from the calf's axis) where the
// posterior eye sees the soleus first at `t` of the shank, on the medial (dir -1) or lateral (+1) side.
float soleusBreadth(float side, float t, float dir) {
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(knee, ankle, t);
    const std::string id = side > 0.0f ? "soleus.left" : "soleus.right";
    float seen = 0.0f;
    for (float dx = 0.0f; dx <= 60.0f; dx += 1.0f) {
        const glm::vec3 point(side * (axis.x + dir * dx * k), axis.y + 40.0f * k, axis.z);
        if (tpa::body::test::firstPartHitId(eye, point - eye) == id) seen += 1.0f;
    }
    return seen;
}

}  // namespace

TEST_CASE("the soleus shows either side of the gastrocnemius' lower half") {
    // From behind, down the calf from 0.3 to 0.75 of the shank (every 0.05), the soleus is seen
    // first on both sides of the gastrocnemius and the calcaneal tendon. Its centre line ran
    // 10 mm lateral of the calf's axis, so the skin's normal there faced sideways and the belly
    // lay edge-on on the lateral face of the leg: medially the flexor digitorum longus showed
    // instead, 37 mm under the skin. Through a point 6 mm lateral it lies across the back.
    // Before: 11 mm medially from 0.5 to 0.7, 82 mm in all; after: 24 and 95.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        float medialLow = 0.0f, total = 0.0f;
        for (int i = 0; i <= 9; ++i) {
            const float t = 0.3f + 0.05f * float(i);
            const float medial = soleusBreadth(side, t, -1.0f);
            const float lateral = soleusBreadth(side, t, 1.0f);
            std::printf("soleus side %+.0f t %.2f: medial %.0f mm, lateral %.0f mm\n", side, t,
                        medial, lateral);
            if (t > 0.47f && t < 0.73f) medialLow += medial;
            total += medial + lateral;
        }
        std::printf("soleus side %+.0f: medial 0.5-0.7 %.0f mm, all %.0f mm\n", side, medialLow,
                    total);
        CHECK(medialLow >= 20.0f);
        CHECK(total >= 90.0f);
    }
}
