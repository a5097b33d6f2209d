// The groin from the front as an écorché shows it: beside the symphysis the body of the pubis,
// then the pectineus along the superior ramus and the adductors below, with the adductor
// brevis under them. Before, the obturator foramen reached the midline, the pectineus arose
// from one point, and no adductor brevis lay under it: between the adductor longus and the
// pubis the gluteus maximus showed from behind, through the pelvis.
#include <doctest/doctest.h>

#include <cstdio>

#include "body/rig.h"
#include "body_fixture.h"

TEST_CASE("from the front, the groin beside the pubis is closed, not open to the buttock") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 symphysis = rig.at("pubic-symphysis");
    int rays = 0, through = 0;
    // Every 2 mm from beside the symphysis out to the femoral vessels' line, from the pubic
    // crest down to where the thighs part; both sides.
    for (float side : {1.0f, -1.0f})
        for (float x = 6.0f; x <= 56.0f; x += 2.0f)
            for (float z = -30.0f; z <= 16.0f; z += 2.0f) {
                const glm::vec3 from(side * x * k, symphysis.y - 300.0f * k, symphysis.z + z * k);
                const auto hits = tpa::body::test::hitsUnderSkin(from, {0.0f, 1.0f, 0.0f});
                if (hits.empty()) continue;
                ++rays;
                // More than 50 mm under the skin of the groin is behind the pelvis.
                through += hits.front().depth > 50.0f * k;
            }
    std::printf("groin from the front: %d of %d rays went behind the pelvis\n", through, rays);
    // A few remain low in the femoral triangle, where the femoral vessels (not modelled) lie
    // between the pectineus and the adductor longus.
    CHECK(through <= rays / 40);
}
