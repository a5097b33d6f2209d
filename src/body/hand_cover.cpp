// The palm's cover, laid on the finger rays of hand_layout.cpp (see hand_cover.h).
#include "body/hand_cover.h"

#include "body/hand_layout.h"

namespace tpa::body {
namespace {

using S = MuscleShape;
constexpr core::Layer kSuperficial = core::Layer::Superficial;

// Offsets from the wrist joint in mm of a 1750 mm body (anchors scale with the stature).
Anchor at(const Rig& rig, glm::vec3 p) {
    const float k = rig.stature() / 1750.0f;
    return {"wrist-joint", (p - rig.at("wrist-joint")) / k};
}

}  // namespace

std::vector<MuscleSpec> palmarAponeurosisRows(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const auto rays = fingerRays(rig);
    // On the palm's front face (the rays run through the metacarpals, 12 mm behind it).
    const glm::vec3 front(0.0f, -12.0f * k, 0.0f), radial(1.0f, 0.0f, 0.0f);
    auto onPalm = [&](const FingerRay& ray, float t) {
        return glm::mix(ray.base, ray.knuckle, t) + front;
    };
    constexpr std::string_view kId = "palmar-aponeurosis", kName = "Palmar aponeurosis";
    // The fan: from where the slips part (0.6 of the way along the metacarpals, a little
    // beyond the index's and the little finger's rays), converging on its apex 16 mm wide
    // just under the retinaculum's lower border; 2.5 mm under the skin (at 1 mm its chords
    // bridged the hollow of the palm). With an apex 2 mm wide ending short of the hypothenar,
    // the carpus and the fourth interosseous showed between its ulnar edge, the retinaculum and
    // the hypothenar, and the adductor pollicis beside its radial edge (hand_test.cpp). Its
    // wide end thins and sinks toward the slips so it runs onto them, not as a step across
    // the palm.
    std::vector<MuscleSpec> rows{
        {.id = kId,
         .name = kName,
         .shape = S::Fan,
         .layer = kSuperficial,
         .origin = {at(rig, onPalm(rays[3], 0.6f) - radial * (4.0f * k)),
                    at(rig, 0.5f * (onPalm(rays[1], 0.6f) + onPalm(rays[2], 0.6f))),
                    at(rig, onPalm(rays[0], 0.6f) + radial * (6.0f * k))},
         .insertion = {{"wrist-joint", {-6, -16, -24}}, {"wrist-joint", {10, -16, -24}}},
         .width = 0,
         .thickness = 2,
         .depth0 = 2.5f,
         .depth1 = 2.5f,
         .thicknessProfile = {0.35f, 0.75f, 1.0f, 1.0f, 1.0f, 1.0f},
         .depthProfile = {0.5f, 0.15f, 0.0f, 0.0f, 0.0f, 0.0f}}};
    // The four slips, from the fan's wide end to the base of each finger, a little deeper so
    // the fan lies over their start and the flexor sheaths over their end.
    for (const FingerRay& ray : rays)
        rows.push_back({.id = kId,
                        .name = kName,
                        .shape = S::Strap,
                        .layer = kSuperficial,
                        .origin = {at(rig, onPalm(ray, 0.5f))},
                        .insertion = {at(rig, ray.knuckle - ray.dir * (4.0f * k) + front * 0.5f)},
                        .width = 10,
                        .thickness = 1.5f,
                        .depth0 = 2.9f,
                        .depth1 = 2.9f,
                        // Slender and sinking toward the finger's base, under its flexor
                        // sheath: full width to the end, they stood off the palm there as
                        // square plates with lifted corners. 10 mm wide over the flexor
                        // tendons, narrow at their start under the fan: 7 mm wide, the
                        // metacarpal heads showed on their ulnar side, and their ends stood in
                        // a row of square cut-offs along the knuckle line.
                        .widthProfile = {0.6f, 1.0f, 1.0f, 0.9f, 0.65f, 0.35f},
                        .depthProfile = {0.0f, 0.0f, 0.2f, 0.5f, 1.1f, 1.9f}});
    return rows;
}

std::vector<MuscleSpec> lumbricalRows(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const auto rays = fingerRays(rig);
    // The radial side is lateral (+x) on the left hand in the anatomical position; the rays run
    // through the metacarpals, 10 mm behind the palm's face. The first lumbrical lies on the
    // index's radial side; the others between their finger and the next one radially (they
    // arise from both neighbouring profundus tendons) and end on their finger's radial side.
    // Half-way between the two rays and 11 mm wide, they meet the slips on either side: 40 %
    // of the way and 9 mm wide, a metacarpal head showed between each and the slip radial to
    // it along the knuckle line.
    const glm::vec3 radial(1.0f, 0.0f, 0.0f), front(0.0f, -10.0f * k, 0.0f);
    std::vector<MuscleSpec> rows;
    for (std::size_t i = 0; i < rays.size(); ++i) {
        const FingerRay& ray = rays[i];
        auto between = [&](float t) {
            const glm::vec3 own = glm::mix(ray.base, ray.knuckle, t);
            if (i == 0) return own + radial * (5.0f * k);
            return glm::mix(own, glm::mix(rays[i - 1].base, rays[i - 1].knuckle, t), 0.5f);
        };
        rows.push_back({.id = "lumbricals-hand",
                        .name = "Lumbricals (hand)",
                        .shape = S::Fusiform,
                        .layer = core::Layer::Intermediate,
                        .origin = {at(rig, between(0.45f) + front)},
                        .insertion = {at(
                            rig, ray.knuckle + ray.dir * (6.0f * k) + front + radial * (5.0f * k))},
                        .via = {at(rig, between(0.8f) + front)},
                        .width = 11,
                        .thickness = 4,
                        .depth0 = 4.5f,
                        .depth1 = 4.5f});
    }
    return rows;
}

}  // namespace tpa::body
