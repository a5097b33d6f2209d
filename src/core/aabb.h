// Axis-aligned bounding box, the unit of culling, framing and BVH nodes.
#pragma once

#include <glm/glm.hpp>
#include <limits>

namespace tpa::core {

struct Aabb {
    glm::vec3 min{std::numeric_limits<float>::max()};
    glm::vec3 max{-std::numeric_limits<float>::max()};

    bool empty() const { return min.x > max.x; }
    void expand(const glm::vec3& p) {
        min = glm::min(min, p);
        max = glm::max(max, p);
    }
    void expand(const Aabb& b) {
        if (b.empty()) return;
        expand(b.min);
        expand(b.max);
    }
    glm::vec3 center() const { return (min + max) * 0.5f; }
    glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
    float radius() const { return empty() ? 0.0f : glm::length(max - min) * 0.5f; }
    bool contains(const glm::vec3& p) const {
        return p.x >= min.x && p.y >= min.y && p.z >= min.z && p.x <= max.x && p.y <= max.y &&
               p.z <= max.z;
    }
};

}  // namespace tpa::core
