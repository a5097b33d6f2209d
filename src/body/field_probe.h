// Point queries on an implicit surface (the skin or a bone) for placing muscles against it.
#pragma once

#include <glm/glm.hpp>
#include <vector>

#include "body/sdf_model.h"

namespace tpa::body {

// The field, mirrored so points that stray across the midline still see the body. Turned
// inside out (outward = true) it measures from a bone: "under the skin" becomes "above the
// bone", so the same code lays a muscle under the skin or on the cranium.
struct FieldProbe {
    const SdfModel& field;
    std::vector<int> subset;  // the primitives near the muscle (empty: all)
    bool outward = false;

    float value(glm::vec3 p) const;
    // Unit gradient by forward differences, given value(p) = f0.
    glm::vec3 gradient(glm::vec3 p, float f0) const;
    // Newton steps along the gradient onto the level set value = level.
    glm::vec3 project(glm::vec3 p, float level) const;
};

}  // namespace tpa::body
