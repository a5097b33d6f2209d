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

#include "body/cranial_sheet.h"
#include "body/cranial_shell.h"
#include "body/muscle_path.h"

namespace tpa::body {
namespace {

constexpr int kRows = 48;  // front to back
constexpr int kCols = 16;  // midline to the temporal line
constexpr float kDeg = std::numbers::pi_v<float> / 180.0f;
constexpr float kAcrossMidline = 1.5f;  // degrees past the midline

// The outline's knots through a Catmull-Rom curve (evenly spaced over t in [0, 1]).
float smoothTable(std::span<const float> knots, float t) {
    std::vector<glm::vec3> pts;
    for (float k : knots) pts.emplace_back(k, 0.0f, 0.0f);
    return catmullRom(pts, std::clamp(t, 0.0f, 1.0f)).x;
}

// The outline in degrees about the braincase's centre: alpha runs in the sagittal plane from
// straight forward (0) over the top (90) to straight back (180) and below; beta is the angle
// out of that plane toward the side. Front edge (by beta's fraction of the width) under the
// frontalis' upper border (at about 33 degrees); back edge under the occipitalis' upper border
// (193-225 degrees from medial to lateral) and, at the midline, just above the inion's bump;
// lateral edge (by alpha's fraction of the length) over the temporalis' origin.
constexpr std::array kFront{25.0f, 25.0f, 24.0f, 21.0f, 16.0f};
constexpr std::array kBack{230.0f, 224.0f, 214.0f, 206.0f, 211.0f, 226.0f};
// Where across (v) the occipital bellies begin, and how many degrees from the back edge the
// galea thins and is at full thickness under them.
constexpr glm::vec2 kBellyMedial{0.25f, 0.4f};
constexpr glm::vec2 kUnderBelly{2.0f, 5.0f};
constexpr std::array kLateral{50.0f, 54.0f, 58.0f, 62.0f, 63.0f, 62.0f, 60.0f, 58.0f};

glm::vec3 direction(float alpha, float beta) {
    return {std::sin(beta), -std::cos(beta) * std::cos(alpha), std::cos(beta) * std::sin(alpha)};
}

}  // namespace

core::Mesh galeaHalf(const Rig& rig, const SdfModel& skin, const SdfModel& cranium) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 centre = vaultCentre(rig);
    core::Aabb box;
    box.expand(centre - glm::vec3(110.0f, 130.0f, 100.0f) * k);
    box.expand(centre + glm::vec3(110.0f, 130.0f, 100.0f) * k);
    const FieldProbe bone{cranium, cranium.near(box, 20.0f * k), true};
    const FieldProbe scalp{skin, skin.near(box, 20.0f * k)};
    // Under the scalp where it is thin, the galea lies deeper than the scalp muscles (2.3 mm
    // under the skin against their 1.8), which then cover its ends; along its lateral edge it
    // lies over the temporalis' upper border instead (1.5 mm under the skin, 2 mm higher off
    // the bone). Past the midline it lies 0.4 mm deeper than its mirror twin, which shows.
    auto shell = [&](float lateral, float twin) {
        return CranialShell{bone, scalp, (glm::mix(2.0f, 1.2f, lateral) + 0.4f * twin) * k,
                            0.6f * k, k};
    };
    std::vector<glm::vec3> outer, inner;
    for (int i = 0; i <= kRows; ++i)
        for (int j = 0; j <= kCols; ++j) {
            const float u = float(i) / kRows, v = float(j) / kCols;
            const float alpha = glm::mix(smoothTable(kFront, v), smoothTable(kBack, v), u);
            const float beta = glm::mix(-kAcrossMidline, smoothTable(kLateral, u), v);
            // Thin and on the bone where it passes under the muscles' thinned borders (the
            // frontalis' about 8 degrees behind the front edge, the occipitalis' 7 in front of
            // the back edge), 2 mm thick 0.3 mm off the bone between.
            const float front = glm::smoothstep(9.0f, 15.0f, alpha - smoothTable(kFront, v));
            const float toBack = smoothTable(kBack, v) - alpha;
            const float back = glm::smoothstep(7.0f, 12.0f, toBack);
            // Under the occipital bellies it keeps its full thickness nearer its back edge, so
            // their thinned upper borders lie on its face: thinning away under them, it left
            // their borders standing over the bone as a pad's overhanging rim.
            const float under = glm::smoothstep(kBellyMedial.x, kBellyMedial.y, v);
            const float underBack = glm::smoothstep(kUnderBelly.x, kUnderBelly.y, toBack);
            const float w = front * glm::mix(back, underBack, under);
            const float twin = glm::smoothstep(0.0f, kAcrossMidline, -beta);
            // The lift over the temporalis fades toward the back edge as before.
            const float lateral = glm::smoothstep(0.7f, 0.95f, v) * front * back;
            const float gap = (glm::mix(0.0f, 0.3f, w) + 2.0f * lateral) * k;
            const float thick = (glm::mix(0.7f, 2.0f, w) - 0.4f * twin) * k;
            const glm::vec3 s =
                radialHit(bone, centre, centre + direction(alpha * kDeg, beta * kDeg), k);
            const CranialShell placed = shell(lateral, twin);
            outer.push_back(placed.place(s, gap, thick, 1.0f));
            inner.push_back(placed.place(s, gap, thick, 0.0f));
        }
    return closedSlab(outer, inner, kRows, kCols);
}

}  // namespace tpa::body
