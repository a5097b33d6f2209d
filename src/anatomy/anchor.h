// A location written against named landmarks ("at" one, or "between" two) plus an offset in
// body directions, so one knowledge entry lands on any registered body and on either side.
#pragma once

#include <glm/glm.hpp>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/knowledge_enums.h"
#include "core/landmarks.h"
#include "core/part.h"

namespace tpa::anatomy {

// Millimetres in body directions: +up is +Z, +anterior is -Y (toward the face), +lateral is
// away from the midline on the side being resolved (-X on the right, +X on the left).
struct AnchorOffset {
    float up = 0.0f;
    float anterior = 0.0f;
    float lateral = 0.0f;
};

struct Anchor {
    std::string from;  // landmark name without side ("acromion"); the "at" landmark
    std::string to;    // second landmark of "between"; empty for "at"
    float t = 0.5f;    // fraction of the way from `from` to `to`
    AnchorOffset offsetMm;

    bool isBetween() const { return !to.empty(); }
    static Anchor at(std::string landmark, AnchorOffset offset = {});
    static Anchor between(std::string a, std::string b, float t = 0.5f, AnchorOffset offset = {});
};

// Unit vector of "lateral" on a side: the subject's right is -X. Midline has no lateral (zero).
glm::vec3 lateralDirection(core::Side side);
// The offset as a vector in the body frame for a side.
glm::vec3 offsetVector(const AnchorOffset& offset, core::Side side);

// The anchor's position on a body for a side; nullopt when a landmark is missing.
std::optional<glm::vec3> resolveAnchor(const Anchor& anchor, const core::Landmarks& landmarks,
                                       core::Side side);

core::Side oppositeSide(core::Side side);
// The body sides a zone covers for a trigger point on `trpSide`: "same" -> that side,
// "opposite" -> the other one, "both" -> left and right. A midline trigger point has no
// opposite, so "same" and "opposite" both give the midline.
std::vector<core::Side> zoneSides(ZoneSide zoneSide, core::Side trpSide);

}  // namespace tpa::anatomy
