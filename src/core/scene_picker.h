// Picks the nearest visible part under a ray: one BVH per part, parts culled by their bounds.
#pragma once

#include "core/bvh.h"
#include "core/scene.h"

#include <functional>
#include <optional>
#include <vector>

namespace tpa::core {

struct PickHit {
    int part = -1;
    std::uint32_t triangle = 0;
    float t = 0.0f;
    glm::vec3 point{0.0f};
    glm::vec3 normal{0.0f};  // geometric normal of the hit triangle, facing the ray
};

class ScenePicker {
public:
    // Builds the per-part BVHs; the scene must outlive the picker and keep its geometry.
    explicit ScenePicker(const Scene& scene);

    // Nearest hit among parts for which `pickable(partIndex)` is true.
    std::optional<PickHit> pick(const Ray& ray, const std::function<bool(int)>& pickable) const;

private:
    const Scene& scene_;
    std::vector<Bvh> bvhs_;
};

}  // namespace tpa::core
