// Directed edges packed into 64-bit keys and sorted: a closed consistent surface has each
// key once and its reverse once. Sorting keeps it fast enough for the atlas's 1.9M triangles.
#include "core/mesh_topology.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tpa::core {
namespace {

std::uint64_t key(std::uint32_t a, std::uint32_t b) { return std::uint64_t(a) << 32 | b; }

std::string edgeText(std::uint64_t k) {
    return std::to_string(k >> 32) + "-" + std::to_string(k & 0xffffffffu);
}

double signedVolume(const Mesh& mesh) {
    double volume = 0.0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[t]]);
        const glm::dvec3 b(mesh.positions[mesh.indices[t + 1]]);
        const glm::dvec3 c(mesh.positions[mesh.indices[t + 2]]);
        volume += glm::dot(a, glm::cross(b, c));
    }
    return volume / 6.0;
}

}  // namespace

std::string closedOutwardProblem(const Mesh& mesh, bool requireManifold) {
    if (mesh.indices.empty() || mesh.indices.size() % 3 != 0) return "no triangles";
    for (const std::uint32_t i : mesh.indices)
        if (i >= mesh.positions.size()) return "index " + std::to_string(i) + " out of range";
    std::vector<std::uint64_t> edges;
    edges.reserve(mesh.indices.size());
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int e = 0; e < 3; ++e) {
            const std::uint32_t a = mesh.indices[t + e], b = mesh.indices[t + (e + 1) % 3];
            if (a == b) return "degenerate triangle " + std::to_string(t / 3);
            edges.push_back(key(a, b));
        }
    std::sort(edges.begin(), edges.end());
    if (const auto twice = std::adjacent_find(edges.begin(), edges.end()); requireManifold && twice != edges.end())
        return "edge " + edgeText(*twice) + " used twice in one direction";
    for (const std::uint64_t k : edges)
        if (!std::binary_search(edges.begin(), edges.end(), key(std::uint32_t(k), std::uint32_t(k >> 32))))
            return "edge " + edgeText(k) + " has no opposite (open or inconsistently wound)";
    if (signedVolume(mesh) <= 0.0) return "wound inward (negative enclosed volume)";
    return {};
}

}  // namespace tpa::core
