// Smoothing, simplification, mirroring and hashing of generated meshes.
#include "body/mesh_ops.h"

#include <algorithm>
#include <cstring>

namespace tpa::body {
namespace {

// Compressed neighbour lists (each undirected edge once per endpoint).
struct Adjacency {
    std::vector<std::uint32_t> offsets, neighbours;
};

// Each triangle corner contributes its next and previous vertex; on a closed manifold every
// neighbour then appears exactly twice, which weights all neighbours equally, as wanted.
Adjacency buildAdjacency(const core::Mesh& mesh) {
    const std::size_t n = mesh.positions.size();
    Adjacency adj;
    adj.offsets.assign(n + 1, 0);
    for (auto v : mesh.indices) adj.offsets[v + 1] += 2;
    for (std::size_t i = 0; i < n; ++i) adj.offsets[i + 1] += adj.offsets[i];
    adj.neighbours.resize(adj.offsets[n]);
    std::vector<std::uint32_t> fill(adj.offsets.begin(), adj.offsets.end() - 1);
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        for (int c = 0; c < 3; ++c) {
            const std::uint32_t v = mesh.indices[t + c];
            adj.neighbours[fill[v]++] = mesh.indices[t + (c + 1) % 3];
            adj.neighbours[fill[v]++] = mesh.indices[t + (c + 2) % 3];
        }
    return adj;
}

void laplacianStep(core::Mesh& mesh, const Adjacency& adj, float factor,
                   std::vector<glm::vec3>& tmp) {
    const std::size_t n = mesh.positions.size();
    tmp = mesh.positions;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t b = adj.offsets[i], e = adj.offsets[i + 1];
        if (b == e) continue;
        glm::vec3 avg(0.0f);
        for (std::uint32_t k = b; k < e; ++k) avg += tmp[adj.neighbours[k]];
        avg /= float(e - b);
        glm::vec3 p = tmp[i] + factor * (avg - tmp[i]);
        if (tmp[i].x == 0.0f) p.x = 0.0f;
        mesh.positions[i] = p;
    }
}

}  // namespace

void taubinSmooth(core::Mesh& mesh, int iterations, float lambda, float mu) {
    const Adjacency adj = buildAdjacency(mesh);
    std::vector<glm::vec3> tmp;
    for (int i = 0; i < iterations; ++i) {
        laplacianStep(mesh, adj, lambda, tmp);
        laplacianStep(mesh, adj, mu, tmp);
    }
}

void mirrorWeld(core::Mesh& half) {
    const std::size_t n = half.positions.size();
    std::vector<std::uint32_t> twin(n);
    for (std::size_t i = 0; i < n; ++i) {
        const glm::vec3 p = half.positions[i];
        if (p.x == 0.0f) {
            twin[i] = static_cast<std::uint32_t>(i);
        } else {
            twin[i] = static_cast<std::uint32_t>(half.positions.size());
            half.positions.emplace_back(-p.x, p.y, p.z);
        }
    }
    const std::size_t triangles = half.indices.size();
    for (std::size_t t = 0; t < triangles; t += 3) {
        const std::uint32_t a = twin[half.indices[t]], b = twin[half.indices[t + 1]],
                            c = twin[half.indices[t + 2]];
        half.indices.insert(half.indices.end(), {a, c, b});
    }
    half.normals.clear();
}

core::Mesh mirrored(const core::Mesh& mesh) {
    core::Mesh m = mesh;
    for (auto& p : m.positions) p.x = -p.x;
    for (auto& n : m.normals) n.x = -n.x;
    for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
        std::swap(m.indices[t + 1], m.indices[t + 2]);
    return m;
}

double signedVolume(const core::Mesh& mesh) {
    double volume = 0.0;
    const auto& p = mesh.positions;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        volume += glm::dot(p[mesh.indices[t]],
                           glm::cross(p[mesh.indices[t + 1]], p[mesh.indices[t + 2]]));
    return volume / 6.0;
}

void orientOutward(core::Mesh& mesh) {
    if (signedVolume(mesh) < 0.0)
        for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
            std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
}

std::vector<std::uint32_t> vertexPieces(const core::Mesh& mesh) {
    std::vector<std::uint32_t> root(mesh.positions.size());
    for (std::uint32_t i = 0; i < root.size(); ++i) root[i] = i;
    auto find = [&](std::uint32_t v) {
        while (root[v] != v) v = root[v] = root[root[v]];
        return v;
    };
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        for (std::size_t c = t + 1; c < t + 3; ++c)
            root[find(mesh.indices[c])] = find(mesh.indices[t]);
    for (std::uint32_t i = 0; i < root.size(); ++i) root[i] = find(i);
    return root;
}

std::uint64_t meshHash(const core::Mesh& mesh) {
    std::uint64_t h = 1469598103934665603ull;
    auto feed = [&](const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) h = (h ^ bytes[i]) * 1099511628211ull;
    };
    if (!mesh.positions.empty())
        feed(mesh.positions.data(), mesh.positions.size() * sizeof(glm::vec3));
    if (!mesh.indices.empty())
        feed(mesh.indices.data(), mesh.indices.size() * sizeof(std::uint32_t));
    return h;
}

}  // namespace tpa::body
