// Primitive mesh builders with outward winding and normals.
#include "core/primitives.h"

#include <cmath>
#include <glm/gtc/constants.hpp>

namespace tpa::core {

Mesh makeBox(const glm::vec3& lo, const glm::vec3& hi) {
    Mesh m;
    // Four vertices per face so each face keeps a flat normal.
    const glm::vec3 n[6] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    for (const auto& normal : n) {
        const int axis = normal.x != 0 ? 0 : (normal.y != 0 ? 1 : 2);
        const int u = (axis + 1) % 3, v = (axis + 2) % 3;
        const float w = normal[axis] > 0 ? hi[axis] : lo[axis];
        const auto base = static_cast<std::uint32_t>(m.positions.size());
        for (int k = 0; k < 4; ++k) {
            glm::vec3 p;
            p[axis] = w;
            p[u] = (k == 1 || k == 2) ? hi[u] : lo[u];
            p[v] = (k >= 2) ? hi[v] : lo[v];
            m.positions.push_back(p);
            m.normals.push_back(normal);
        }
        // (u,v) x (u,v) orientation flips with the face direction.
        if (normal[axis] > 0)
            m.indices.insert(m.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
        else
            m.indices.insert(m.indices.end(), {base, base + 2, base + 1, base, base + 3, base + 2});
    }
    return m;
}

Mesh makeSphere(const glm::vec3& centre, float radius, int slices, int stacks) {
    Mesh m;
    for (int i = 0; i <= stacks; ++i) {
        const float phi = glm::pi<float>() * float(i) / float(stacks);
        for (int j = 0; j < slices; ++j) {
            const float theta = glm::two_pi<float>() * float(j) / float(slices);
            const glm::vec3 n{std::sin(phi) * std::cos(theta), std::sin(phi) * std::sin(theta),
                              std::cos(phi)};
            m.positions.push_back(centre + n * radius);
            m.normals.push_back(n);
        }
    }
    auto at = [&](int i, int j) { return std::uint32_t(i * slices + (j % slices)); };
    for (int i = 0; i < stacks; ++i)
        for (int j = 0; j < slices; ++j) {
            const auto a = at(i, j), b = at(i + 1, j), c = at(i + 1, j + 1), d = at(i, j + 1);
            if (i != 0) m.indices.insert(m.indices.end(), {a, b, d});
            if (i != stacks - 1) m.indices.insert(m.indices.end(), {b, c, d});
        }
    return m;
}

}  // namespace tpa::core
