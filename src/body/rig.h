// The body's joint centres and named bony points, derived from the proportion table.
#pragma once

#include <glm/glm.hpp>
#include <map>
#include <string>
#include <string_view>

#include "body/proportions.h"

namespace tpa::body {

// Every point is stored for the subject's left side (x >= 0) or the midline; the right side is
// the mirror image (x -> -x). Names are the landmark vocabulary plus joint centres ("hip-joint")
// and muscle attachment points ("greater-tubercle", "linea-aspera", ...).
class Rig {
public:
    explicit Rig(const BodyProportions& p = kProportions);

    // Throws std::out_of_range naming the point when it is unknown (a table typo).
    glm::vec3 at(std::string_view name) const;
    bool has(std::string_view name) const { return points_.find(name) != points_.end(); }
    const std::map<std::string, glm::vec3, std::less<>>& points() const { return points_; }
    const BodyProportions& proportions() const { return p_; }
    float stature() const { return p_.stature; }

private:
    void set(std::string name, glm::vec3 p) { points_[std::move(name)] = p; }
    void placeJoints();
    void placeHeadAndTrunk();
    void placeLimbs();

    BodyProportions p_;
    std::map<std::string, glm::vec3, std::less<>> points_;
};

}  // namespace tpa::body
