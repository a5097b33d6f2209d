// The trapezius from behind between the shoulders: where the middle part's slips overlap and
// where the lower part's upper border lies on the middle part, the face the eye meets bends
// smoothly from one to the next. A slip or part left on top to its rim showed its steep bevel
// and rim, whose normals turn sideways, as a bright or dark line across the back: the thin
// horizontal step lines between the shoulders and the dark seam along the lower part's border.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::leftMesh;
using tpa::body::test::meshCrossings;

namespace {

// The unit normal of the first trapezius face a ray from behind at (x, z) meets (zero if none).
glm::vec3 firstTrapeziusNormal(float x, float z, float k) {
    float best = 1e9f;
    glm::vec3 normal{0.0f};
    for (const char* part : {"upper-trapezius", "middle-trapezius", "lower-trapezius"})
        for (const auto& c : meshCrossings(leftMesh(part), {x, 400.0f * k, z}, {0.0f, -1.0f, 0.0f}))
            if (c.entering && c.t < best) {
                best = c.t;
                normal = c.normal;
                break;
            }
    return normal;
}

}  // namespace

TEST_CASE("the trapezius' slips and its lower part's border show no creased rim from behind") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Columns of rays from behind over the medial half of the middle part (out to half the
    // spine's middle, where the slips' boundaries run across the back), from T1 down to 40 mm
    // below T4 (past the lower part's upper border). A face whose normal turns more than 20
    // degrees from that of both rays 3 mm above and below it is a rim's bevel seen on its own,
    // a line one ray wide; the back's own curve turns the normal a degree or two over 3 mm.
    const float step = 1.0f * k, gap = 3.0f * k;
    const float kCos = std::cos(20.0f * 3.14159265f / 180.0f);
    int rays = 0, creased = 0;
    for (float x = 6.0f * k; x <= 0.5f * rig.at("spine-of-scapula-mid").x; x += 2.0f * k)
        for (float z = rig.at("t1").z; z >= rig.at("t4").z - 40.0f * k; z -= step) {
            const glm::vec3 n = firstTrapeziusNormal(x, z, k);
            const glm::vec3 up = firstTrapeziusNormal(x, z + gap, k);
            const glm::vec3 down = firstTrapeziusNormal(x, z - gap, k);
            if (n == glm::vec3(0.0f) || up == glm::vec3(0.0f) || down == glm::vec3(0.0f))
                continue;
            ++rays;
            if (glm::dot(n, up) < kCos && glm::dot(n, down) < kCos) ++creased;
        }
    MESSAGE("rays: " << rays << ", on a creased rim: " << creased);
    CHECK(rays > 2000);
    CHECK(creased <= 3);  // 13 with the slips and the lower part on top to their rims
}
