// Scene queries: bounds, counts, lookups by id and by knowledge-base muscle.
#include "core/scene.h"

namespace tpa::core {

Aabb Scene::bounds() const {
    Aabb box;
    for (const auto& p : parts) box.expand(p.mesh.bounds());
    return box;
}

std::size_t Scene::triangleCount() const {
    std::size_t n = 0;
    for (const auto& p : parts) n += p.mesh.triangleCount();
    return n;
}

int Scene::findPart(std::string_view id) const {
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (parts[i].id == id) return static_cast<int>(i);
    return -1;
}

std::vector<int> Scene::partsOfMuscle(std::string_view muscleId, Side side) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto& p = parts[i];
        if (p.muscleId == muscleId && (side == Side::Midline || p.side == side || p.side == Side::Midline))
            out.push_back(static_cast<int>(i));
    }
    return out;
}

}  // namespace tpa::core
