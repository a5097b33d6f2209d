// The superficial masseter seen from the side: a thick quadrilateral muscle from the zygomatic
// arch to the angle and lower ramus, its belly bulging, not a flat board of even thickness.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <glm/glm.hpp>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::leftMesh;

namespace {

// Where a ray crosses a mesh (parameters along it), in no particular order.
std::vector<float> crossings(const tpa::core::Mesh& m, glm::vec3 o, glm::vec3 d) {
    std::vector<float> ts;
    for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
        const glm::vec3 a = m.positions[m.indices[i]], b = m.positions[m.indices[i + 1]],
                        c = m.positions[m.indices[i + 2]];
        const glm::vec3 e1 = b - a, e2 = c - a, p = glm::cross(d, e2);
        const float det = glm::dot(e1, p);
        if (std::abs(det) < 1e-9f) continue;
        const glm::vec3 s = o - a;
        const float u = glm::dot(s, p) / det;
        if (u < 0.0f || u > 1.0f) continue;
        const glm::vec3 q = glm::cross(s, e1);
        const float v = glm::dot(d, q) / det;
        if (v < 0.0f || u + v > 1.0f) continue;
        ts.push_back(glm::dot(e2, q) / det);
    }
    return ts;
}

}  // namespace

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
            const auto ts = crossings(
                mesh, gonion + glm::vec3(200.0f, dy, dz) * k, glm::vec3(-1.0f, 0.0f, 0.0f));
            if (ts.size() < 2) continue;
            const auto [lo, hi] = std::minmax_element(ts.begin(), ts.end());
            thickest = std::max(thickest, *hi - *lo);
        }
    INFO("thickest " << thickest);
    CHECK(thickest > 15.0f * k);
}
