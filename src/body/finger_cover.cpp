// The fingers' and the thumb's covers as shells cast out from each digit's axis (see
// finger_cover.h).
#include "body/finger_cover.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <span>
#include <vector>

#include "body/cranial_sheet.h"
#include "body/hand_layout.h"
#include "body/skeleton.h"

namespace tpa::body {
namespace {

// Rows from the knuckle to the tip's centre (about 8 mm apart on the middle finger), rows round
// the tip, columns across the half.
constexpr int kAlong = 13, kCap = 6, kAcross = 9;
constexpr int kRows = kAlong + kCap;
// Each half spans this far either side of the middle of its face (degrees): 15 degrees past
// the sides, so the halves overlap there.
constexpr float kHalfSpanDeg = 105.0f;
// How far round the tip the shell reaches (degrees from the axis' normal plane); the last
// rows close in on the axis, where a ring would collapse.
constexpr float kCapDeg = 84.0f;

// One digit: its axis from over the knuckle to the centre of its rounded tip, the direction
// its palmar face looks, and (mm, unscaled) how far from the axis the cover may lie at most
// (at the knuckle the skin runs out onto the palm and the web), and how much deeper than the
// others it lies (the thumb's skin is cut furthest inside its field).
struct Digit {
    glm::vec3 from, tip, palmar;
    float reach;
    float extraDepth = 0.0f;  // mm deeper than the layer's depth
};

// A half shell's layout (mm): how deep under the skin field its outer face lies along the
// finger and round the tip, and how thick it is at most.
struct ShellLayout {
    float depth, tipDepth, thickness;
};

// Distance along the ray from p in direction d to where `field` turns positive (first crossing;
// 0 if p is already outside, `far` if it never does within that).
float exitDistance(const SdfModel& field, std::span<const int> subset, glm::vec3 p, glm::vec3 d,
                   float step, float far) {
    if (field.evaluate(p, subset) >= 0.0f) return 0.0f;
    float lo = 0.0f, hi = -1.0f;
    for (float t = step; t <= far; t += step) {
        if (field.evaluate(p + d * t, subset) >= 0.0f) {
            hi = t;
            break;
        }
        lo = t;
    }
    if (hi < 0.0f) return far;
    for (int i = 0; i < 16; ++i) {
        const float m = 0.5f * (lo + hi);
        (field.evaluate(p + d * m, subset) >= 0.0f ? hi : lo) = m;
    }
    return 0.5f * (lo + hi);
}

// The half shell over one face of a digit, appended to `out` as one closed piece.
void halfShell(core::Mesh& out, const Digit& digit, bool dorsal, const ShellLayout& layer,
               const SdfModel& skin, const SdfModel& bone, float k) {
    const glm::vec3 axis = glm::normalize(digit.tip - digit.from);
    const glm::vec3 face = dorsal ? -digit.palmar : digit.palmar;
    const glm::vec3 side = glm::normalize(glm::cross(axis, face));
    core::Aabb box;
    box.expand(digit.from);
    box.expand(digit.tip);
    const std::vector<int> nearSkin = skin.near(box, 30.0f * k),
                           nearBone = bone.near(box, 30.0f * k);
    constexpr float kPi = std::numbers::pi_v<float>;
    const float span = glm::radians(kHalfSpanDeg), cap = glm::radians(kCapDeg);
    core::Mesh piece;
    piece.positions.resize(2 * kRows * kAcross);
    auto index = [](int layerIndex, int row, int col) {
        return static_cast<std::uint32_t>((layerIndex * kRows + row) * kAcross + col);
    };
    for (int r = 0; r < kRows; ++r) {
        // Along the axis, then round the tip about its centre.
        const float u = std::min(1.0f, float(r) / float(kAlong - 1));
        const float phi = r < kAlong ? 0.0f : cap * float(r - kAlong + 1) / float(kCap);
        const glm::vec3 centre = glm::mix(digit.from, digit.tip, u);
        // Deeper round the tip, where the decimated skin cuts furthest inside its field, and at
        // the proximal end, which tucks under the palm's tendons instead of standing as a rim.
        const float depth =
            digit.extraDepth +
            glm::mix(layer.depth, layer.tipDepth,
                     glm::smoothstep(float(kAlong - 3), float(kAlong + 1), float(r))) +
            1.0f * (1.0f - glm::smoothstep(0.0f, 2.0f, float(r)));
        // Thin at the proximal end, so it ends in a rounded lip rather than a square wall.
        const float lip = 0.35f + 0.65f * glm::smoothstep(0.0f, 3.0f, float(r));
        for (int c = 0; c < kAcross; ++c) {
            const float s = 2.0f * float(c) / float(kAcross - 1) - 1.0f;
            const float theta = s * span;
            const glm::vec3 radial = std::cos(theta) * face + std::sin(theta) * side;
            const glm::vec3 dir = std::cos(phi) * radial + std::sin(phi) * axis;
            const float toSkin = exitDistance(skin, nearSkin, centre, dir, 0.5f * k, 40.0f * k);
            // The bone as meshed: its field, pressed 4 mm under the skin.
            const float toBone =
                std::min(exitDistance(bone, nearBone, centre, dir, 0.25f * k, 20.0f * k),
                         toSkin - kBoneClearanceMm * k);
            const float outer = std::min(toSkin, digit.reach * k) - depth * k;
            // Thinner toward the rims (a feathered edge where the halves overlap).
            const float rim = 0.3f + 0.7f * std::sqrt(std::max(0.0f, std::cos(0.5f * kPi * s)));
            float inner = outer - layer.thickness * k * rim * lip;
            // Clear of the bone where there is room; never thinner than 0.4 mm.
            inner = std::min(std::max(inner, toBone + 0.4f * k), outer - 0.4f * k);
            piece.positions[index(1, r, c)] = centre + dir * outer;
            piece.positions[index(0, r, c)] = centre + dir * std::max(inner, 0.2f * k);
        }
    }
    const auto half = static_cast<std::ptrdiff_t>(kRows * kAcross);
    const std::vector<glm::vec3> inner(piece.positions.begin(), piece.positions.begin() + half),
        outerFace(piece.positions.begin() + half, piece.positions.end());
    out.append(closedSlab(outerFace, inner, kRows - 1, kAcross - 1));
}

// Palm forward: the fingers' palmar faces look to the front (-y); the thumb is turned a
// quarter round from them, its pad looking medially (and a little forward), its nail
// laterally, so from the front it shows its side: pad and nail both half seen.
std::vector<Digit> digits(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    std::vector<Digit> out;
    for (const FingerRay& ray : fingerRays(rig)) {
        const glm::vec3 front =
            glm::normalize(glm::vec3(0, -1, 0) - ray.dir * glm::dot(ray.dir, glm::vec3(0, -1, 0)));
        // From over the metacarpal head (where the palmar aponeurosis' slips and the extensor
        // tendons end) to the centre of the fingertip's round end (as the skin draws it).
        out.push_back({ray.knuckle - ray.dir * (9.0f * k),
                       ray.knuckle + ray.dir * (ray.length - ray.tipRadius), front,
                       ray.knuckleRadius / k + 0.5f});
    }
    const auto thumb = thumbChain(rig);
    const glm::vec3 tip = thumb[2];
    const glm::vec3 dir = glm::normalize(tip - thumb[1]);
    const glm::vec3 pad = glm::normalize(glm::vec3(-1.0f, -0.1f, 0.0f));
    // From its metacarpophalangeal joint (the thenar muscles cover the metacarpal; started
    // 4 mm higher, over the joint's bone, its first rows folded).
    out.push_back({thumb[1] - dir * (1.0f * k), tip, glm::normalize(pad - dir * glm::dot(dir, pad)),
                   11.5f, 0.6f});
    return out;
}

const SdfModel& handBone(const std::vector<BoneShape>& bones) {
    for (const BoneShape& b : bones)
        if (b.id == "hand") return b.field;
    return bones.front().field;
}

}  // namespace

FingerCovers fingerCovers(const Rig& rig, const SdfModel& skin) {
    const float k = rig.stature() / 1750.0f;
    const std::vector<BoneShape> bones = limbBones(rig);
    const SdfModel& bone = handBone(bones);
    FingerCovers covers;
    // The sheath's outer face 2.8 mm under the skin field along the finger, 3 mm round the tip
    // (the decimated skin cuts up to 2.5 mm inside it along the fingers, 2.6 round the tip: at
    // 1.4 mm the covers showed through as dots), the expansion's 0.3 mm deeper, so where the
    // halves overlap along the sides the sheath lies outside; the bone lies 4 mm under the
    // field. About 1.5 mm thick on fingers 21 mm across.
    for (const Digit& d : digits(rig)) {
        halfShell(covers.sheaths, d, false, {2.8f, 3.0f, 1.6f}, skin, bone, k);
        halfShell(covers.expansions, d, true, {3.1f, 3.3f, 1.3f}, skin, bone, k);
    }
    covers.sheaths.computeNormals();
    covers.expansions.computeNormals();
    return covers;
}

}  // namespace tpa::body
