// Mesh helpers: bounds, smooth normals, concatenation, transforms.
#include "core/mesh.h"

namespace tpa::core {

Aabb Mesh::bounds() const {
    Aabb box;
    for (const auto& p : positions) box.expand(p);
    return box;
}

void Mesh::computeNormals() {
    normals.assign(positions.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const auto a = indices[t], b = indices[t + 1], c = indices[t + 2];
        // Unnormalised cross product weights each face by its area.
        const glm::vec3 n = glm::cross(positions[b] - positions[a], positions[c] - positions[a]);
        normals[a] += n;
        normals[b] += n;
        normals[c] += n;
    }
    for (auto& n : normals) {
        const float len = glm::length(n);
        n = len > 0.0f ? n / len : glm::vec3(0.0f, 0.0f, 1.0f);
    }
}

void Mesh::append(const Mesh& other) {
    const auto base = static_cast<std::uint32_t>(positions.size());
    positions.insert(positions.end(), other.positions.begin(), other.positions.end());
    if (!other.normals.empty() || !normals.empty()) {
        normals.resize(base, glm::vec3(0.0f, 0.0f, 1.0f));
        if (other.normals.size() == other.positions.size())
            normals.insert(normals.end(), other.normals.begin(), other.normals.end());
        else
            normals.resize(positions.size(), glm::vec3(0.0f, 0.0f, 1.0f));
    }
    indices.reserve(indices.size() + other.indices.size());
    for (auto i : other.indices) indices.push_back(base + i);
}

void Mesh::transform(const glm::mat4& m) {
    const glm::mat3 nm = glm::transpose(glm::inverse(glm::mat3(m)));
    for (auto& p : positions) p = glm::vec3(m * glm::vec4(p, 1.0f));
    for (auto& n : normals) {
        const glm::vec3 t = nm * n;
        const float len = glm::length(t);
        n = len > 0.0f ? t / len : n;
    }
}

}  // namespace tpa::core
