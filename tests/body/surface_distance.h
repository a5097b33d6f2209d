// Unsigned distance from a point to a triangle mesh, through a uniform grid of its triangles.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <glm/glm.hpp>

#include "core/mesh.h"

namespace tpa::body::test {

class SurfaceDistance {
public:
    // Triangles are binned by their bounding boxes into cubes of `cell` mm.
    explicit SurfaceDistance(const core::Mesh& mesh, float cell = 12.0f);
    // Exact distance when the nearest triangle lies within `cell` of p; otherwise `cell`
    // (a lower bound), which is enough for "at least N mm away" checks with N < cell.
    float distance(const glm::vec3& p) const;

private:
    std::int64_t key(glm::ivec3 c) const;
    const core::Mesh& mesh_;
    float cell_;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> bins_;
};

// Closest point to p on the triangle abc.
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c);

}  // namespace tpa::body::test
