// Finger rays from the rig's wrist and fingertip: knuckles spread across the palm, each finger
// turned a few degrees away from the middle one.
#include "body/hand_layout.h"

#include <cmath>

namespace tpa::body {

std::array<FingerRay, 4> fingerRays(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 w = rig.at("wrist-joint");
    const glm::vec3 hand = glm::normalize(rig.at("middle-fingertip") - w);
    // In the coronal plane, perpendicular to the hand, pointing to the thumb side (+x).
    const glm::vec3 across = glm::normalize(glm::vec3(-hand.z, 0.0f, hand.x));
    // The knuckles about 21 mm apart, as broad as the fingers (a hand 88 mm across them); the
    // fan opens the gaps between the fingers beyond the web.
    constexpr std::array<float, 4> kOffset{32.0f, 11.0f, -10.0f, -30.0f};  // knuckle, mm
    constexpr std::array<float, 4> kAlong{84.0f, 88.0f, 86.0f, 80.0f};     // knuckle, mm
    constexpr std::array<float, 4> kBase{19.0f, 7.0f, -6.0f, -17.0f};      // metacarpal base, mm
    constexpr std::array<float, 4> kFanDeg{10.0f, 0.0f, -10.0f, -20.0f};
    // Knuckle to fingertip: the middle finger ends at the rig's fingertip.
    constexpr std::array<float, 4> kLength{92.0f, 101.0f, 96.0f, 76.0f};
    // Skin radii at the knuckle, the proximal interphalangeal joint and the tip (mm): Pheasant's
    // breadths, 21 mm for the index at its middle joint, the middle finger a little broader,
    // the little finger 18.
    constexpr std::array<std::array<float, 3>, 4> kRadius{
        {{11.0f, 10.4f, 8.4f}, {11.3f, 10.7f, 8.6f}, {11.0f, 10.3f, 8.3f}, {9.6f, 9.0f, 7.4f}}};
    std::array<FingerRay, 4> rays{};
    for (std::size_t i = 0; i < rays.size(); ++i) {
        const float a = glm::radians(kFanDeg[i]);
        rays[i].base = w + hand * (26.0f * k) + across * (kBase[i] * k);
        rays[i].knuckle = w + hand * (kAlong[i] * k) + across * (kOffset[i] * k);
        rays[i].dir = glm::normalize(hand * std::cos(a) + across * std::sin(a));
        rays[i].length = kLength[i] * k;
        rays[i].knuckleRadius = kRadius[i][0] * k;
        rays[i].jointRadius = kRadius[i][1] * k;
        rays[i].tipRadius = kRadius[i][2] * k;
    }
    return rays;
}

std::array<glm::vec3, 3> thumbChain(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 base = rig.at("thumb-base");
    // Anatomical position: the thumb hangs lateral to the index, a little in front of the palm,
    // its metacarpal (46 mm) abducted about 40 degrees from the hand's axis, its phalanges
    // (43 mm to the tip's centre) about 15 degrees from the index's, so the first web space
    // opens distal to its metacarpophalangeal joint; the tip reaches the middle of the index's
    // proximal phalanx. (Ending medial of the index, 35 mm in front of it, it stood before the
    // index and read as a stub from the front.)
    return {base, base + glm::vec3(30.0f, -12.0f, -34.0f) * k,
            base + glm::vec3(58.0f, -14.0f, -67.0f) * k};
}

}  // namespace tpa::body
