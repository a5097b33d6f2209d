// Skin edge graph: vertex welding by exact position, CSR adjacency, Dijkstra with a heap.
#include "anatomy/skin_graph.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>
#include <tuple>
#include <utility>

namespace tpa::anatomy {

SkinGraph::SkinGraph(const core::Mesh& mesh) : positions_(mesh.positions) {
    // Atlas skins split vertices along normal and UV seams; welding keeps the graph connected.
    const std::size_t n = mesh.positions.size();
    node_.resize(n);
    std::map<std::tuple<float, float, float>, std::uint32_t> seen;
    std::uint32_t nodes = 0;
    for (std::size_t v = 0; v < n; ++v) {
        const glm::vec3 p = mesh.positions[v];
        auto [it, inserted] = seen.try_emplace({p.x, p.y, p.z}, nodes);
        if (inserted) ++nodes;
        node_[v] = it->second;
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(mesh.indices.size() * 2);
    areas_.assign(n, 0.0f);
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
        const float area = 0.5f * glm::length(glm::cross(mesh.positions[v[1]] - mesh.positions[v[0]],
                                                         mesh.positions[v[2]] - mesh.positions[v[0]]));
        for (int k = 0; k < 3; ++k) {
            areas_[v[k]] += area / 3.0f;
            const std::uint32_t a = node_[v[k]], b = node_[v[(k + 1) % 3]];
            if (a == b) continue;
            edges.emplace_back(a, b);
            edges.emplace_back(b, a);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    // A representative position per node, for edge lengths.
    std::vector<glm::vec3> nodePos(nodes);
    for (std::size_t v = 0; v < n; ++v) nodePos[node_[v]] = mesh.positions[v];
    offsets_.assign(nodes + 1, 0);
    for (const auto& e : edges) ++offsets_[e.first + 1];
    for (std::size_t i = 0; i < nodes; ++i) offsets_[i + 1] += offsets_[i];
    neighbors_.reserve(edges.size());
    lengths_.reserve(edges.size());
    for (const auto& [a, b] : edges) {
        neighbors_.push_back(b);
        lengths_.push_back(glm::length(nodePos[a] - nodePos[b]));
    }
}

int SkinGraph::nearestVertex(glm::vec3 p) const {
    int best = -1;
    float bestD2 = std::numeric_limits<float>::max();
    for (std::size_t v = 0; v < positions_.size(); ++v) {
        const glm::vec3 d = positions_[v] - p;
        const float d2 = glm::dot(d, d);
        if (d2 < bestD2) {
            bestD2 = d2;
            best = static_cast<int>(v);
        }
    }
    return best;
}

void SkinGraph::spread(std::vector<float>& distance, std::vector<int>& label, float maxMm) const {
    using Item = std::pair<float, std::uint32_t>;
    std::vector<Item> heapStore;
    for (std::uint32_t i = 0; i < distance.size(); ++i)
        if (distance[i] <= maxMm) heapStore.emplace_back(distance[i], i);
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap(std::greater<>{},
                                                                       std::move(heapStore));
    const bool labelled = !label.empty();
    while (!heap.empty()) {
        const auto [d, u] = heap.top();
        heap.pop();
        if (d > distance[u]) continue;
        for (std::uint32_t e = offsets_[u]; e < offsets_[u + 1]; ++e) {
            const std::uint32_t w = neighbors_[e];
            const float nd = d + lengths_[e];
            if (nd >= distance[w] || nd > maxMm) continue;
            distance[w] = nd;
            if (labelled) label[w] = label[u];
            heap.emplace(nd, w);
        }
    }
}

std::vector<float> SkinGraph::distancesFrom(glm::vec3 from, float maxMm) const {
    std::vector<float> out(vertexCount(), kUnreached);
    const int start = nearestVertex(from);
    if (start < 0) return out;
    std::vector<float> dist(nodeCount(), kUnreached);
    std::vector<int> noLabel;
    dist[node_[static_cast<std::size_t>(start)]] = 0.0f;
    spread(dist, noLabel, maxMm);
    for (std::size_t v = 0; v < out.size(); ++v) out[v] = dist[node_[v]];
    return out;
}

}  // namespace tpa::anatomy
