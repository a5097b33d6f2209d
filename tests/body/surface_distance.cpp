// Grid-accelerated point-to-mesh distance for the body clearance tests.
#include "surface_distance.h"

#include "anatomy/trigger_point_placement.h"

#include <algorithm>
#include <cmath>

namespace tpa::body::test {

SurfaceDistance::SurfaceDistance(const core::Mesh& mesh, float cell) : mesh_(mesh), cell_(cell) {
    const auto& v = mesh_.positions;
    const auto& ix = mesh_.indices;
    for (std::size_t t = 0; t + 2 < ix.size(); t += 3) {
        const glm::vec3 lo = glm::min(v[ix[t]], glm::min(v[ix[t + 1]], v[ix[t + 2]]));
        const glm::vec3 hi = glm::max(v[ix[t]], glm::max(v[ix[t + 1]], v[ix[t + 2]]));
        const glm::ivec3 c0 = glm::ivec3(glm::floor(lo / cell_)),
                         c1 = glm::ivec3(glm::floor(hi / cell_));
        for (int z = c0.z; z <= c1.z; ++z)
            for (int y = c0.y; y <= c1.y; ++y)
                for (int x = c0.x; x <= c1.x; ++x)
                    bins_[key({x, y, z})].push_back(static_cast<std::uint32_t>(t));
    }
}

std::int64_t SurfaceDistance::key(glm::ivec3 c) const {
    return (static_cast<std::int64_t>(c.x) + 4096) +
           (static_cast<std::int64_t>(c.y) + 4096) * 8192 +
           (static_cast<std::int64_t>(c.z) + 4096) * 8192 * 8192;
}

float SurfaceDistance::distance(const glm::vec3& p) const {
    const glm::ivec3 c = glm::ivec3(glm::floor(p / cell_));
    const auto& v = mesh_.positions;
    const auto& ix = mesh_.indices;
    float best = cell_;
    for (int dz = -1; dz <= 1; ++dz)
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const auto it = bins_.find(key(c + glm::ivec3(dx, dy, dz)));
                if (it == bins_.end()) continue;
                for (std::uint32_t t : it->second) {
                    const glm::vec3 q = anatomy::closestPointOnTriangle(p, v[ix[t]], v[ix[t + 1]], v[ix[t + 2]]);
                    best = std::min(best, glm::length(q - p));
                }
            }
    return best;
}

}  // namespace tpa::body::test
