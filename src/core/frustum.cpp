// Planes from the rows of the matrix (each clip inequality is one plane), tested against the
// box corner furthest along each plane's normal.
#include "core/frustum.h"

namespace tpa::core {

Frustum::Frustum(const glm::mat4& m) {
    const glm::vec4 row0(m[0][0], m[1][0], m[2][0], m[3][0]);
    const glm::vec4 row1(m[0][1], m[1][1], m[2][1], m[3][1]);
    const glm::vec4 row2(m[0][2], m[1][2], m[2][2], m[3][2]);
    const glm::vec4 row3(m[0][3], m[1][3], m[2][3], m[3][3]);
    planes_ = {row3 + row0, row3 - row0, row3 + row1, row3 - row1, row3 + row2, row3 - row2};
}

bool Frustum::intersects(const Aabb& box) const {
    if (box.empty()) return false;
    for (const glm::vec4& p : planes_) {
        const glm::vec3 far(p.x >= 0.0f ? box.max.x : box.min.x, p.y >= 0.0f ? box.max.y : box.min.y,
                            p.z >= 0.0f ? box.max.z : box.min.z);
        if (glm::dot(glm::vec3(p), far) + p.w < 0.0f) return false;
    }
    return true;
}

}  // namespace tpa::core
