// The face in profile (the left view with the skin hidden): the nasalis takes the nose's form
// over the cartilage instead of lying flat on the bone under a hollow nose, and muscle, not
// the recessed mandible, shows behind the chin.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"


TEST_CASE("muscle, not the mandible, shows in profile between the chin and the masseter") {
    // (y, z) from the menton over the body of the mandible below and behind the corner of the
    // mouth and in front of the angle: the depressor anguli oris' origin ended short of the
    // molars, the masseter's anterior border stood high and far back, and white bone showed
    // between them.
    tpa::body::test::checkMuscleFirstFromSide("menton", {{22, 12}, {30, 10}, {30, 16}, {42, 16},
                                                         {50, 16}, {50, 20}, {50, 24}, {46, 28},
                                                         {50, 28}});
}

TEST_CASE("the nasalis is shaped like the nose, not a flat plate under a hollow nose") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Rays from the front 1 mm beside the midline down the dorsum from the root to the tip and
    // under it, and a grid over the whole nose. Before, the nasalis lay flat on the nasal bones
    // and aperture, 25-31 mm under the skin of the dorsum: from the front a flat plate with a
    // ridge down the middle between two straps, in profile no nose at all; the skin's nose
    // stands up to 3 cm in front of the bone (no cartilage is modelled), so the muscle over
    // the cartilage takes the nose's form under it.
    auto front = [&](float x, float z) {
        const glm::vec3 p = rig.at("nasion") + glm::vec3(x, 0.0f, z) * k;
        return tpa::body::test::hitsUnderSkin({p.x, p.y - 300.0f * k, p.z}, {0.0f, 1.0f, 0.0f});
    };
    int rays = 0, nasalis = 0;
    float deepest = 0.0f, sum = 0.0f;
    for (float z = -26.0f; z >= -54.0f; z -= 2.0f, ++rays) {
        const auto hits = front(1.0f, z);
        if (hits.empty() || hits.front().id.rfind("nasalis.", 0) != 0) continue;
        ++nasalis;
        deepest = std::max(deepest, hits.front().depth / k);
        sum += hits.front().depth / k;
    }
    std::printf("dorsum from the front: %d of %d rays meet the nasalis first, %.1f mm under the "
                "skin on average, %.1f at most\n",
                nasalis, rays, sum / float(std::max(nasalis, 1)), deepest);
    CHECK(nasalis == rays);
    CHECK(sum / float(std::max(nasalis, 1)) <= 10.0f);
    CHECK(deepest <= 15.0f);
    // Over the nose and down to the lip no ray meets bone first.
    int grid = 0, bone = 0;
    for (float x = -14.0f; x <= 14.0f; x += 1.0f)
        for (float z = -20.0f; z >= -60.0f; z -= 1.0f, ++grid) {
            const auto hits = front(x, z);
            bone += !hits.empty() && hits.front().id == "skull";
        }
    std::printf("the nose from the front: %d of %d rays meet bone first\n", bone, grid);
    CHECK(bone == 0);
}
