// A coarse frame of the body built from its landmarks: one capsule per segment (head, neck,
// trunk, and each limb part per side), and the coordinates of a skin point within its segment.
#pragma once

#include <glm/glm.hpp>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/knowledge_enums.h"
#include "core/landmarks.h"
#include "core/part.h"

namespace tpa::anatomy {

// A tapered capsule with an elliptical cross-section. Radii are along the lateral and the
// reference ("anterior") directions; for the foot the reference direction is up (the dorsum).
struct SegmentCapsule {
    Segment segment = Segment::Trunk;
    core::Side side = core::Side::Midline;    // Midline for head, neck and trunk
    glm::vec3 start{0.0f};                    // along = 0 (proximal, or lower for head/neck/trunk)
    glm::vec3 end{0.0f};                      // along = 1
    float lateralRadius[2] = {50.0f, 50.0f};  // at start, at end (mm)
    float anteriorRadius[2] = {50.0f, 50.0f};
    // Toward the back, when it differs (<= 0: same as anteriorRadius). The head is deep in
    // front at the chin but the back of the neck is not head.
    float posteriorRadius[2] = {0.0f, 0.0f};
    // How far past each end the segment still claims points (0: the mean radius there). The
    // trunk's ends are flat, so the neck, arms and thighs take over right past them.
    float capMm[2] = {0.0f, 0.0f};
};

// Where a point sits on its segment.
struct BodyCoordinates {
    Segment segment = Segment::Trunk;
    core::Side side = core::Side::Right;  // a midline segment gives the side of the point's x
    int capsule = -1;                     // index into BodyFrame::capsules()
    float along = 0.0f;                   // unclamped, 0..1 between start and end
    float lateralMm = 0.0f;               // + away from the midline
    float anteriorMm = 0.0f;              // + toward the reference direction
    float facingDeg = 0.0f;               // 0 anterior, +90 lateral, ±180 posterior, -90 medial
    float radiusMm = 0.0f;                // the capsule's mean radius at this point
    float lengthMm = 0.0f;                // the segment's length
};

class BodyFrame {
public:
    // Missing landmarks leave the affected capsules out; missing() names the landmarks.
    static BodyFrame fromLandmarks(const core::Landmarks& landmarks);

    // The segment a skin point belongs to (the capsule whose surface it lies closest to,
    // relative to the capsule's size; a normal pointing into a capsule counts against it)
    // and its coordinates there. `normal` may be zero when unknown.
    std::optional<BodyCoordinates> locate(glm::vec3 point, glm::vec3 normal) const;
    // The coordinates of any point measured on a given segment and side (for rule bounds).
    std::optional<BodyCoordinates> measure(Segment segment, core::Side side, glm::vec3 point) const;

    const std::vector<SegmentCapsule>& capsules() const { return capsules_; }
    const std::vector<std::string>& missing() const { return missing_; }
    int capsuleIndex(Segment segment, core::Side side) const;

private:
    BodyCoordinates coordinatesOn(int capsule, glm::vec3 point, glm::vec3 normal) const;
    float fitCost(int capsule, glm::vec3 point, glm::vec3 normal) const;

    std::vector<SegmentCapsule> capsules_;
    std::vector<std::string> missing_;
};

}  // namespace tpa::anatomy
