// Indexed triangle mesh: the geometry every part, body and atlas element is made of.
#pragma once

#include "core/aabb.h"

#include <cstdint>
#include <glm/glm.hpp>
#include <vector>

namespace tpa::core {

struct Mesh {
    std::vector<glm::vec3> positions;  // millimetres, body frame (see docs/architecture.md)
    std::vector<glm::vec3> normals;    // one per position; empty until computeNormals()
    std::vector<std::uint32_t> indices;  // three per triangle, counter-clockwise = outside

    std::size_t triangleCount() const { return indices.size() / 3; }
    std::size_t vertexCount() const { return positions.size(); }
    Aabb bounds() const;

    // Area-weighted smooth vertex normals; shared vertices give a smooth surface.
    void computeNormals();
    // Appends another mesh, offsetting its indices.
    void append(const Mesh& other);
    // Applies an affine transform to positions (and its normal matrix to normals).
    void transform(const glm::mat4& m);
};

}  // namespace tpa::core
