// The superficial masseter seen from the side: a thick quadrilateral muscle from the zygomatic
// arch to the angle and lower ramus, its belly bulging, not a flat board of even thickness.
#include <doctest/doctest.h>

#include <algorithm>
#include <glm/glm.hpp>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::leftMesh;
using tpa::body::test::meshCrossings;

TEST_CASE("the superficial masseter is thick in its belly") {
    // Lateral rays every 4 mm over the muscle, from the angle up to the arch: the most muscle
    // one of them passes through (the belly is tilted, so a little over its true thickness).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 gonion = rig.at("gonion");
    const auto& mesh = leftMesh("masseter-superficial");
    float thickest = 0.0f;
    for (float dz = -24.0f; dz <= 64.0f; dz += 4.0f)
        for (float dy = -64.0f; dy <= 16.0f; dy += 4.0f) {
            const auto ts = meshCrossings(mesh, gonion + glm::vec3(200.0f, dy, dz) * k,
                                          glm::vec3(-1.0f, 0.0f, 0.0f));
            if (ts.size() < 2) continue;
            thickest = std::max(thickest, ts.back().t - ts.front().t);
        }
    INFO("thickest " << thickest);
    CHECK(thickest > 15.0f * k);
}
