// The six planes of a view-projection matrix, to skip parts whose bounds lie wholly outside
// the view before they cost the renderer anything.
#pragma once

#include "core/aabb.h"

#include <array>
#include <glm/glm.hpp>

namespace tpa::core {

class Frustum {
public:
    // Planes of the clip volume of `viewProj` (OpenGL convention, -w <= x, y, z <= w).
    explicit Frustum(const glm::mat4& viewProj);
    // False only when the box is certainly outside; boxes near corners may count as inside.
    bool intersects(const Aabb& box) const;

private:
    std::array<glm::vec4, 6> planes_;  // xyz normal pointing inside, w offset
};

}  // namespace tpa::core
