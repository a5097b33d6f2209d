// Rays and ray-triangle / ray-box intersection used by picking and painting.
#pragma once

#include "core/aabb.h"

#include <glm/glm.hpp>
#include <optional>

namespace tpa::core {

struct Ray {
    glm::vec3 origin{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f};  // unit length
};

// Moller-Trumbore, both faces; returns the distance along the ray.
std::optional<float> intersectTriangle(const Ray& ray, const glm::vec3& a, const glm::vec3& b,
                                       const glm::vec3& c);
// Slab test against a box with precomputed inverse direction; returns entry distance.
bool intersectBox(const glm::vec3& origin, const glm::vec3& invDir, const Aabb& box, float maxT,
                  float& tEntry);

}  // namespace tpa::core
