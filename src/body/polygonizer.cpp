// Sparse marching tetrahedra with shared edge vertices and per-block primitive culling.
#include "body/polygonizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <thread>
#include <unordered_map>

namespace tpa::body {
namespace {

constexpr int kBlock = 4;  // cells per block edge
// The six tetrahedra of a cube, as chains of corner bit masks (x = 1, y = 2, z = 4).
constexpr std::array<std::array<int, 4>, 6> kTets{
    {{0, 1, 3, 7}, {0, 3, 2, 7}, {0, 2, 6, 7}, {0, 6, 4, 7}, {0, 4, 5, 7}, {0, 5, 1, 7}}};

struct Builder {
    glm::vec3 origin;
    float cell;
    glm::ivec3 points;  // grid points per axis
    core::Mesh mesh;
    std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex;

    std::uint64_t pointId(glm::ivec3 g) const {
        return static_cast<std::uint64_t>(g.x) +
               static_cast<std::uint64_t>(points.x) *
                   (static_cast<std::uint64_t>(g.y) +
                    static_cast<std::uint64_t>(points.y) * static_cast<std::uint64_t>(g.z));
    }
    glm::vec3 position(glm::ivec3 g) const { return origin + glm::vec3(g) * cell; }

    // Vertex on the edge between corners ci (inside) and co (outside) of the cube at g.
    std::uint32_t vertex(glm::ivec3 g, int ci, int co, float vi, float vo) {
        const int lo = (ci & co) == ci ? ci : co;
        const int hi = lo == ci ? co : ci;
        const glm::ivec3 gl = g + glm::ivec3(lo & 1, (lo >> 1) & 1, (lo >> 2) & 1);
        const std::uint64_t key = pointId(gl) * 8u + static_cast<std::uint64_t>(hi ^ lo);
        auto [it, inserted] = edgeVertex.try_emplace(key, 0u);
        if (inserted) {
            const glm::ivec3 gi = g + glm::ivec3(ci & 1, (ci >> 1) & 1, (ci >> 2) & 1);
            const glm::ivec3 go = g + glm::ivec3(co & 1, (co >> 1) & 1, (co >> 2) & 1);
            // Clamped so no vertex lands on a grid point: triangles never degenerate.
            const float t = std::clamp(vi / (vi - vo), 0.02f, 0.98f);
            it->second = static_cast<std::uint32_t>(mesh.positions.size());
            mesh.positions.push_back(glm::mix(position(gi), position(go), t));
        }
        return it->second;
    }

    void triangle(std::uint32_t a, std::uint32_t b, std::uint32_t c, const glm::vec3& outward) {
        const auto& p = mesh.positions;
        const glm::vec3 n = glm::cross(p[b] - p[a], p[c] - p[a]);
        if (glm::dot(n, outward) < 0.0f) std::swap(b, c);
        mesh.indices.insert(mesh.indices.end(), {a, b, c});
    }

    void tetra(glm::ivec3 g, const std::array<int, 4>& tet, const float* v) {
        std::array<int, 4> in{}, out{};
        int nIn = 0, nOut = 0;
        for (int c : tet) (v[c] < 0.0f ? in[nIn++] : out[nOut++]) = c;
        if (nIn == 0 || nOut == 0) return;
        auto corner = [&](int c) {
            return position(g + glm::ivec3(c & 1, (c >> 1) & 1, (c >> 2) & 1));
        };
        glm::vec3 ci(0.0f), co(0.0f);
        for (int i = 0; i < nIn; ++i) ci += corner(in[i]) / float(nIn);
        for (int i = 0; i < nOut; ++i) co += corner(out[i]) / float(nOut);
        const glm::vec3 outward = co - ci;
        auto vx = [&](int i, int o) { return vertex(g, i, o, v[i], v[o]); };
        if (nIn == 1) {
            triangle(vx(in[0], out[0]), vx(in[0], out[1]), vx(in[0], out[2]), outward);
        } else if (nIn == 3) {
            triangle(vx(in[0], out[0]), vx(in[1], out[0]), vx(in[2], out[0]), outward);
        } else {
            const std::uint32_t a = vx(in[0], out[0]), b = vx(in[0], out[1]);
            const std::uint32_t c = vx(in[1], out[1]), d = vx(in[1], out[0]);
            triangle(a, b, c, outward);
            triangle(a, c, d, outward);
        }
    }
};

// Meshes the blocks of z-layers [bz0, bz1) into b.
void meshBlocks(Builder& b, const SdfModel& field, glm::ivec3 cells, int bz0, int bz1) {
    const glm::ivec3 blocks = (cells + kBlock - 1) / kBlock;
    const float blockRadius = 0.5f * std::sqrt(3.0f) * kBlock * b.cell;
    constexpr int kSide = kBlock + 1;
    std::vector<float> values(kSide * kSide * kSide);
    for (int bz = bz0; bz < bz1; ++bz)
        for (int by = 0; by < blocks.y; ++by)
            for (int bx = 0; bx < blocks.x; ++bx) {
                const glm::ivec3 g0 = glm::ivec3(bx, by, bz) * kBlock;
                core::Aabb box;
                box.expand(b.position(g0));
                box.expand(b.position(g0 + kBlock));
                const auto subset = field.near(box, 3.0f * blockRadius);
                if (subset.empty()) continue;
                // A conservative bound, so no block the surface passes through is skipped.
                if (std::abs(field.bound(box.center(), subset)) > blockRadius + 0.5f * b.cell)
                    continue;
                for (int k = 0; k < kSide; ++k)
                    for (int j = 0; j < kSide; ++j)
                        for (int i = 0; i < kSide; ++i)
                            values[(k * kSide + j) * kSide + i] =
                                field.evaluate(b.position(g0 + glm::ivec3(i, j, k)), subset);
                for (int k = 0; k < kBlock && g0.z + k < cells.z; ++k)
                    for (int j = 0; j < kBlock && g0.y + j < cells.y; ++j)
                        for (int i = 0; i < kBlock && g0.x + i < cells.x; ++i) {
                            float v[8];
                            for (int c = 0; c < 8; ++c)
                                v[c] = values[((k + ((c >> 2) & 1)) * kSide + j + ((c >> 1) & 1)) *
                                                  kSide +
                                              i + (c & 1)];
                            bool anyIn = false, anyOut = false;
                            for (float x : v) (x < 0.0f ? anyIn : anyOut) = true;
                            if (!anyIn || !anyOut) continue;
                            for (const auto& tet : kTets) b.tetra(g0 + glm::ivec3(i, j, k), tet, v);
                        }
            }
}

}  // namespace

core::Mesh polygonize(const SdfModel& field, const core::Aabb& region, float cell, int slabs) {
    const glm::ivec3 cells = glm::ivec3(glm::ceil(region.size() / cell));
    const int blocksZ = (cells.z + kBlock - 1) / kBlock;
    slabs = std::clamp(slabs, 1, std::max(1, blocksZ));
    std::vector<Builder> parts(static_cast<std::size_t>(slabs));
    for (auto& b : parts) {
        b.origin = region.min;
        b.cell = cell;
        b.points = cells + 1;
    }
    auto range = [&](int s) { return blocksZ * s / slabs; };
    {
        std::vector<std::thread> workers;
        for (int s = 1; s < slabs; ++s)
            workers.emplace_back(
                [&, s] { meshBlocks(parts[std::size_t(s)], field, cells, range(s), range(s + 1)); });
        meshBlocks(parts[0], field, cells, range(0), range(1));
        for (auto& w : workers) w.join();
    }
    if (slabs == 1) return std::move(parts[0].mesh);
    // Merge in slab order. A vertex on the plane between two slabs was made by both from the
    // same grid edge; the lower slab's copy is kept, exactly as a single pass visiting the
    // lower blocks first would have done, so the mesh does not depend on the slab count.
    core::Mesh out;
    std::unordered_map<std::uint64_t, std::uint32_t> global;
    for (auto& part : parts) {
        std::vector<std::uint64_t> keyOf(part.mesh.positions.size());
        for (const auto& [key, index] : part.edgeVertex) keyOf[index] = key;
        std::vector<std::uint32_t> remap(keyOf.size());
        for (std::size_t v = 0; v < keyOf.size(); ++v) {
            auto [it, inserted] =
                global.try_emplace(keyOf[v], static_cast<std::uint32_t>(out.positions.size()));
            if (inserted) out.positions.push_back(part.mesh.positions[v]);
            remap[v] = it->second;
        }
        for (auto i : part.mesh.indices) out.indices.push_back(remap[i]);
    }
    return out;
}

}  // namespace tpa::body
