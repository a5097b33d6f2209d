// Two-level ray pick: part bounds first, then the part's own BVH.
#include "core/scene_picker.h"

#include <limits>

namespace tpa::core {

ScenePicker::ScenePicker(const Scene& scene) : scene_(scene) {
    bvhs_.reserve(scene.parts.size());
    for (const auto& part : scene.parts) bvhs_.emplace_back(part.mesh);
}

std::optional<PickHit> ScenePicker::pick(const Ray& ray,
                                         const std::function<bool(int)>& pickable) const {
    const glm::vec3 invDir = 1.0f / ray.direction;
    std::optional<PickHit> best;
    float bestT = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < bvhs_.size(); ++i) {
        float entry;
        if (!intersectBox(ray.origin, invDir, bvhs_[i].bounds(), bestT, entry)) continue;
        if (!pickable(int(i))) continue;
        const Mesh& mesh = scene_.parts[i].mesh;
        if (auto hit = bvhs_[i].intersect(mesh, ray, bestT)) {
            bestT = hit->t;
            const auto* idx = &mesh.indices[3 * hit->triangle];
            const glm::vec3 a = mesh.positions[idx[0]], b = mesh.positions[idx[1]],
                            c = mesh.positions[idx[2]];
            glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
            if (glm::dot(n, ray.direction) > 0.0f) n = -n;
            best = PickHit{int(i), hit->triangle, hit->t, ray.origin + ray.direction * hit->t, n};
        }
    }
    return best;
}

}  // namespace tpa::core
