// Field values, gradients and projections onto level sets, mirrored across the midline.
#include "body/field_probe.h"

#include <cmath>

namespace tpa::body {

float FieldProbe::value(glm::vec3 p) const {
    const float v = field.evaluate(glm::vec3(std::abs(p.x), p.y, p.z), subset);
    return outward ? -v : v;
}

glm::vec3 FieldProbe::gradient(glm::vec3 p, float f0) const {
    const float e = 0.75f;
    const glm::vec3 g(value(p + glm::vec3(e, 0, 0)) - f0, value(p + glm::vec3(0, e, 0)) - f0,
                      value(p + glm::vec3(0, 0, e)) - f0);
    const float len = glm::length(g);
    return len > 0.0f ? g / len : glm::vec3(0.0f, 0.0f, 1.0f);
}

glm::vec3 FieldProbe::project(glm::vec3 p, float level) const {
    for (int i = 0; i < 6; ++i) {
        const float f = value(p);
        if (std::abs(f - level) < 0.05f) break;
        p -= (f - level) * gradient(p, f);
    }
    return p;
}

}  // namespace tpa::body
