// Fold detection by face versus corner normals, and local Laplacian relaxation to undo folds.
#include "body/mesh_unfold.h"

#include <algorithm>
#include <vector>

namespace tpa::body {
namespace {

// Marks (in `folded`) the triangles that face against their corners' normals; returns how many.
std::size_t findFolds(const core::Mesh& mesh, std::vector<glm::vec3>& faceNormal,
                      std::vector<glm::vec3>& vertexNormal, std::vector<char>& folded) {
    const auto& p = mesh.positions;
    const auto& ix = mesh.indices;
    const std::size_t faces = ix.size() / 3;
    faceNormal.resize(faces);
    vertexNormal.assign(p.size(), glm::vec3(0.0f));
    for (std::size_t f = 0; f < faces; ++f) {
        const auto a = ix[3 * f], b = ix[3 * f + 1], c = ix[3 * f + 2];
        faceNormal[f] = glm::cross(p[b] - p[a], p[c] - p[a]);
        vertexNormal[a] += faceNormal[f];
        vertexNormal[b] += faceNormal[f];
        vertexNormal[c] += faceNormal[f];
    }
    folded.assign(faces, 0);
    std::size_t count = 0;
    for (std::size_t f = 0; f < faces; ++f) {
        // Corner normals are normalised first, so one large neighbour cannot outvote the rest.
        glm::vec3 side(0.0f);
        for (int c = 0; c < 3; ++c) {
            const glm::vec3 n = vertexNormal[ix[3 * f + c]];
            const float len = glm::length(n);
            if (len > 0.0f) side += n / len;
        }
        if (glm::dot(faceNormal[f], side) <= 0.0f) folded[f] = 1, ++count;
    }
    return count;
}

}  // namespace

std::size_t inwardFaceCount(const core::Mesh& mesh) {
    std::vector<glm::vec3> faceNormal, vertexNormal;
    std::vector<char> folded;
    return findFolds(mesh, faceNormal, vertexNormal, folded);
}

std::size_t unfold(core::Mesh& mesh, int maxIterations,
                   const std::function<glm::vec3(const glm::vec3&)>& keep) {
    std::vector<glm::vec3> faceNormal, vertexNormal;
    std::vector<char> folded;
    std::size_t count = findFolds(mesh, faceNormal, vertexNormal, folded);
    if (count == 0) return 0;
    auto& p = mesh.positions;
    const auto& ix = mesh.indices;
    // Neighbour lists (each neighbour once per shared triangle side; weights stay uniform).
    std::vector<std::vector<std::uint32_t>> ring(p.size());
    for (std::size_t t = 0; t + 2 < ix.size(); t += 3)
        for (int c = 0; c < 3; ++c) {
            ring[ix[t + c]].push_back(ix[t + (c + 1) % 3]);
            ring[ix[t + c]].push_back(ix[t + (c + 2) % 3]);
        }
    std::vector<char> moving(p.size());
    std::vector<glm::vec3> next;
    for (int it = 0; it < maxIterations && count > 0; ++it) {
        std::fill(moving.begin(), moving.end(), 0);
        for (std::size_t f = 0; f < folded.size(); ++f)
            if (folded[f])
                for (int c = 0; c < 3; ++c) moving[ix[3 * f + c]] = 1;
        // A fold that resists its own corners is relaxed over a growing neighbourhood.
        for (int grow = 0; grow < it / 8; ++grow) {
            std::vector<char> wider = moving;
            for (std::size_t v = 0; v < p.size(); ++v)
                if (moving[v])
                    for (auto w : ring[v]) wider[w] = 1;
            moving.swap(wider);
        }
        next = p;
        for (std::size_t v = 0; v < p.size(); ++v) {
            if (!moving[v] || ring[v].empty()) continue;
            glm::vec3 avg(0.0f);
            for (auto w : ring[v]) avg += p[w];
            avg /= float(ring[v].size());
            if (keep) avg = keep(avg);
            if (p[v].x == 0.0f) avg.x = 0.0f;
            next[v] = avg;
        }
        p.swap(next);
        count = findFolds(mesh, faceNormal, vertexNormal, folded);
    }
    return count;
}

}  // namespace tpa::body
