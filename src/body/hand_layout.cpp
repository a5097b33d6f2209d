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
    constexpr std::array<float, 4> kOffset{28.0f, 9.5f, -9.0f, -26.0f};  // knuckle, mm
    constexpr std::array<float, 4> kBase{17.0f, 6.0f, -6.0f, -16.0f};    // metacarpal base, mm
    constexpr std::array<float, 4> kFanDeg{9.0f, 0.0f, -8.0f, -16.0f};
    constexpr std::array<float, 4> kLength{78.0f, 90.0f, 84.0f, 66.0f};
    std::array<FingerRay, 4> rays{};
    for (std::size_t i = 0; i < rays.size(); ++i) {
        const float a = glm::radians(kFanDeg[i]);
        rays[i].base = w + hand * (26.0f * k) + across * (kBase[i] * k);
        rays[i].knuckle = w + hand * ((i == 0 || i == 3 ? 82.0f : 86.0f) * k) + across * (kOffset[i] * k);
        rays[i].dir = glm::normalize(hand * std::cos(a) + across * std::sin(a));
        rays[i].length = kLength[i] * k;
    }
    return rays;
}

std::array<glm::vec3, 3> thumbChain(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 base = rig.at("thumb-base");
    return {base, base + glm::vec3(10.0f, -20.0f, -42.0f) * k, rig.at("thumb-tip")};
}

}  // namespace tpa::body
