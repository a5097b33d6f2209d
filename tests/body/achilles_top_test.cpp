// The calcaneal tendon's top from behind: under the gastrocnemius' ends the aponeurosis
// narrows quickly into the tendon, with the soleus fleshy either side of it.
#include <doctest/doctest.h>

#include <cstdio>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// Millimetres (1 mm rays from straight behind, up to 60 mm either side of the calf's axis)
// where the posterior eye sees the calcaneal tendon first at `t` of the shank.
float tendonBreadth(float side, float t) {
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(knee, ankle, t);
    const char* id = side > 0.0f ? "calcaneal-tendon.left" : "calcaneal-tendon.right";
    float seen = 0.0f;
    for (float dx = -60.0f; dx <= 60.0f; dx += 1.0f) {
        const glm::vec3 point(side * (axis.x + dx * k), axis.y + 40.0f * k, axis.z);
        if (tpa::body::test::firstPartHitId(eye, point - eye) == id) seen += 1.0f;
    }
    return seen;
}

}  // namespace

TEST_CASE("the calcaneal tendon narrows quickly below the gastrocnemius' heads") {
    // From behind at 0.6 to 0.75 of the shank (every 0.05), below the heads' ends, the tendon
    // is a narrow band. Its top ran 36 mm between its centre lines under the heads and the
    // strap followed the calf's curve, so a broad pale Y covered most of the soleus.
    // Before: widest 36 mm, 113 mm summed; after (20 mm apart, 14 at 0.76): 26 and 83.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        float widest = 0.0f, total = 0.0f;
        for (int i = 0; i <= 3; ++i) {
            const float t = 0.6f + 0.05f * float(i);
            const float w = tendonBreadth(side, t);
            std::printf("calcaneal tendon side %+.0f t %.2f: %.0f mm\n", side, t, w);
            widest = w > widest ? w : widest;
            total += w;
        }
        std::printf("calcaneal tendon side %+.0f: widest %.0f mm, sum %.0f mm\n", side, widest,
                    total);
        CHECK(widest >= 12.0f);
        CHECK(widest <= 30.0f);
        CHECK(total <= 95.0f);
    }
}
