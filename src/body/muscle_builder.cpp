// Sweeps each muscle from its origin line to its insertion line and presses it under the skin.
#include "body/muscle_builder.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <vector>

#include "body/cranial_sheet.h"
#include "body/cranial_shell.h"
#include "body/field_normals.h"
#include "body/field_probe.h"
#include "body/mesh_ops.h"
#include "body/mesh_unfold.h"
#include "body/muscle_path.h"
#include "body/muscle_pieces.h"
#include "body/muscle_sweep.h"
#include "body/section_depth.h"
#include "body/sheet_section.h"
#include "body/skeleton.h"
#include "body/surface_fit.h"

namespace tpa::body {
namespace {

// Cross-sections from origin to insertion: one every kRingSpacing mm of the centre line, at
// least kMinRings, at most kMaxRings. A fixed 24 gave a 4 cm hand muscle the gluteus maximus'
// rings (a millimetre and a half apart): 219 of the 294 parts took 796 triangles whatever
// their size.
constexpr int kMaxRings = 24;
constexpr int kMinRings = 12;
constexpr float kRingSpacing = 4.0f;  // mm for the 1750 mm body
// A belly enclosing less than this (mm^3) has been flattened by the fit.
constexpr double kMinVolume = 100.0;
constexpr int kAround = 16;  // vertices around each cross-section
// A ring whose faces would leave the skin is narrowed step by step, then pressed deeper.
constexpr float kShrink = 0.85f;  // width factor per narrowing step
constexpr int kMaxShrink = 8;     // narrowing steps (down to about a quarter of the width)
constexpr int kMaxSink = 14;      // further steps, each 1 mm deeper
// No vertex closer to the skin than this (mm), whatever the shape and placement: the ends of
// free-placed and multi-headed muscles can otherwise touch it and show through.
constexpr float kMinDepth = 1.5f;
// Edge and face midpoints must stay this far under the skin (mm), or the ring is narrowed.
constexpr float kFaceMargin = 1.0f;
// Thinnest shell laid on the skull (mm) where the muscle itself is thicker: thinner, the
// noise of projecting its two faces folds it.
constexpr float kMinShell = 1.5f;
// Tendinous intersections: how far the outer face dips (mm; the costal cartilages lie 4 mm
// under the skin, so a deeper groove bares them).
constexpr float kIntersectionDip = 3.0f;

struct Profile {
    float thickness;  // fraction of the belly thickness
    float width;      // fraction of the extra belly width
};

Profile profile(MuscleShape shape, float u) {
    const float b = std::max(0.0f, std::sin(std::numbers::pi_v<float> * u));
    switch (shape) {
        case MuscleShape::Fan:
            return {0.45f + 0.55f * std::pow(b, 0.6f), std::pow(b, 0.8f)};
        case MuscleShape::Fusiform:
            return {0.14f + 0.86f * std::pow(b, 0.8f), 0.15f + 0.85f * std::pow(b, 0.8f)};
        case MuscleShape::Pennate: {
            const float c = std::max(0.0f, std::sin(std::numbers::pi_v<float> * std::pow(u, 0.7f)));
            return {0.15f + 0.85f * std::pow(c, 0.7f), 0.2f + 0.8f * std::pow(c, 0.7f)};
        }
        case MuscleShape::Sheet:
            return {0.6f + 0.4f * b, 0.7f + 0.3f * b};
        case MuscleShape::Strap:
            return {0.5f + 0.5f * std::pow(b, 0.3f), 0.6f + 0.4f * std::pow(b, 0.3f)};
        case MuscleShape::Column:
            return {0.5f + 0.5f * std::pow(b, 0.4f), 0.5f + 0.5f * std::pow(b, 0.4f)};
        case MuscleShape::SmallDeep:
            return {0.35f + 0.65f * std::pow(b, 0.5f), 0.35f + 0.65f * std::pow(b, 0.5f)};
        case MuscleShape::Digit: {
            // Tapers by a fifth to the tip and rounds off like a finger's end over its last
            // 22 %, wide enough there to hold the phalanx' rounded end 2 mm behind it (never to
            // nothing: the end cap would fold; ended at 0.3 after 15 % it read as a blunt stump).
            const float r = std::clamp((u - 0.78f) / 0.22f, 0.0f, 1.0f);
            const float f = (1.0f - 0.2f * u) * (0.15f + 0.85f * std::sqrt(1.0f - r * r));
            return {f, f};
        }
    }
    return {1.0f, 1.0f};
}

// True when the middle of an edge or face of the ring (around it, to the previous ring, or to
// the end cap's centre) lies outside the skin or within kFaceMargin of it: the faces there
// would show through it.
bool bridgesOut(const FieldProbe& probe, const std::array<glm::vec3, kAround>& ring,
                const glm::vec3* prev, bool end) {
    glm::vec3 centre(0.0f);
    for (const auto& p : ring) centre += p / float(kAround);
    auto out = [&](glm::vec3 p) { return probe.value(p) > -kFaceMargin; };
    for (int a = 0; a < kAround; ++a) {
        const int b = (a + 1) % kAround;
        if (out(0.5f * (ring[a] + ring[b]))) return true;
        if (end && out((centre + ring[a] + ring[b]) / 3.0f)) return true;
        if (!prev) continue;
        if (out(0.5f * (ring[a] + prev[a])) || out(0.5f * (ring[b] + prev[a])) ||
            out((prev[a] + ring[a] + ring[b]) / 3.0f) || out((prev[a] + ring[b] + prev[b]) / 3.0f))
            return true;
        // Long faces across a fold (trunk to arm behind the shoulder) can rise out of the skin
        // between those points: also try a point nearer each corner of both triangles.
        for (const auto& [p, q, r] : {std::array<glm::vec3, 3>{prev[a], ring[a], ring[b]},
                                      std::array<glm::vec3, 3>{prev[a], ring[b], prev[b]}})
            if (out(0.5f * p + 0.25f * (q + r)) || out(0.5f * q + 0.25f * (p + r)) ||
                out(0.5f * r + 0.25f * (p + q)))
                return true;
    }
    return false;
}

std::vector<glm::vec3> resolveAll(const Rig& rig, const std::vector<Anchor>& anchors) {
    std::vector<glm::vec3> out;
    for (const auto& a : anchors) out.push_back(resolveAnchor(rig, a));
    return out;
}

int ringCount(const MuscleSpec& spec, const std::vector<glm::vec3>& path, float k) {
    if (spec.rings > 0) return spec.rings;
    // Tendinous intersections need their groove's three rings plus even spans between; shells
    // on the cranium are shaped ring by ring against the bone and thin out at their rims.
    if (!spec.intersections.empty() || spec.onCranium) return kMaxRings;
    float length = 0.0f;
    constexpr int kSteps = 32;
    for (int i = 0; i < kSteps; ++i)
        length += glm::distance(catmullRom(path, float(i) / kSteps),
                                catmullRom(path, float(i + 1) / kSteps));
    const int rings = static_cast<int>(std::ceil(length / (kRingSpacing * k)));
    return std::clamp(rings, kMinRings, kMaxRings);
}

void closeTube(core::Mesh& mesh, int rings) {
    auto idx = [](int ring, int k) {
        return static_cast<std::uint32_t>(ring * kAround + (k % kAround));
    };
    for (int r = 0; r < rings; ++r)
        for (int k = 0; k < kAround; ++k)
            mesh.indices.insert(mesh.indices.end(), {idx(r, k), idx(r + 1, k), idx(r + 1, k + 1),
                                                     idx(r, k), idx(r + 1, k + 1), idx(r, k + 1)});
    // Each end is zipped shut across its thickness: corner a meets corner kAround - a, which
    // lies at the same place across the width. Unlike a fan to a centre point, whose faces
    // tilt over when the end ring is curved, the strip stays as flat as the end of the belly.
    for (int end = 0; end < 2; ++end) {
        const int ring = end == 0 ? 0 : rings;
        auto face = [&](int a, int b, int c) {
            if (end == 0)
                mesh.indices.insert(mesh.indices.end(), {idx(ring, a), idx(ring, b), idx(ring, c)});
            else
                mesh.indices.insert(mesh.indices.end(), {idx(ring, a), idx(ring, c), idx(ring, b)});
        };
        constexpr int kHalf = kAround / 2;
        face(0, 1, kAround - 1);
        for (int a = 1; a + 1 < kHalf; ++a) {
            face(a, a + 1, kAround - a - 1);
            face(a, kAround - a - 1, kAround - a);
        }
        face(kHalf - 1, kHalf, kHalf + 1);
    }
    orientOutward(mesh);
}

// A corner whose straight placement lies well under its level (from a slip's chord through the
// chest) is carried outward from the trunk's long axis to about that level first: projected from
// deep inside, it lands on whichever surface is nearest (the side of the chest under the armpit)
// and its slip turns edge-on to the front.
glm::vec3 liftedCorner(const FieldProbe& probe, glm::vec3 p, float level, float k) {
    const glm::vec3 out = trunkOutward(p);
    for (int i = 0; i < 200 && probe.value(p) < level - 2.0f * k; ++i) p += out * k;
    return p;
}

// A point carried straight in along `normal` until it lies `over` mm above the bone (at most
// three steps); where it is already that close, or inside, it stays.
glm::vec3 settledOn(const FieldProbe& bone, glm::vec3 p, glm::vec3 normal, float over, float k) {
    for (int step = 0; step < 3; ++step) {
        const float height = -bone.value(p);
        if (height <= over + 0.1f * k) break;
        p -= normal * (height - over);
    }
    return p;
}

}  // namespace

float originDiveShare(float s, std::size_t anchors) {
    const float t = 0.5f * (s + 1.0f) * float(std::max<std::size_t>(anchors, 1) - 1);
    return std::clamp((1.75f - t) / 0.75f, 0.0f, 1.0f);
}

glm::vec3 resolveAnchor(const Rig& rig, const Anchor& anchor) {
    const std::string_view text = anchor.point;
    const auto dots = text.find("..");
    const float k = rig.stature() / 1750.0f;
    if (dots == std::string_view::npos) return rig.at(text) + anchor.offset * k;
    const auto colon = text.find(':', dots);
    if (colon == std::string_view::npos)
        throw std::out_of_range("resolveAnchor: missing ':t' in '" + std::string(text) + "'");
    float t = 0.5f;
    std::from_chars(text.data() + colon + 1, text.data() + text.size(), t);
    const glm::vec3 a = rig.at(text.substr(0, dots)),
                    b = rig.at(text.substr(dots + 2, colon - dots - 2));
    return glm::mix(a, b, t) + anchor.offset * k;
}

core::Mesh sweepBelly(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float width, float depthBias, int sinkFirst, glm::vec2 originDive) {
    const float k = rig.stature() / 1750.0f;
    std::vector<glm::vec3> path{polyline(origin, 0.0f)};
    for (const auto& v : via) path.push_back(v);
    path.push_back(polyline(insertion, 0.0f));
    const bool free = spec.depth0 < 0.0f;
    core::Aabb box;
    for (const auto& p : origin) box.expand(p);
    for (const auto& p : insertion) box.expand(p);
    for (const auto& p : path) box.expand(p);
    box.min.x = std::max(0.0f, box.min.x);
    const SdfModel& base = spec.onCranium ? cranium : skin;
    const FieldProbe probe{base, free ? std::vector<int>{} : base.near(box, 60.0f * k),
                           spec.onCranium};
    const FieldProbe scalp{skin, spec.onCranium ? skin.near(box, 60.0f * k) : std::vector<int>{}};
    const CranialShell shell{probe, scalp, kMinDepth * k, kMinShell * k, k};
    const bool settles = !spec.onCranium && !free && spec.settlesOnCranium < 1.0f;
    const FieldProbe bone{cranium, settles ? cranium.near(box, 60.0f * k) : std::vector<int>{},
                          true};
    const bool onJaw = !spec.jawProfile.empty();
    const SdfModel jaw = onJaw ? mandibleField(rig, skin) : SdfModel{};
    const FieldProbe jawBone{jaw, onJaw ? jaw.near(box, 60.0f * k) : std::vector<int>{}, true};
    const glm::vec3 spreadO = polyline(origin, 1.0f) - polyline(origin, -1.0f);
    const glm::vec3 spreadI = polyline(insertion, 1.0f) - polyline(insertion, -1.0f);
    // Each ring's frame first; then how far each ring must be narrowed or sunk (its level).
    struct Frame {
        float u;
        glm::vec3 c, across, normal;
        float thick, halfWidth, depth;
        float spread;      // fraction of the anchor lines' spread this ring takes
        float inward;      // +1 where +across points toward the middle of the course, else -1
        float sinkOut;     // mm the feathered section's outer rim sinks by (featherSink)
        float sinkSloped;  // mm its face sinks by across the width (featherSinkSpan)
        float dip;         // mm its outer face dips by at a tendinous intersection
    };
    glm::vec3 middle(0.0f);
    for (const auto& p : path) middle += p / float(path.size());
    std::vector<Frame> frames;
    const int ringsAlong = ringCount(spec, path, k);
    const auto positions = ringPositions(spec.intersections, ringsAlong);
    // pathBend: the centre line carried aside over the stretch pathBendProfile gives.
    const bool bends = spec.pathBend != glm::vec3(0.0f) && !spec.pathBendProfile.empty();
    auto centre = [&](float u) {
        const glm::vec3 c = catmullRom(path, u);
        return bends ? c + spec.pathBend * (k * sampledProfile(spec.pathBendProfile, u)) : c;
    };
    for (int r = 0; r <= ringsAlong; ++r) {
        const float u = positions[static_cast<std::size_t>(r)];
        const glm::vec3 c = centre(u);
        const glm::vec3 tangent = glm::normalize(centre(std::min(u + 0.02f, 1.0f)) -
                                                 centre(std::max(u - 0.02f, 0.0f)));
        glm::vec3 normal = free ? glm::vec3(0.0f) : probe.gradient(c, probe.value(c));
        const glm::vec3 spread = glm::mix(spreadO, spreadI, u);
        glm::vec3 across = glm::length(spread) > 1.0f ? spread : glm::vec3(1.0f, 0.0f, 0.0f);
        if (!free) across = glm::cross(tangent, normal);
        if (glm::length(glm::cross(across, tangent)) < 1e-3f) across = glm::vec3(0.0f, 1.0f, 0.0f);
        across = glm::normalize(across - tangent * glm::dot(across, tangent));
        if (glm::dot(across, spread) < 0.0f) across = -across;
        // Where the spread turns square to the skin its sign says little (keepsSide).
        if (spec.keepsSide && !frames.empty() && glm::dot(across, frames.back().across) < 0.0f)
            across = -across;
        if (free) normal = glm::normalize(glm::cross(across, tangent));
        Profile prof = profile(spec.shape, u);
        if (!spec.widthProfile.empty()) prof.width = sampledProfile(spec.widthProfile, u);
        if (!spec.thicknessProfile.empty())
            prof.thickness = sampledProfile(spec.thicknessProfile, u);
        const float thin = spec.onCranium ? cranialThinning(spec.shape, u) : 1.0f;
        float dip = intersectionDip(spec.intersections, u);
        const float thick = spec.thickness * k * (prof.thickness * thin);
        dip = std::min(dip * kIntersectionDip * k, 0.5f * thick);
        const float share =
            spec.spreadProfile.empty() ? 1.0f : sampledProfile(spec.spreadProfile, u);
        const float extra =
            spec.depthProfile.empty() ? 0.0f : sampledProfile(spec.depthProfile, u) * k;
        frames.push_back({u, c, across, normal, thick - dip, 0.5f * width * k * prof.width,
                          glm::mix(spec.depth0, spec.depth1, u) * k + depthBias + dip + extra,
                          share, glm::dot(across, middle - c) >= 0.0f ? 1.0f : -1.0f,
                          outwardSink(spec, c - middle) * k, slopedSink(spec, c - middle) * k,
                          dip});
    }
    // Level i first sinks the ring 1 mm a step up to sinkFirst, then narrows it by kShrink a
    // step up to kMaxShrink, then sinks it further.
    const int maxLevel = sinkFirst + kMaxShrink + kMaxSink;
    auto ring = [&](const Frame& f, int level, bool bevel) {
        const int narrow = std::clamp(level - sinkFirst, 0, kMaxShrink);
        const float scale = std::pow(kShrink, float(narrow)) *
                            (spec.onCranium ? cranialCornerScale(spec.shape, f.u) : 1.0f);
        const float sink = float(level - narrow) * k;
        const float span =
            f.halfWidth + 0.5f * f.spread * glm::length(glm::mix(spreadO, spreadI, f.u));
        const float ratio = span / std::max(0.5f * f.thick, 0.1f * k);
        const float flat = std::clamp((ratio - 1.5f) / 3.0f, 0.0f, 0.8f);
        std::array<glm::vec3, kAround> out;
        for (int a = 0; a < kAround; ++a) {
            const float theta = 2.0f * std::numbers::pi_v<float> * float(a) / float(kAround);
            // On a flat section, vertices spread evenly across the width rather than crowding
            // at the rims, where corners a fraction of a millimetre apart would fold.
            constexpr float kPi = std::numbers::pi_v<float>;
            const float even = 1.0f - 2.0f * std::abs(std::remainder(theta, 2.0f * kPi)) / kPi;
            float s = bevel                       ? sheetAcross(a, kAround, std::cos(theta))
                      : spec.featherAcross > 0.0f ? even
                                                  : glm::mix(std::cos(theta), even, flat);
            // lastRimRoll: the bevel's corner by the last rim in the middle of the roll.
            const float rollWidth = spec.lastRimRoll * k;
            if (bevel && rollWidth > 0.0f && s > 0.9f && s < 1.0f)
                s = std::max(0.8f, 1.0f - 0.5f * rollWidth / std::max(span, rollWidth));
            const float rollIn =
                rollWidth > 0.0f && s > 0.0f
                    ? std::clamp(1.0f - (1.0f - s) * span / rollWidth, 0.0f, 1.0f)
                    : 0.0f;
            // Faded in from the origin, where the hamstrings' tops pass under the border.
            const float roll = spec.lastRimRollDrop * k * glm::smoothstep(0.0f, 0.3f, f.u) *
                               (1.0f - std::sqrt(std::max(0.0f, 1.0f - rollIn * rollIn)));
            const float root = std::sqrt(std::max(0.0f, 1.0f - s * s));
            const float sn = std::copysign(
                spec.rimThinning > 0.0f ? std::pow(root, 1.0f + spec.rimThinning) : root,
                std::sin(theta));
            const glm::vec3 anchors =
                (1.0f - f.u) * (polyline(origin, s) - polyline(origin, 0.0f)) +
                f.u * (polyline(insertion, s) - polyline(insertion, 0.0f));
            glm::vec3 m = f.c + scale * (f.spread * anchors + f.across * (s * f.halfWidth));
            // originRimReach: the first anchor's corner carried out at the origin.
            if (spec.originRimReach != glm::vec3(0.0f))
                m += spec.originRimReach *
                     (k * std::max(0.0f, -s) * (1.0f - glm::smoothstep(0.0f, 0.16f, f.u)));
            if (spec.onCranium) {
                // Past leavesCranium the belly lifts off the bone into its free course, on the
                // same side of its centre line (f.normal points into the bone here).
                const float off = glm::smoothstep(spec.leavesCranium,
                                                  std::min(1.0f, spec.leavesCranium + 0.3f), f.u);
                // Scalp sheets thin toward their rims like a lens rather than an ellipse, so
                // their edges blend into the bone instead of standing as a wall.
                const float lens =
                    spec.shape == MuscleShape::Sheet ? sn * std::sqrt(std::abs(sn)) : sn;
                // Slips of one smooth sheet (the temporalis) take its flat section, their outer
                // faces (sn < 0 here, away from the bone) at one level where they overlap and
                // their rims under the neighbour's face: one fan rather than rounded bundles
                // (rims 1.5 mm down: at 0.5 their thickness varying slip to slip left them
                // poking through the neighbour's face in saw-toothed lines).
                const float across = spec.sheetOverlap > 0.0f
                                         ? 1.0f - sheetBelowFace(f.thick, -sn, 3.0f * k) / f.thick
                                         : 0.5f * (1.0f - lens);
                out[a] = shell.place(m, f.depth, f.thick, across);
                if (off > 0.0f)
                    out[a] = glm::mix(out[a], m - f.normal * (f.thick * 0.5f * (1.0f - sn)), off);
                continue;
            }
            // lastRimFeather: thinner toward the last anchors' rim, and sunk there.
            const float taper = spec.lastRimFeather > 0.0f
                                    ? glm::smoothstep(1.0f - spec.lastRimFeather, 1.0f, s)
                                    : 0.0f;
            // intersectionRimKeep: the groove's dip given back toward the rims.
            const float kept =
                spec.intersectionRimKeep > 0.0f
                    ? f.dip * glm::smoothstep(1.0f - spec.intersectionRimKeep, 1.0f, std::abs(s))
                    : 0.0f;
            const float thickAt = f.thick + kept;
            const float thickHere = taper > 0.0f ? thickAt * (1.0f - 0.95f * taper) : thickAt;
            const float rimSink = taper > 0.0f ? spec.lastRimSink * k * taper * taper *
                                                     (1.0f - glm::smoothstep(0.5f, 0.9f, f.u))
                                               : 0.0f;
            const float below =
                rimSink + roll +
                (spec.sheetOverlap > 0.0f
                     ? sheetBelowFace(thickHere, sn, k) +
                           (s > 0.0f && spec.sheetRimSinkLast >= 0.0f ? spec.sheetRimSinkLast
                                                                      : spec.sheetRimSink) *
                               k *
                               sheetRimShare(s, f.u, spec.sheetRimSides,
                                             spec.sheetRimSinkFromOrigin)
                 : spec.featherAcross > 0.0f
                     ? featheredBelowFace(f.thick, s * f.inward, sn, spec.featherAcross, f.sinkOut,
                                          f.sinkSloped, spec.featherSinkSpan)
                 : spec.rimThinning > 0.0f ? lensBelowFace(thickHere, sn, spec.rimThinning)
                                           : 0.5f * thickHere * (1.0f - sn));
            const float rim = spec.depthAcross >= 0.0f ? std::max(0.0f, -s) : std::max(0.0f, s);
            const float along = spec.depthAcrossProfile.empty()
                                    ? f.u
                                    : sampledProfile(spec.depthAcrossProfile, f.u);
            const float tilt = rim * along * std::abs(spec.depthAcross) * k;
            const float dive = glm::mix(originDive.x, originDive.y, 0.5f * (s + 1.0f)) * k *
                               (1.0f - glm::smoothstep(0.0f, 0.25f, f.u));
            const float level = -(f.depth - kept) - sink - below - tilt - dive;
            out[a] = free ? m + f.normal * (0.5f * f.thick * sn)
                          : probe.project(spec.liftCorners ? liftedCorner(probe, m, level, k) : m,
                                          level);
            if (settles) {
                // Its deep face onto the bone (a fifth of a millimetre over it), so its outer face
                // stays under those of the scalp muscles laid on the bone where they overlap.
                // Carried straight in along the ring's normal, not along the bone's: so its
                // borders keep their place seen from the side (along the bone's normal the front
                // border drew back 4 mm and bared the bone behind the ear).
                const float w = glm::smoothstep(spec.settlesOnCranium, 1.0f, f.u);
                if (w > 0.0f)
                    out[a] = glm::mix(
                        out[a], settledOn(bone, out[a], f.normal, f.thick - below + 0.2f * k, k),
                        w);
            }
            if (onJaw) {
                // The same onto the mandible (jawProfile), its deep face 0.2 mm over the bone.
                const float w = sampledProfile(spec.jawProfile, f.u);
                if (w > 0.0f)
                    out[a] = glm::mix(
                        out[a], settledOn(jawBone, out[a], f.normal, f.thick - below + 0.2f * k, k),
                        w);
            }
        }
        return out;
    };
    // A wide ring can land partly on the trunk and partly on the arm (or across any fold): its
    // vertices are under the skin but the faces between them bridge the gap outside. Such a
    // ring is narrowed until every edge to its neighbours and the previous ring stays in; where
    // the centre line itself crosses a crease, narrowing is not enough: it is sunk.
    const bool fitted = !free && !spec.onCranium;
    std::vector<std::array<glm::vec3, kAround>> rings(frames.size());
    std::vector<int> levels(frames.size(), 0);
    auto fit = [&](std::size_t r, int level) {
        const glm::vec3* prev = r > 0 ? rings[r - 1].data() : nullptr;
        const bool end = r == 0 || r + 1 == frames.size();
        bool bevel = spec.sheetOverlap > 0.0f;
        rings[r] = ring(frames[r], level, bevel);
        // A sheet's ring that does not fit with its corners placed by sheetAcross is first
        // tried with them placed as usual (its wider spacing can bridge a crease out of the skin).
        while (fitted && level < maxLevel && bridgesOut(probe, rings[r], prev, end)) {
            if (bevel)
                bevel = false;
            else
                ++level;
            rings[r] = ring(frames[r], level, bevel);
        }
        levels[r] = level;
    };
    for (std::size_t r = 0; r < frames.size(); ++r) fit(r, 0);
    // Rings fitted one by one change width and depth in steps that fold the sheet between
    // them; neighbours are brought within one step of each other, then refitted in order.
    std::vector<int> smooth = levels;
    for (int pass = 0; pass < maxLevel; ++pass) {
        bool changed = false;
        for (std::size_t r = 0; r < smooth.size(); ++r) {
            int want = smooth[r];
            if (r > 0) want = std::max(want, smooth[r - 1] - 1);
            if (r + 1 < smooth.size()) want = std::max(want, smooth[r + 1] - 1);
            changed = changed || want != smooth[r];
            smooth[r] = want;
        }
        if (!changed) break;
    }
    if (smooth != levels)
        for (std::size_t r = 0; r < frames.size(); ++r) fit(r, smooth[r]);
    core::Mesh mesh;
    mesh.positions.reserve(frames.size() * kAround);
    for (const auto& cur : rings)
        mesh.positions.insert(mesh.positions.end(), cur.begin(), cur.end());
    closeTube(mesh, ringsAlong);
    return mesh;
}

namespace {

// A cranial patch's rim gaps in mm, offset like its gap (< 0 kept: none at that rim).
std::vector<float> rimGaps(const MuscleSpec& spec, float k, float depthBias) {
    std::vector<float> out;
    for (float g : spec.patchRimGaps) out.push_back(g < 0.0f ? -1.0f : g * k + depthBias);
    return out;
}

// The muscle's mesh by its shape class (one belly, slips, digitations or heads), kept under
// the skin; normals not yet computed.
core::Mesh sweepMuscle(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                       const SdfModel& cranium) {
    const auto origin = resolveAll(rig, spec.origin), insertion = resolveAll(rig, spec.insertion);
    const auto via = resolveAll(rig, spec.via);
    // Neighbours given the same depth would share a face and z-fight where they overlap; a
    // small stagger derived from the id puts one reproducibly above the other.
    unsigned stagger = 0;
    for (char ch : spec.id) stagger = stagger * 31u + static_cast<unsigned char>(ch);
    const float depthBias = 0.4f * float(stagger % 3u);
    const float k = rig.stature() / 1750.0f;
    if (spec.onCranium && spec.cranialPatch)
        return cranialSheet(origin, insertion, spec.depth0 * k + depthBias, spec.thickness * k, rig,
                            skin, cranium, spec.patchRims, spec.patchFeather,
                            spec.depth1 == spec.depth0 ? -1.0f : spec.depth1 * k + depthBias,
                            spec.rings > 0 ? spec.rings : 14,
                            spec.patchSkinDepth < 0.0f ? -1.0f : spec.patchSkinDepth * k,
                            spec.patchSkinSpan, rimGaps(spec, k, depthBias));
    const glm::vec2 dive = spec.originDive * glm::vec2(originDiveShare(-1.0f, origin.size()),
                                                       originDiveShare(1.0f, origin.size()));
    core::Mesh mesh =
        spec.heads <= 1 ? sweepBelly(spec, rig, skin, cranium, origin, insertion, via, spec.width,
                                     depthBias, 0, dive)
        : spec.shape == MuscleShape::Fan
            ? sweepSlips(spec, rig, skin, cranium, origin, insertion, via, depthBias)
        : spec.shape == MuscleShape::Sheet
            ? sweepDigitations(spec, rig, skin, cranium, origin, insertion, via, depthBias)
            : sweepHeads(spec, rig, skin, cranium, origin, insertion, via, depthBias);
    keepUnderUnfolded(mesh, skin, kMinDepth * k, 1.0f * k, 100);
    return mesh;
}

}  // namespace

core::Mesh buildMuscleMesh(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                           const SdfModel& cranium) {
    core::Mesh mesh = sweepMuscle(spec, rig, skin, cranium);
    // Thin bellies squeezed between skin and bone are fitted ring by ring; with rings farther
    // apart a few fold or flatten where the full count did not: those keep the full count.
    if (spec.rings == 0 && (inwardFaceCount(mesh) > 0 || signedVolume(mesh) < kMinVolume)) {
        MuscleSpec dense = spec;
        dense.rings = kMaxRings;
        mesh = sweepMuscle(dense, rig, skin, cranium);
    }
    mesh.computeNormals();
    if (spec.fieldNormals)
        takeFieldNormals(mesh, skin, spec.seamFieldNormals, spec.seamFieldNormalsTucked);
    return mesh;
}

}  // namespace tpa::body
