// The palm's and the fingers' covers, laid on the finger rays of hand_layout.cpp (see
// hand_cover.h).
#include "body/hand_cover.h"

#include <array>

#include "body/hand_layout.h"

namespace tpa::body {
namespace {

using S = MuscleShape;
constexpr core::Layer kSuperficial = core::Layer::Superficial;

// One finger as a straight segment with its skin radius at each end (mm, unscaled) and the
// direction its palmar face looks.
struct Digit {
    glm::vec3 from, to;
    float r0, r1;
    glm::vec3 palmar;
};

// Offsets from the wrist joint in mm of a 1750 mm body (anchors scale with the stature).
Anchor at(const Rig& rig, glm::vec3 p) {
    const float k = rig.stature() / 1750.0f;
    return {"wrist-joint", (p - rig.at("wrist-joint")) / k};
}

// Half a finger: across three anchors at each end, from one side round the face (palmar or
// dorsal) to the other side, a little past the sides toward the other face so the two halves
// overlap there. Anchors lie a little inside the skin; the sweep presses them to its depth.
MuscleSpec half(const Rig& rig, const Digit& d, bool dorsal, std::string_view id,
                std::string_view name, float thickness, float depth) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::normalize(d.to - d.from);
    const glm::vec3 face = dorsal ? -d.palmar : d.palmar;
    const glm::vec3 side = glm::normalize(glm::cross(axis, face));
    // `round`: how far past the sides toward the other face; less at the knuckle, where the
    // fingers meet the palm and each other (wrapped as far there, the sheath folded).
    auto ring = [&](glm::vec3 c, float r, float round) {
        r *= k;
        const float out = 0.8f + 0.5f * round;
        std::vector<Anchor> a{at(rig, c + side * (out * r) - face * (round * r)),
                              at(rig, c + face * r),
                              at(rig, c - side * (out * r) - face * (round * r))};
        return a;
    };
    return {id,   name,           S::Strap, kSuperficial, ring(d.from, d.r0, 0.0f),
            ring(d.to, d.r1, 0.3f), {}, 0.0f, thickness, depth, depth};
}

}  // namespace

std::vector<MuscleSpec> fingerCoverRows(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    std::vector<Digit> digits;
    // Palm forward: the fingers' palmar faces look to the front (-y). Each cover runs from
    // over the knuckle (where the palmar aponeurosis' slips and the extensor tendons end) to
    // over the distal phalanx, past the end of its bone.
    for (const FingerRay& ray : fingerRays(rig)) {
        const glm::vec3 front = glm::normalize(glm::vec3(0, -1, 0) -
                                               ray.dir * glm::dot(ray.dir, glm::vec3(0, -1, 0)));
        digits.push_back({ray.knuckle - ray.dir * (5.0f * k),
                          ray.knuckle + ray.dir * (ray.length - 5.0f * k), 7.5f, 5.0f, front});
    }
    // The thumb, turned a quarter round: its pad looks medially and forward, its nail laterally.
    const auto thumb = thumbChain(rig);
    const glm::vec3 tip = thumb[2] + glm::vec3(-2, 4, 8) * k;
    const glm::vec3 dir = glm::normalize(tip - thumb[1]);
    const glm::vec3 pad = glm::normalize(glm::vec3(-0.7f, -0.7f, 0.0f));
    digits.push_back({thumb[1] - dir * (4.0f * k), tip + dir * (2.5f * k), 8.5f, 6.5f,
                      glm::normalize(pad - dir * glm::dot(dir, pad))});
    std::vector<MuscleSpec> rows;
    // The fibrous flexor sheaths, carrying the tendons of flexor digitorum superficialis and
    // profundus to the middle and distal phalanges (flexor pollicis longus in the thumb's).
    for (const Digit& d : digits)
        rows.push_back(half(rig, d, false, "digital-flexor-sheaths",
                            "Fibrous flexor sheaths and long flexor tendons", 2.0f, 1.5f));
    // The extensor expansions (dorsal hoods) continuing the extensor tendons from the knuckles
    // to the distal phalanges (extensor pollicis longus on the thumb); 0.5 mm deeper than the
    // sheaths, so that where the halves overlap along the sides the sheath lies outside.
    for (const Digit& d : digits)
        rows.push_back(half(rig, d, true, "extensor-expansions",
                            "Extensor expansions (dorsal digital hoods)", 2.0f, 2.0f));
    return rows;
}

std::vector<MuscleSpec> palmarAponeurosisRows(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const auto rays = fingerRays(rig);
    // On the palm's front face (the rays run through the metacarpals, 12 mm behind it).
    const glm::vec3 front(0.0f, -12.0f * k, 0.0f);
    auto onPalm = [&](const FingerRay& ray, float t) {
        return glm::mix(ray.base, ray.knuckle, t) + front;
    };
    constexpr std::string_view kId = "palmar-aponeurosis", kName = "Palmar aponeurosis";
    // The fan: from where the slips part (over the middle of the metacarpals), converging on
    // its apex 2 mm wide just under the retinaculum's lower border; 2.5 mm under the skin (at
    // 1 mm its chords bridged the hollow of the palm).
    std::vector<MuscleSpec> rows{
        {kId, kName, S::Fan, kSuperficial,
         {at(rig, onPalm(rays[3], 0.55f)), at(rig, 0.5f * (onPalm(rays[1], 0.6f) + onPalm(rays[2], 0.6f))),
          at(rig, onPalm(rays[0], 0.55f))},
         {{"wrist-joint", {3, -16, -22}}, {"wrist-joint", {5, -16, -22}}},
         {}, 0, 2, 2.5f, 2.5f}};
    // The four slips, from the fan's wide end to the base of each finger, a little deeper so
    // the fan lies over their start and the flexor sheaths over their end.
    for (const FingerRay& ray : rays)
        rows.push_back({kId, kName, S::Strap, kSuperficial, {at(rig, onPalm(ray, 0.5f))},
                        {at(rig, ray.knuckle - ray.dir * (4.0f * k) + front * 0.5f)}, {}, 7, 1.5f,
                        2.9f, 2.9f});
    return rows;
}

}  // namespace tpa::body
