// The occipital bellies seen from behind: rounded quadrilaterals on the occiput, not cards with
// square corners stuck on the skull (the bilinear patch's corners used to reach the corner
// anchors of its origin and insertion lines).
#include <doctest/doctest.h>

#include <glm/glm.hpp>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::leftMesh;

TEST_CASE("the occipital bellies have rounded corners") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 inion = rig.at("inion");
    const auto& mesh = leftMesh("occipitalis");
    // The corners of the origin (superior nuchal line) and insertion (galea) lines, as in the
    // muscle table; the belly keeps clear of each.
    for (const glm::vec3 offset : {glm::vec3(17, -8, -3), glm::vec3(59, -53, 0),
                                   glm::vec3(16, -3, 31), glm::vec3(59, -46, 21)}) {
        const glm::vec3 corner = inion + offset * k;
        float nearest = 1e9f;
        for (const auto& p : mesh.positions)
            nearest = std::min(nearest, glm::distance(p, corner));
        INFO("corner " << offset.x << "," << offset.z << ": " << nearest);
        CHECK(nearest > 3.0f * k);
    }
}
