// Picks the nearest visible part under a ray: one BVH per part, parts culled by their bounds.
// The BVHs are built when first needed (a pick whose ray meets the part's bounds) or all at
// once by buildAll(), which may run on another thread while picks go on: a first image of a
// large body does not wait for them, and a click never waits for more than it touches.
#pragma once

#include "core/bvh.h"
#include "core/scene.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
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
    // Notes each part's bounds (cheap); no BVH is built yet. The scene must outlive the picker
    // and keep its geometry.
    explicit ScenePicker(const Scene& scene);

    // Nearest hit among parts for which `pickable(partIndex)` is true. Builds the BVHs of the
    // parts it tests that have none yet (waiting if buildAll is building one of them).
    std::optional<PickHit> pick(const Ray& ray, const std::function<bool(int)>& pickable) const;

    // Builds every BVH not built yet, from any thread; returns early once `stop` is requested.
    void buildAll(std::stop_token stop = {}) const;
    std::size_t builtCount() const { return built_.load(); }
    std::size_t partCount() const { return bounds_.size(); }

private:
    // One part's BVH, built at most once whichever thread asks first.
    struct Slot {
        std::once_flag once;
        Bvh bvh;
    };
    const Bvh& bvh(std::size_t part) const;

    const Scene& scene_;
    std::vector<Aabb> bounds_;
    std::unique_ptr<Slot[]> slots_;  // once_flag can neither move nor copy
    mutable std::atomic<std::size_t> built_{0};
};

}  // namespace tpa::core
