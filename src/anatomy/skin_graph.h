// The edge graph of a skin mesh with coincident vertices welded, for distances over the
// surface (Dijkstra along mesh edges: an approximate geodesic, a few per cent long).
#pragma once

#include <cstdint>
#include <glm/glm.hpp>
#include <limits>
#include <span>
#include <vector>

#include "core/mesh.h"

namespace tpa::anatomy {

class SkinGraph {
public:
    static constexpr float kUnreached = std::numeric_limits<float>::infinity();

    SkinGraph() = default;
    explicit SkinGraph(const core::Mesh& mesh);

    std::size_t vertexCount() const { return node_.size(); }
    std::size_t nodeCount() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
    // The welded node of a mesh vertex (vertices at the same position share one).
    std::uint32_t node(std::size_t vertex) const { return node_[vertex]; }
    // One third of the area of the triangles around each vertex (mm^2), per mesh vertex.
    const std::vector<float>& vertexAreas() const { return areas_; }

    // The mesh vertex nearest to p (brute force; -1 for an empty mesh).
    int nearestVertex(glm::vec3 p) const;

    // Multi-source Dijkstra: `distance` holds, per node, the start distance of sources (0 for
    // a plain source) and kUnreached elsewhere; on return, the distance along edges from the
    // nearest source, up to maxMm (nodes farther stay kUnreached). `label`, when not empty,
    // carries each source's label to the nodes it reaches first.
    void spread(std::vector<float>& distance, std::vector<int>& label, float maxMm) const;

    // Per mesh vertex: edge distance (mm) from the vertex nearest `from`, kUnreached beyond
    // maxMm or where the surface is not connected.
    std::vector<float> distancesFrom(glm::vec3 from, float maxMm = kUnreached) const;
    // The same from several points at once: per vertex the distance to the nearest of them
    // (one Dijkstra, not one per point).
    std::vector<float> distancesFrom(std::span<const glm::vec3> from,
                                     float maxMm = kUnreached) const;

private:
    std::vector<std::uint32_t> node_;       // per vertex
    std::vector<glm::vec3> positions_;      // per vertex
    std::vector<std::uint32_t> offsets_;    // CSR per node
    std::vector<std::uint32_t> neighbors_;  // node ids
    std::vector<float> lengths_;            // edge lengths, parallel to neighbors_
    std::vector<float> areas_;
};

}  // namespace tpa::anatomy
