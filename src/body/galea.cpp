// The galea as a parametric shell on the cranium. Swept as a muscle, one sheet this wide and
// thin folded at its flat rims and the fold repair drew it into a line; three strips a side
// left bone between them. Here every point comes from one smooth map of a rectangle onto the
// vault (angles about the braincase's centre, radially onto the bone, then off it along the
// bone's normal), so the shell cannot fold, and its faces, rim and winding are exact.
#include "body/galea.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <span>
#include <vector>

#include "body/cranial_shell.h"
#include "body/field_probe.h"

namespace tpa::body {
namespace {

constexpr int kRows = 64;  // front to back
constexpr int kCols = 20;  // midline to the temporal line
constexpr float kDeg = std::numbers::pi_v<float> / 180.0f;
constexpr float kAcrossMidline = 1.5f;  // degrees past the midline

// Catmull-Rom through evenly spaced knots over t in [0, 1].
float smoothTable(std::span<const float> knots, float t) {
    const float s = std::clamp(t, 0.0f, 1.0f) * float(knots.size() - 1);
    const int i = std::min(int(s), int(knots.size()) - 2);
    const float f = s - float(i);
    auto at = [&](int j) { return knots[std::size_t(std::clamp(j, 0, int(knots.size()) - 1))]; };
    const float p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    return 0.5f * ((2.0f * p1) + (-p0 + p2) * f + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * f * f +
                   (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * f * f * f);
}

// The outline in degrees about the braincase's centre: alpha runs in the sagittal plane from
// straight forward (0) over the top (90) to straight back (180) and below; beta is the angle
// out of that plane toward the side. Front edge (by beta's fraction of the width) under the
// frontalis' upper border (at about 33 degrees); back edge under the occipitalis' upper border
// (193-225 degrees from medial to lateral) and, at the midline, just above the inion's bump;
// lateral edge (by alpha's fraction of the length) over the temporalis' origin.
constexpr std::array kFront{25.0f, 25.0f, 24.0f, 21.0f, 16.0f};
constexpr std::array kBack{200.0f, 200.0f, 202.0f, 207.0f, 216.0f, 228.0f};
constexpr std::array kLateral{50.0f, 54.0f, 58.0f, 62.0f, 63.0f, 62.0f, 60.0f, 58.0f};

glm::vec3 direction(float alpha, float beta) {
    return {std::sin(beta), -std::cos(beta) * std::cos(alpha), std::cos(beta) * std::sin(alpha)};
}

// Where the ray from c along d leaves the bone (the braincase is star-shaped about c).
glm::vec3 radialHit(const FieldProbe& bone, glm::vec3 c, glm::vec3 d, float k) {
    float lo = 20.0f * k, hi = 200.0f * k;
    for (int i = 0; i < 32; ++i) {
        const float mid = 0.5f * (lo + hi);
        (bone.value(c + d * mid) > 0.0f ? lo : hi) = mid;
    }
    return c + d * (0.5f * (lo + hi));
}

void triangle(core::Mesh& m, std::uint32_t a, std::uint32_t b, std::uint32_t c, glm::vec3 out) {
    const auto& p = m.positions;
    if (glm::dot(glm::cross(p[b] - p[a], p[c] - p[a]), out) < 0.0f) std::swap(b, c);
    m.indices.insert(m.indices.end(), {a, b, c});
}

}  // namespace

core::Mesh galeaHalf(const Rig& rig, const SdfModel& skin, const SdfModel& cranium) {
    const float k = rig.stature() / 1750.0f;
    // The centre of the vault's main ellipsoid (skeleton_axial.cpp).
    const glm::vec3 centre(0.0f, 14.0f * k, rig.stature() - 80.0f * k);
    core::Aabb box;
    box.expand(centre - glm::vec3(110.0f, 130.0f, 100.0f) * k);
    box.expand(centre + glm::vec3(110.0f, 130.0f, 100.0f) * k);
    const FieldProbe bone{cranium, cranium.near(box, 20.0f * k), true};
    const FieldProbe scalp{skin, skin.near(box, 20.0f * k)};
    // Under the scalp where it is thin, the galea lies deeper than the scalp muscles (1.8 mm
    // under the skin), which then cover its ends; along its lateral edge it lies over the
    // temporalis' upper border instead (1.5 mm under the skin, 2 mm higher off the bone).
    const CranialShell under{bone, scalp, 2.0f * k, 0.6f * k, k};
    const CranialShell over{bone, scalp, 1.2f * k, 0.6f * k, k};

    constexpr int kW = kCols + 1;
    core::Mesh mesh;
    mesh.positions.resize(2 * (kRows + 1) * kW);
    auto outer = [&](int i, int j) { return std::uint32_t(i * kW + j); };
    auto inner = [&](int i, int j) { return std::uint32_t((kRows + 1 + i) * kW + j); };
    for (int i = 0; i <= kRows; ++i)
        for (int j = 0; j <= kCols; ++j) {
            const float u = float(i) / kRows, v = float(j) / kCols;
            const float alpha = glm::mix(smoothTable(kFront, v), smoothTable(kBack, v), u);
            const float beta = glm::mix(-kAcrossMidline, smoothTable(kLateral, u), v);
            // Thin and on the bone where it passes under the muscles' thinned borders (the
            // frontalis' about 8 degrees behind the front edge, the occipitalis' 7 in front of
            // the back edge), 2 mm thick 0.3 mm off the bone between.
            const float w = glm::smoothstep(9.0f, 15.0f, alpha - smoothTable(kFront, v)) *
                            glm::smoothstep(7.0f, 12.0f, smoothTable(kBack, v) - alpha);
            // Past the midline it lies a little thinner than its mirror twin.
            const float twin = glm::smoothstep(0.0f, kAcrossMidline, -beta);
            const float lateral = glm::smoothstep(0.7f, 0.95f, v) * w;
            const float gap = (glm::mix(0.0f, 0.3f, w) + 2.0f * lateral) * k;
            const float thick = (glm::mix(0.7f, 2.0f, w) - 0.15f * twin) * k;
            const glm::vec3 s = radialHit(bone, centre, direction(alpha * kDeg, beta * kDeg), k);
            mesh.positions[outer(i, j)] = glm::mix(under.place(s, gap, thick, 1.0f),
                                                   over.place(s, gap, thick, 1.0f), lateral);
            mesh.positions[inner(i, j)] = glm::mix(under.place(s, gap, thick, 0.0f),
                                                   over.place(s, gap, thick, 0.0f), lateral);
        }
    const auto& p = mesh.positions;
    // Faces: outer away from the bone, inner toward it.
    for (int i = 0; i < kRows; ++i)
        for (int j = 0; j < kCols; ++j) {
            const glm::vec3 up = p[outer(i, j)] - p[inner(i, j)];
            triangle(mesh, outer(i, j), outer(i, j + 1), outer(i + 1, j + 1), up);
            triangle(mesh, outer(i, j), outer(i + 1, j + 1), outer(i + 1, j), up);
            triangle(mesh, inner(i, j), inner(i, j + 1), inner(i + 1, j + 1), -up);
            triangle(mesh, inner(i, j), inner(i + 1, j + 1), inner(i + 1, j), -up);
        }
    // The rim: walls between the outer and inner boundary, facing away from the interior.
    auto wall = [&](int i0, int j0, int i1, int j1, int ii, int ji) {
        const glm::vec3 out = p[outer(i0, j0)] - p[outer(ii, ji)];
        triangle(mesh, outer(i0, j0), outer(i1, j1), inner(i1, j1), out);
        triangle(mesh, outer(i0, j0), inner(i1, j1), inner(i0, j0), out);
    };
    for (int i = 0; i < kRows; ++i) {
        wall(i, 0, i + 1, 0, i, 1);
        wall(i, kCols, i + 1, kCols, i, kCols - 1);
    }
    for (int j = 0; j < kCols; ++j) {
        wall(0, j, 0, j + 1, 1, j);
        wall(kRows, j, kRows, j + 1, kRows - 1, j);
    }
    mesh.computeNormals();
    return mesh;
}

}  // namespace tpa::body
