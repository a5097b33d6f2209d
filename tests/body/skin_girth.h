// A tape measure for the skin field: girths as an anthropometrist takes them.
#pragma once

#include <glm/glm.hpp>

#include "body/sdf_model.h"

namespace tpa::body::test {

// Perimeter (mm) of the convex hull of the skin's cross-section that holds `centre`, in the
// plane through it normal to `axis`: a tape bridges hollows, so the hull is what it reads. The
// section is flood-filled from the centre on a 1 mm grid within `radius`; 0 when the centre is
// outside the skin, -1 when the section runs past `radius` (it joined another segment).
float skinGirth(const SdfModel& skin, glm::vec3 centre, glm::vec3 axis, float radius);

// The largest and smallest girth along a segment, from fraction t0 to t1 of the way from `a` to
// `b`, sections normal to the segment every 1 % of its length; `at` is where it was found.
struct GirthAlong {
    float girth;
    float at;
};
GirthAlong largestGirth(const SdfModel& skin, glm::vec3 a, glm::vec3 b, float t0, float t1,
                        float radius);
GirthAlong smallestGirth(const SdfModel& skin, glm::vec3 a, glm::vec3 b, float t0, float t1,
                         float radius);

}  // namespace tpa::body::test
