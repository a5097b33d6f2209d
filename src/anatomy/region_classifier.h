// Assigns every skin point of a body to one body region, using the regions' data-driven rules
// (regions.json) on a body frame built from the body's landmarks.
#pragma once

#include <glm/glm.hpp>
#include <string>
#include <vector>

#include "anatomy/body_frame.h"
#include "anatomy/region.h"
#include "core/landmarks.h"

namespace tpa::anatomy {

struct RegionHit {
    int region = -1;  // index into the regions the classifier was built from; -1: none
    core::Side side = core::Side::Midline;  // Midline for unsided regions
};

class RegionClassifier {
public:
    RegionClassifier(const std::vector<Region>& regions, const core::Landmarks& landmarks);

    // The region of a skin point. Among the rules on the point's segment, the one the point
    // satisfies best wins (cost 0 = inside every range; ties go to the earlier region), so a
    // point always gets a region while its segment has at least one rule. `normal` may be zero.
    RegionHit classify(glm::vec3 point, glm::vec3 normal) const;

    const BodyFrame& frame() const { return frame_; }
    // Landmarks the body lacks and rules that could not be placed on it, in words.
    const std::vector<std::string>& problems() const { return problems_; }

private:
    struct Placed {
        int region = -1;
        Segment segment = Segment::Trunk;
        core::Side side = core::Side::Right;
        bool hasAlong = false;
        float alongLow = 0.0f, alongHigh = 0.0f;
        bool hasLateral = false;
        float lateralLow = 0.0f, lateralHigh = 0.0f;
        std::vector<Facing> facing;
        std::vector<glm::vec3> near;
    };
    bool place(const Region& region, int index, const RegionRule& rule, core::Side side,
               const core::Landmarks& landmarks, Placed& out);
    float cost(const Placed& rule, const BodyCoordinates& at, glm::vec3 point) const;

    BodyFrame frame_;
    std::vector<Placed> rules_;
    std::vector<bool> sided_;
    std::vector<std::string> problems_;
};

}  // namespace tpa::anatomy
