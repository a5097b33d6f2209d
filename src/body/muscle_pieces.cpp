// Muscles laid as several pieces: a fan as slips side by side, a sheet as digitations, a
// multi-bellied muscle as heads. Each piece is one belly swept by sweepBelly.
#include "body/muscle_pieces.h"

#include <algorithm>
#include <cmath>

#include "body/muscle_builder.h"
#include "body/muscle_path.h"
#include "body/muscle_sweep.h"

namespace tpa::body {
namespace {

// A fan slip whose straight chord passes deeper than this under the skin (mm) is bent out.
constexpr float kDeepChord = 30.0f;
// A slip that touches the skin where it crosses a fold (the axillary folds) is sunk up to this
// many 1 mm steps before it is narrowed: narrowing a slip opens a gap beside it.
constexpr int kSlipSinkFirst = 3;

// The straight chord from a slip's origin to its insertion cuts through the trunk, and points
// deep inside project onto whichever surface is nearest (the armpit, the flank) and fold the
// slip. Such a midpoint is lifted away from the body's long axis to `depth` under the skin
// (none is returned for a chord that stays near the skin: a bend there only folds the slip).
std::vector<glm::vec3> liftedMidpoint(const SdfModel& skin, const std::vector<glm::vec3>& origin,
                                      const std::vector<glm::vec3>& insertion, float depth,
                                      float k) {
    const glm::vec3 mid =
        0.25f * (origin.front() + origin.back() + insertion.front() + insertion.back());
    if (skin.evaluate(mid) > -kDeepChord * k) return {};
    const glm::vec3 out = trunkOutward(mid);
    float t = 0.0f;
    while (t < 300.0f && skin.evaluate(mid + out * t) < -depth) t += 1.0f;
    return {mid + out * t};
}

// The stretch of a polyline from `from` to `to` (as polyline()'s s) through the anchors within
// it, resampled at even lengths so that the slip's s runs along it as along a straight origin.
std::vector<glm::vec3> alongLine(const std::vector<glm::vec3>& line, float from, float to) {
    std::vector<glm::vec3> pts{polyline(line, from)};
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        const float at = -1.0f + 2.0f * float(i) / float(line.size() - 1);
        if (at > from + 1e-3f && at < to - 1e-3f) pts.push_back(line[i]);
    }
    pts.push_back(polyline(line, to));
    std::vector<float> length{0.0f};
    for (std::size_t i = 1; i < pts.size(); ++i)
        length.push_back(length.back() + glm::distance(pts[i - 1], pts[i]));
    constexpr int kSteps = 8;
    std::vector<glm::vec3> out;
    std::size_t j = 1;
    for (int step = 0; step <= kSteps; ++step) {
        const float want = length.back() * float(step) / float(kSteps);
        while (j + 1 < pts.size() && length[j] < want) ++j;
        const float span = std::max(length[j] - length[j - 1], 1e-6f);
        out.push_back(
            glm::mix(pts[j - 1], pts[j], std::clamp((want - length[j - 1]) / span, 0.0f, 1.0f)));
    }
    return out;
}

}  // namespace

// A broad fan as slips side by side: slip i sweeps from its stretch of the origin line to its
// share of the insertion line. One sweep across the whole fan bent its wide rings across the
// curves of the trunk and into the gap beside the arm, and narrowing them left a strip; narrow
// slips each follow the skin, and together they cover the fan with grooves between bundles.
core::Mesh sweepSlips(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float depthBias) {
    const int n = spec.heads;
    const float k = rig.stature() / 1750.0f;
    core::Mesh mesh;
    for (int h = 0; h < n; ++h) {
        const float s0 = -1.0f + 2.0f * float(h) / float(n), s1 = s0 + 2.0f / float(n);
        // Neighbours overlap by a tenth of a slip, so no skin shows between them; the slips of
        // one smooth sheet by sheetOverlap, at both ends.
        const bool sheet = spec.sheetOverlap > 0.0f;
        const float pad = (sheet ? spec.sheetOverlap : 0.1f) / float(n);
        const float padI = sheet ? pad : 0.0f;
        const float from = std::max(-1.0f, s0 - pad), to = std::min(1.0f, s1 + pad);
        std::vector<glm::vec3> slipOrigin =
            h < spec.slipsAlongOrigin
                ? alongLine(origin, from, to)
                : std::vector<glm::vec3>{polyline(origin, from), polyline(origin, to)};
        if (std::size_t(h) < spec.slipOrigins.size() && !spec.slipOrigins[std::size_t(h)].empty()) {
            slipOrigin.clear();
            for (const auto& a : spec.slipOrigins[std::size_t(h)])
                slipOrigin.push_back(resolveAnchor(rig, a));
        }
        const std::vector<glm::vec3> slipInsertion{polyline(insertion, std::max(-1.0f, s0 - padI)),
                                                   polyline(insertion, std::min(1.0f, s1 + padI))};
        std::vector<glm::vec3> slipVia =
            via.empty() ? liftedMidpoint(skin, slipOrigin, slipInsertion, spec.depth0 * k, k) : via;
        if (std::size_t(h) < spec.slipVia.size() && !spec.slipVia[std::size_t(h)].point.empty())
            slipVia = {resolveAnchor(rig, spec.slipVia[std::size_t(h)])};
        // Alternate depths keep one slip's face above its neighbour's where they overlap. The
        // slips of one sheet lie at one depth instead: of one colour, their flat faces merge
        // where they overlap, where a step would read as a groove between bundles.
        const float extra =
            std::size_t(h) < spec.slipDepth.size() ? spec.slipDepth[std::size_t(h)] : 0.0f;
        const glm::vec2 dive = spec.originDive * glm::vec2(originDiveShare(from, origin.size()),
                                                           originDiveShare(to, origin.size()));
        // A sheet whose borders thin (rimThinning: the masseter) takes the lens section in its
        // first and last slips, so its borders dome down thin instead of standing as walls;
        // they lie under the middle slips' flat faces (slipDepth), whose rims show as lines. A
        // slip 1/n as wide as the sheet thins n times as steeply.
        MuscleSpec own = spec;
        if (sheet && spec.rimThinning > 0.0f && (h == 0 || h == n - 1)) {
            own.sheetOverlap = 0.0f;
            own.rimThinning = spec.rimThinning * float(n);
        }
        if (std::size_t(h) < spec.slipThickness.size())
            own.thickness = spec.slipThickness[std::size_t(h)] * spec.thickness;
        if (sheet && h % 2 == 1) own.depth0 += spec.slipStagger;
        // Rims that overlap a neighbouring slip sink under it (sheetRimSink); the sheet's own
        // borders (the first slip's first rim, the last slip's last) as sheetRimSides says.
        // slipTuckSink: the rim under the previous slip stays at the slip's depth, the rim over
        // the next one sinks by slipTuckSink.
        const bool tuck = sheet && spec.slipTuckSink > 0.0f;
        own.sheetRimSides = (h > 0 ? (tuck ? 0 : 1) : spec.sheetRimSides & 1) |
                            (h < n - 1 ? 2 : spec.sheetRimSides & 2);
        if (tuck && h < n - 1) own.sheetRimSinkLast = spec.slipTuckSink;
        mesh.append(sweepBelly(
            own, rig, skin, cranium, slipOrigin, slipInsertion, slipVia, spec.width / float(n),
            depthBias + (sheet ? 0.0f : 0.4f) * float(h % 2) + extra * k, kSlipSinkFirst, dive));
    }
    return mesh;
}

// A sheet of digitations (serratus anterior): slip i springs from the middle of its stretch of
// the origin line, apart from its neighbours, and runs through its point of the via line to its
// stretch of the insertion line, where the slips converge and overlap.
core::Mesh sweepDigitations(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                            const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                            const std::vector<glm::vec3>& insertion,
                            const std::vector<glm::vec3>& via, float depthBias) {
    const int n = spec.heads;
    core::Mesh mesh;
    for (int h = 0; h < n; ++h) {
        const float s0 = -1.0f + 2.0f * float(h) / float(n), s1 = s0 + 2.0f / float(n);
        const float mid = 0.5f * (s0 + s1), t = float(h) / float(n - 1);
        // Each digitation takes 90 % of its stretch of the origin line: a gap between slips.
        const float half = 0.45f * (s1 - s0);
        const std::vector<glm::vec3> slipOrigin{polyline(origin, mid - half),
                                                polyline(origin, mid + half)};
        const std::vector<glm::vec3> slipInsertion{polyline(insertion, s0),
                                                   polyline(insertion, s1)};
        std::vector<glm::vec3> slipVia;
        if (!via.empty()) slipVia.push_back(polyline(via, -1.0f + 2.0f * t));
        MuscleSpec slip = spec;
        if (spec.firstSlipDepth0 >= 0.0f)
            slip.depth0 = glm::mix(spec.firstSlipDepth0, spec.depth0, std::sqrt(t));
        if (spec.lastSlipDepth1 >= 0.0f)
            slip.depth1 = glm::mix(spec.depth1, spec.lastSlipDepth1, t * t * t * t);
        mesh.append(sweepBelly(slip, rig, skin, cranium, slipOrigin, slipInsertion, slipVia,
                          spec.width / float(n), depthBias + 0.4f * float(h % 2), kSlipSinkFirst));
    }
    return mesh;
}

// Multi-bellied muscles (biceps, triceps, gastrocnemius): each head takes its share of the whole
// belly's width (the spec's extra width plus the spread of its attachment lines) and starts
// from its own point of the origin line; the heads converge on the insertion, so the grooves
// between them open toward the origin.
core::Mesh sweepHeads(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float depthBias) {
    const float k = rig.stature() / 1750.0f;
    const auto heads = static_cast<std::size_t>(spec.heads);
    // Heads that end on insertion anchors of their own span no shared insertion line.
    const bool own = spec.ownInsertions && insertion.size() == heads;
    const float spread =
        0.5f * (glm::length(polyline(origin, 1.0f) - polyline(origin, -1.0f)) +
                (own ? 0.0f : glm::length(polyline(insertion, 1.0f) - polyline(insertion, -1.0f))));
    // A little over an even share, so neighbouring heads touch along a groove.
    const float headWidth = 1.3f * (spec.width + spread / k) / float(spec.heads);
    core::Mesh mesh;
    for (std::size_t h = 0; h < heads; ++h) {
        const float s = -1.0f + 2.0f * float(h) / float(spec.heads - 1);
        const std::vector<glm::vec3> headOrigin{polyline(origin, s)};
        const std::vector<glm::vec3> headInsertion{own ? insertion[h]
                                                       : polyline(insertion, 0.35f * s)};
        const float scale = h < spec.headScale.size() ? spec.headScale[h] : 1.0f;
        // As many via anchors as heads: each head runs through its own, first to last (the
        // gastrocnemius' chords from the condyles to the heel run deep inside the calf, and
        // their rings were laid on its sides and narrowed to strips).
        std::vector<glm::vec3> headVia = via;
        if (via.size() == heads) headVia = {via[h]};
        // Heads overlap near the tendon: alternate depths keep one face above the other, far
        // enough apart (1.5 mm) for the depth test to tell them apart (muscle_heads_test.cpp).
        MuscleSpec headSpec = spec;
        if (h == 0 && !spec.firstHeadDepthProfile.empty())
            headSpec.depthProfile = spec.firstHeadDepthProfile;
        if (h == 0 && !spec.firstHeadWidthProfile.empty())
            headSpec.widthProfile = spec.firstHeadWidthProfile;
        const core::Mesh head = sweepBelly(headSpec, rig, skin, cranium, headOrigin, headInsertion,
                                           headVia, headWidth * scale, depthBias + 1.5f * float(h));
        mesh.append(head);
    }
    return mesh;
}

}  // namespace tpa::body
