// Where the heads of a multi-bellied muscle overlap, one lies clearly over the other. Before,
// the biceps' heads converged on the tendon 0.3 mm apart: the renderer's depth test could not
// tell the two faces apart and the overlap showed as a mottled, creased patch above the elbow
// (676 of 21,410 rays from the front met two of its front faces within 0.5 mm).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "body_fixture.h"

namespace {

// Where a ray crosses the mesh's faces that face it (entering the surface), nearest first.
std::vector<float> frontCrossings(const tpa::core::Mesh& mesh, glm::vec3 from, glm::vec3 dir) {
    std::vector<float> ts;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::vec3 a = mesh.positions[mesh.indices[t]];
        const glm::vec3 e1 = mesh.positions[mesh.indices[t + 1]] - a;
        const glm::vec3 e2 = mesh.positions[mesh.indices[t + 2]] - a;
        if (glm::dot(glm::cross(e1, e2), dir) >= 0.0f) continue;
        const glm::vec3 p = glm::cross(dir, e2);
        const float det = glm::dot(e1, p);
        if (std::abs(det) < 1e-12f) continue;
        const glm::vec3 s = from - a;
        const float u = glm::dot(s, p) / det;
        if (u < 0.0f || u > 1.0f) continue;
        const glm::vec3 q = glm::cross(s, e1);
        const float v = glm::dot(dir, q) / det;
        if (v < 0.0f || u + v > 1.0f) continue;
        ts.push_back(glm::dot(e2, q) / det);
    }
    std::sort(ts.begin(), ts.end());
    return ts;
}

}  // namespace

TEST_CASE("the biceps' heads overlap with one clearly over the other, seen from the front") {
    const auto& mesh = tpa::body::test::leftMesh("biceps-brachii");
    glm::vec3 lo(1e9f), hi(-1e9f);
    for (const auto& p : mesh.positions) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    // Rays from the front on a 1 mm grid over the muscle; two front faces closer than 0.5 mm
    // (but not the same edge met twice) are a patch the depth test cannot resolve.
    int rays = 0, unresolved = 0;
    for (float x = lo.x; x <= hi.x; x += 1.0f)
        for (float z = lo.z; z <= hi.z; z += 1.0f) {
            const auto ts = frontCrossings(mesh, {x, lo.y - 100.0f, z}, {0.0f, 1.0f, 0.0f});
            if (ts.empty()) continue;
            ++rays;
            unresolved += ts.size() > 1 && ts[1] - ts[0] > 0.01f && ts[1] - ts[0] < 0.5f;
        }
    std::printf("biceps from the front: %d of %d rays meet two front faces within 0.5 mm\n",
                unresolved, rays);
    CHECK(unresolved <= rays / 100);
}
