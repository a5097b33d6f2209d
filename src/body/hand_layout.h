// Where the fingers and the thumb run, shared by the skin and the hand skeleton so the bones
// stay centred in the fingers.
#pragma once

#include <array>

#include <glm/glm.hpp>

#include "body/rig.h"

namespace tpa::body {

struct FingerRay {
    glm::vec3 base;     // metacarpal base, near the wrist
    glm::vec3 knuckle;  // metacarpophalangeal joint
    glm::vec3 dir;      // unit direction of the finger
    float length;       // knuckle to fingertip, mm
    // The skin's radius at the knuckle, the proximal interphalangeal joint and round the tip.
    float knuckleRadius, jointRadius, tipRadius;
};

// Index, middle, ring and little finger of the left hand in the anatomical position (palm
// forward): fanned a little in the coronal plane so that each finger stays apart from its
// neighbours even on the coarse (6 mm) skin grid.
std::array<FingerRay, 4> fingerRays(const Rig& rig);

// Thumb: carpometacarpal joint, metacarpophalangeal joint and the centre of the tip's round end.
std::array<glm::vec3, 3> thumbChain(const Rig& rig);

// The skin's radius round the thumb's tip (mm, for the 1750 mm body): the rig's "thumb-tip"
// lies this far straight below the chain's last point, on the lowest point of the tip's round
// end (as the atlas places it: its distal phalanx's lowest point carried down to the skin).
inline constexpr float kThumbTipRadius = 8.5f;

}  // namespace tpa::body
