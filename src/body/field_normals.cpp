// Shading normals from the skin field: a fan's slips are separate pieces whose rims sink under
// each other, and each piece's own area-weighted normals bent down toward its rims, so every
// seam between two slips shaded as a hard line across one muscle.
#include "body/field_normals.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "body/mesh_ops.h"
#include "core/bvh.h"

namespace tpa::body {
namespace {

// MuscleSpec::fieldNormals: vertex normals within about 30 degrees of the skin field's gradient
// are the outer face's. The rims' bevels keep their own, so the fan's outline stays drawn (within
// 70 degrees, its lower border faded into the rectus and oblique below it).
constexpr float kFieldNormalFacing = 0.85f;

// MuscleSpec::seamFieldNormals: whether another slip's face lies within `reach` mm under a
// vertex (along `dir`, against the skin field's gradient; with the gradient, over it: a rim
// tucked under its neighbour): that vertex's bevel is a seam inside the fan, not its outline
// (under which lie other parts).
bool nearAnotherSlip(const core::Mesh& mesh, const core::Bvh& bvh,
                     const std::vector<std::uint32_t>& piece, std::size_t vertex, glm::vec3 dir,
                     float reach) {
    // Past the vertex's own corners first, and past each own face met on the way.
    float travelled = 0.05f;
    for (int step = 0; step < 8 && travelled < reach; ++step) {
        const glm::vec3 from = mesh.positions[vertex] + dir * travelled;
        const auto hit = bvh.intersect(mesh, {from, dir}, reach - travelled);
        if (!hit) return false;
        if (piece[mesh.indices[std::size_t(hit->triangle) * 3]] != piece[vertex]) return true;
        travelled += hit->t + 0.05f;
    }
    return false;
}

}  // namespace

// MuscleSpec::fieldNormals: each vertex of the outer face takes the skin field's gradient; the
// rims' bevels and the deep face keep their own. A triangle that would then face against its
// corners' normals (a steep rim where a slip dives onto the arm) gives its corners their own
// back: the renderer takes such a triangle for a fold. With seamReach > 0
// (MuscleSpec::seamFieldNormals), rim vertices over another slip take the gradient too (the
// deep face's own, turned more than 120 degrees from it, keep theirs); a triangle that then
// faces against its corners turns its seam corner nearest the deep face back toward its own
// normal a tenth at a time, so the bevel keeps as much of the gradient as it can.
void takeFieldNormals(core::Mesh& mesh, const SdfModel& skin, float seamReach, bool tucked) {
    const std::vector<glm::vec3> own = mesh.normals;
    const std::vector<std::uint32_t> piece =
        seamReach > 0.0f ? vertexPieces(mesh) : std::vector<std::uint32_t>{};
    const core::Bvh bvh = seamReach > 0.0f ? core::Bvh(mesh) : core::Bvh();
    std::vector<char> seam(mesh.positions.size(), 0);
    // Seam vertices: the gradient taken, and how far back toward their own normal they turned.
    std::vector<glm::vec3> field(mesh.positions.size());
    std::vector<float> back(mesh.positions.size(), 0.0f);
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 g = skin.gradient(mesh.positions[i]);
        if (glm::length(g) < 1e-6f) continue;
        const glm::vec3 out = glm::normalize(g);
        if (glm::dot(mesh.normals[i], out) > kFieldNormalFacing)
            mesh.normals[i] = out;
        else if (seamReach > 0.0f && glm::dot(own[i], out) > -0.5f &&
                 (nearAnotherSlip(mesh, bvh, piece, i, -out, seamReach) ||
                  (tucked && nearAnotherSlip(mesh, bvh, piece, i, out, seamReach)))) {
            mesh.normals[i] = field[i] = out;
            seam[i] = 1;
        }
    }
    const auto& p = mesh.positions;
    const auto& ix = mesh.indices;
    for (bool restored = true; restored;) {
        restored = false;
        for (std::size_t t = 0; t + 2 < ix.size(); t += 3) {
            const glm::vec3 face = glm::cross(p[ix[t + 1]] - p[ix[t]], p[ix[t + 2]] - p[ix[t]]);
            const glm::vec3 side =
                mesh.normals[ix[t]] + mesh.normals[ix[t + 1]] + mesh.normals[ix[t + 2]];
            if (glm::dot(face, side) > 0.0f) continue;
            bool changed = false;
            for (std::size_t c = t; c < t + 3; ++c) {
                if (seam[ix[c]]) continue;
                changed = changed || mesh.normals[ix[c]] != own[ix[c]];
                mesh.normals[ix[c]] = own[ix[c]];
            }
            // All its turned corners on a seam: the one whose own normal turns farthest from
            // the gradient (toward the deep face) turns a tenth of the way back to it.
            std::size_t deepest = ix.size();
            for (std::size_t c = t; c < t + 3; ++c)
                if (!changed && seam[ix[c]] &&
                    (deepest == ix.size() || glm::dot(own[ix[c]], field[ix[c]]) <
                                                 glm::dot(own[ix[deepest]], field[ix[deepest]])))
                    deepest = c;
            if (deepest < ix.size()) {
                const std::uint32_t v = ix[deepest];
                back[v] = std::min(1.0f, back[v] + 0.1f);
                if (back[v] >= 1.0f) seam[v] = 0;
                const glm::vec3 n = glm::mix(field[v], own[v], back[v]);
                mesh.normals[v] = glm::length(n) > 1e-6f ? glm::normalize(n) : own[v];
                if (back[v] >= 1.0f) mesh.normals[v] = own[v];
                changed = true;
            }
            restored = restored || changed;
        }
    }
}

}  // namespace tpa::body
