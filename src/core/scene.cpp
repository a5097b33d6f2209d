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

Aabb Scene::boundsOfParts(const std::vector<std::string>& ids, std::vector<std::string>& missing) const {
    Aabb box;
    for (const auto& id : ids) {
        int found = 0;
        if (const int i = findPart(id); i >= 0) {
            box.expand(parts[std::size_t(i)].mesh.bounds());
            ++found;
        } else {
            for (const char* suffix : {".left", ".right"})
                if (const int j = findPart(id + suffix); j >= 0) {
                    box.expand(parts[std::size_t(j)].mesh.bounds());
                    ++found;
                }
        }
        if (found == 0) missing.push_back(id);
    }
    return box;
}

}  // namespace tpa::core
