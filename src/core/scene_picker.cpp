// Two-level ray pick: part bounds first, then the part's own BVH (built on first use).
#include "core/scene_picker.h"

#include <limits>

namespace tpa::core {

ScenePicker::ScenePicker(const Scene& scene) : scene_(scene), slots_(new Slot[scene.parts.size()]) {
    bounds_.reserve(scene.parts.size());
    for (const auto& part : scene.parts) {
        // The BVH's own bounds cover the triangles' corners; the vertices' bounds contain them,
        // so culling by these never drops a hit.
        bounds_.push_back(part.mesh.bounds());
    }
}

const Bvh& ScenePicker::bvh(std::size_t part) const {
    Slot& slot = slots_[part];
    std::call_once(slot.once, [&] {
        slot.bvh = Bvh(scene_.parts[part].mesh);
        ++built_;
    });
    return slot.bvh;
}

void ScenePicker::buildAll(std::stop_token stop) const {
    for (std::size_t i = 0; i < bounds_.size() && !stop.stop_requested(); ++i) bvh(i);
}

std::optional<PickHit> ScenePicker::pick(const Ray& ray, const std::function<bool(int)>& pickable) const {
    const glm::vec3 invDir = 1.0f / ray.direction;
    std::optional<PickHit> best;
    float bestT = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < bounds_.size(); ++i) {
        float entry;
        if (bounds_[i].empty() || !intersectBox(ray.origin, invDir, bounds_[i], bestT, entry)) continue;
        if (!pickable(int(i))) continue;
        const Mesh& mesh = scene_.parts[i].mesh;
        if (auto hit = bvh(i).intersect(mesh, ray, bestT)) {
            bestT = hit->t;
            const auto* idx = &mesh.indices[3 * hit->triangle];
            const glm::vec3 a = mesh.positions[idx[0]], b = mesh.positions[idx[1]], c = mesh.positions[idx[2]];
            glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
            if (glm::dot(n, ray.direction) > 0.0f) n = -n;
            best = PickHit{int(i), hit->triangle, hit->t, ray.origin + ray.direction * hit->t, n};
        }
    }
    return best;
}

}  // namespace tpa::core
