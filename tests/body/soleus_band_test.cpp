// The soleus from behind as an écorché shows it: a broad flat band either side of the
// gastrocnemius' lower half, wider laterally, converging on the calcaneal tendon.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
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

TEST_CASE("from the side, the soleus runs down between its neighbours without a shelf") {
    // The soleus from the left eye, in the groove between the fibularis longus and the
    // gastrocnemius' lateral head below the knee: its top ran 14-17 mm under the skin, sunk
    // below both neighbours, down to 80 mm under the fibular head, where its belly stepped out
    // to 8 mm in a square block with a flat, lit top edge. (Its centre line ran through the
    // middle of the calf there, and its outer face, carried out to the skin from there, landed
    // anywhere round the leg.) In life it shows as a strip from under the lateral head,
    // widening downward, level with its neighbours. Rays straight in from the side, 2 mm
    // apart down columns 3 mm apart behind the fibular head: the largest change of the
    // soleus' depth between neighbouring rays where both meet it first, and how many meet it
    // first deeper than 13 mm.
    static const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 head = rig.at("fibular-head");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id = side > 0.0f ? "soleus.left" : "soleus.right";
        float largestStep = 0.0f;
        int seen = 0, sunk = 0;
        for (float y = 24.0f; y <= 45.0f; y += 3.0f) {
            float above = -1.0f;
            for (float z = -20.0f; z >= -140.0f; z -= 2.0f) {
                const glm::vec3 from(side * 300.0f * k, head.y + y * k, head.z + z * k);
                const auto hits = tpa::body::test::hitsUnderSkin(from, {-side, 0.0f, 0.0f});
                const float depth = !hits.empty() && hits.front().id == id ? hits.front().depth
                                                                           : -1.0f;
                if (depth >= 0.0f) {
                    ++seen;
                    sunk += depth > 13.0f * k;
                }
                if (depth >= 0.0f && above >= 0.0f)
                    largestStep = std::max(largestStep, std::abs(depth - above));
                above = depth;
            }
        }
        std::printf("soleus from the side (side %+.0f): seen by %d rays, %d deeper than 13 mm; "
                    "largest step %.1f mm\n",
                    side, seen, sunk, largestStep);
        CHECK(seen >= 150);
        CHECK(sunk <= seen / 20);
        CHECK(largestStep <= 2.0f * k);
    }
}
