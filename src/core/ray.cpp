// Ray-triangle and ray-box tests.
#include "core/ray.h"

#include <algorithm>
#include <cmath>

namespace tpa::core {

std::optional<float> intersectTriangle(const Ray& ray, const glm::vec3& a, const glm::vec3& b,
                                       const glm::vec3& c) {
    const glm::vec3 e1 = b - a;
    const glm::vec3 e2 = c - a;
    const glm::vec3 p = glm::cross(ray.direction, e2);
    const float det = glm::dot(e1, p);
    if (std::fabs(det) < 1e-12f) return std::nullopt;  // parallel or degenerate
    const float inv = 1.0f / det;
    const glm::vec3 s = ray.origin - a;
    const float u = glm::dot(s, p) * inv;
    if (u < 0.0f || u > 1.0f) return std::nullopt;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(ray.direction, q) * inv;
    if (v < 0.0f || u + v > 1.0f) return std::nullopt;
    const float t = glm::dot(e2, q) * inv;
    if (t <= 0.0f) return std::nullopt;
    return t;
}

bool intersectBox(const glm::vec3& origin, const glm::vec3& invDir, const Aabb& box, float maxT,
                  float& tEntry) {
    float tmin = 0.0f, tmax = maxT;
    for (int i = 0; i < 3; ++i) {
        float t0 = (box.min[i] - origin[i]) * invDir[i];
        float t1 = (box.max[i] - origin[i]) * invDir[i];
        if (t0 > t1) std::swap(t0, t1);
        // NaN from 0*inf (ray in the slab plane) must not reject: fmax/fmin skip NaN.
        tmin = std::fmax(tmin, t0);
        tmax = std::fmin(tmax, t1);
        if (tmin > tmax) return false;
    }
    tEntry = tmin;
    return true;
}

}  // namespace tpa::core
