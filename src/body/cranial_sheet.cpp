// Scalp shells from a smooth map of a rectangle onto the braincase: radially onto the bone,
// then off it along its normal (CranialShell::place). Nothing can fold, so the faces, the rim
// and the winding are exact by construction.
#include "body/cranial_sheet.h"

#include <algorithm>
#include <cmath>

#include "body/cranial_shell.h"
#include "body/muscle_path.h"

namespace tpa::body {
namespace {

void triangle(core::Mesh& m, std::uint32_t a, std::uint32_t b, std::uint32_t c, glm::vec3 out) {
    const auto& p = m.positions;
    if (glm::dot(glm::cross(p[b] - p[a], p[c] - p[a]), out) < 0.0f) std::swap(b, c);
    m.indices.insert(m.indices.end(), {a, b, c});
}

}  // namespace

glm::vec3 vaultCentre(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    return {0.0f, 14.0f * k, rig.stature() - 80.0f * k};
}

glm::vec3 radialHit(const FieldProbe& bone, glm::vec3 centre, glm::vec3 p, float scale) {
    const glm::vec3 d = glm::normalize(p - centre);
    float lo = 20.0f * scale, hi = 200.0f * scale;
    for (int i = 0; i < 32; ++i) {
        const float mid = 0.5f * (lo + hi);
        (bone.value(centre + d * mid) > 0.0f ? lo : hi) = mid;
    }
    return centre + d * (0.5f * (lo + hi));
}

core::Mesh closedSlab(const std::vector<glm::vec3>& outer, const std::vector<glm::vec3>& inner,
                      int rows, int cols) {
    const int w = cols + 1;
    core::Mesh mesh;
    mesh.positions = outer;
    mesh.positions.insert(mesh.positions.end(), inner.begin(), inner.end());
    const auto o = [&](int i, int j) { return std::uint32_t(i * w + j); };
    const auto n = [&](int i, int j) { return std::uint32_t((rows + 1 + i) * w + j); };
    const auto& p = mesh.positions;
    // Faces: outer away from the bone, inner toward it.
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            const glm::vec3 up = p[o(i, j)] - p[n(i, j)];
            triangle(mesh, o(i, j), o(i, j + 1), o(i + 1, j + 1), up);
            triangle(mesh, o(i, j), o(i + 1, j + 1), o(i + 1, j), up);
            triangle(mesh, n(i, j), n(i, j + 1), n(i + 1, j + 1), -up);
            triangle(mesh, n(i, j), n(i + 1, j + 1), n(i + 1, j), -up);
        }
    // The rim: walls between the outer and inner boundary, facing away from the interior.
    auto wall = [&](int i0, int j0, int i1, int j1, int ii, int ji) {
        const glm::vec3 out = p[o(i0, j0)] - p[o(ii, ji)];
        triangle(mesh, o(i0, j0), o(i1, j1), n(i1, j1), out);
        triangle(mesh, o(i0, j0), n(i1, j1), n(i0, j0), out);
    };
    for (int i = 0; i < rows; ++i) {
        wall(i, 0, i + 1, 0, i, 1);
        wall(i, cols, i + 1, cols, i, cols - 1);
    }
    for (int j = 0; j < cols; ++j) {
        wall(0, j, 0, j + 1, 1, j);
        wall(rows, j, rows, j + 1, rows - 1, j);
    }
    mesh.computeNormals();
    return mesh;
}

core::Mesh cranialSheet(const std::vector<glm::vec3>& origin,
                        const std::vector<glm::vec3>& insertion, float gap, float thickness,
                        const Rig& rig, const SdfModel& skin, const SdfModel& cranium,
                        const std::vector<float>& rims, float feather, float insertionGap, int rows,
                        float skinDepth, glm::vec2 skinSpan, const std::vector<float>& rimGaps) {
    const int kRows = rows, kCols = rows * 12 / 7;  // 14 x 24 by default
    constexpr float kRound = 4.0f;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 centre = vaultCentre(rig);
    core::Aabb box;
    for (const auto& q : origin) box.expand(q);
    for (const auto& q : insertion) box.expand(q);
    const FieldProbe bone{cranium, cranium.near(box, 60.0f * k), true};
    const FieldProbe scalp{skin, skin.near(box, 60.0f * k)};
    const CranialShell shell{bone, scalp, 1.5f * k, 0.6f * k, k};
    std::vector<glm::vec3> outer, inner;
    for (int i = 0; i <= kRows; ++i)
        for (int j = 0; j <= kCols; ++j) {
            const float u0 = float(i) / kRows, s0 = 2.0f * float(j) / kCols - 1.0f;
            // The square's rim goes onto a superellipse (|a|^4 + |s|^4 = 1), each point pulled
            // toward the middle along its ray, so the belly has rounded corners rather than a
            // card's square ones.
            const glm::vec2 q(2.0f * u0 - 1.0f, s0);
            const float box = std::max(std::abs(q.x), std::abs(q.y));
            const float round = std::pow(std::pow(std::abs(q.x), kRound) +
                                             std::pow(std::abs(q.y), kRound),
                                         1.0f / kRound);
            const glm::vec2 r = round > 1e-6f ? q * (box / round) : q;
            const float u = 0.5f * (r.x + 1.0f), s = r.y;
            const glm::vec3 m = glm::mix(polyline(origin, s), polyline(insertion, s), u);
            const float edge = 0.5f * (1.0f - box);
            float thick = thickness * (0.7f + 0.3f * glm::smoothstep(0.0f, feather, edge));
            const float toRim[4] = {u0, 1.0f - u0, 0.5f * (1.0f + s0), 0.5f * (1.0f - s0)};
            if (rims.size() == 4) {
                // Each rim thins the sheet to its own fraction over `feather` of the way across.
                thick = thickness;
                for (std::size_t e = 0; e < 4; ++e)
                    thick *= glm::mix(rims[e], 1.0f, glm::smoothstep(0.0f, feather, toRim[e]));
            }
            const float past = glm::smoothstep(0.0f, 1.0f * k, -m.x);
            thick = std::max(thick - 0.4f * k * past, 0.1f * k);
            const glm::vec3 b = radialHit(bone, centre, m, k);
            float off = insertionGap < 0.0f
                            ? gap
                            : glm::mix(gap, insertionGap, glm::smoothstep(0.67f, 1.0f, u));
            if (rimGaps.size() == 4)
                for (std::size_t e = 0; e < 4; ++e)
                    if (rimGaps[e] >= 0.0f)
                        off = glm::mix(rimGaps[e], off, glm::smoothstep(0.0f, feather, toRim[e]));
            if (skinDepth >= 0.0f) {
                // From the unthinned thickness: the outer face still sinks where the sheet thins
                // toward its rims and past the midline.
                const float lifted = -scalp.value(b) - skinDepth - thickness;
                off = glm::mix(off, std::max(off, lifted),
                               glm::smoothstep(skinSpan.x, skinSpan.y, u));
            }
            outer.push_back(shell.place(b, off, thick, 1.0f));
            inner.push_back(shell.place(b, off, thick, 0.0f));
        }
    return closedSlab(outer, inner, kRows, kCols);
}

}  // namespace tpa::body
