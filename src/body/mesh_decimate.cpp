// Edge-collapse decimation with the link condition and a normal-deviation limit.
#include "body/mesh_decimate.h"

#include <algorithm>
#include <array>

namespace tpa::body {
namespace {

using Tri = std::array<std::uint32_t, 3>;

struct Decimator {
    std::vector<glm::vec3>& pos;
    std::vector<Tri> tris;
    std::vector<bool> triAlive, vertAlive, locked;
    std::vector<std::vector<std::uint32_t>> vtris;

    explicit Decimator(core::Mesh& mesh) : pos(mesh.positions) {
        const std::size_t n = pos.size();
        vtris.resize(n);
        for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
            const Tri tri{mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
            for (auto v : tri) vtris[v].push_back(static_cast<std::uint32_t>(tris.size()));
            tris.push_back(tri);
        }
        triAlive.assign(tris.size(), true);
        vertAlive.assign(n, true);
        locked.assign(n, false);
        for (std::size_t v = 0; v < n; ++v)
            if (pos[v].x == 0.0f) {
                locked[v] = true;
                for (auto t : vtris[v])
                    for (auto w : tris[t]) locked[w] = true;
            }
    }

    // Sorted one-ring of v, written into out (reused buffers avoid allocations).
    void neighbours(std::uint32_t v, std::vector<std::uint32_t>& out) const {
        out.clear();
        for (auto t : vtris[v])
            for (auto w : tris[t])
                if (w != v) out.push_back(w);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }

    std::vector<std::uint32_t> na, nb, common;

    static glm::vec3 normal(const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
        return glm::cross(b - a, c - a);
    }

    // Would moving the triangles around v (those not on the edge to `other`) to p stay sound?
    bool keepsShape(std::uint32_t v, std::uint32_t other, const glm::vec3& p, float minDot) const {
        for (auto t : vtris[v]) {
            const Tri& tri = tris[t];
            if (tri[0] == other || tri[1] == other || tri[2] == other) continue;
            std::array<glm::vec3, 3> q{pos[tri[0]], pos[tri[1]], pos[tri[2]]};
            const glm::vec3 before = normal(q[0], q[1], q[2]);
            for (int i = 0; i < 3; ++i)
                if (tri[i] == v) q[i] = p;
            const glm::vec3 after = normal(q[0], q[1], q[2]);
            const float lb = glm::length(before), la = glm::length(after);
            if (la < 1e-6f || lb < 1e-9f) return false;
            if (glm::dot(before, after) < minDot * la * lb) return false;
        }
        return true;
    }

    bool collapse(std::uint32_t a, std::uint32_t b, float maxEdge, float minDot) {
        if (locked[a] || locked[b]) return false;
        neighbours(a, na);
        neighbours(b, nb);
        common.clear();
        std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(),
                              std::back_inserter(common));
        if (common.size() != 2) return false;  // link condition: only the two wing vertices
        const glm::vec3 p = 0.5f * (pos[a] + pos[b]);
        for (auto w : na)
            if (w != b && glm::length(pos[w] - p) > 1.6f * maxEdge) return false;
        for (auto w : nb)
            if (w != a && glm::length(pos[w] - p) > 1.6f * maxEdge) return false;
        if (!keepsShape(a, b, p, minDot) || !keepsShape(b, a, p, minDot)) return false;
        for (auto t : vtris[b]) {
            Tri& tri = tris[t];
            if (tri[0] == a || tri[1] == a || tri[2] == a) {
                triAlive[t] = false;
                for (auto w : tri) {
                    if (w == b) continue;
                    auto& list = vtris[w];
                    list.erase(std::remove(list.begin(), list.end(), t), list.end());
                }
                continue;
            }
            for (auto& w : tri)
                if (w == b) w = a;
            vtris[a].push_back(t);
        }
        vtris[b].clear();
        vertAlive[b] = false;
        pos[a] = p;
        return true;
    }
};

}  // namespace

void decimate(core::Mesh& mesh, float maxEdgeMm, float minNormalDot) {
    Decimator d(mesh);
    // Shortest-first, approximately: sweeps with a rising length limit (cheaper than a heap).
    for (const float fraction : {0.3f, 0.45f, 0.6f, 0.75f, 0.9f, 1.0f}) {
        const float limit = fraction * maxEdgeMm;
        for (std::size_t t = 0; t < d.tris.size(); ++t) {
            if (!d.triAlive[t]) continue;
            const Tri tri = d.tris[t];
            int shortest = -1;
            float best = limit;
            for (int e = 0; e < 3; ++e) {
                const float len = glm::length(d.pos[tri[e]] - d.pos[tri[(e + 1) % 3]]);
                if (len < best) best = len, shortest = e;
            }
            if (shortest >= 0)
                d.collapse(tri[shortest], tri[(shortest + 1) % 3], maxEdgeMm, minNormalDot);
        }
    }
    // Compact: keep live triangles, renumber live vertices in first-use order.
    std::vector<std::uint32_t> remap(d.pos.size(), ~0u);
    std::vector<glm::vec3> positions;
    std::vector<std::uint32_t> indices;
    for (std::size_t t = 0; t < d.tris.size(); ++t) {
        if (!d.triAlive[t]) continue;
        for (auto v : d.tris[t]) {
            if (remap[v] == ~0u) {
                remap[v] = static_cast<std::uint32_t>(positions.size());
                positions.push_back(d.pos[v]);
            }
            indices.push_back(remap[v]);
        }
    }
    mesh.positions = std::move(positions);
    mesh.indices = std::move(indices);
    mesh.normals.clear();
}

}  // namespace tpa::body
