// The depth of feathered and lens cross-sections under a muscle's level (see the header).
#include "body/section_depth.h"

#include <algorithm>
#include <cmath>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

namespace tpa::body {

float featheredBelowFace(float thick, float toward, float sn, float feather, float sink,
                         float spread, float sinkSpan) {
    const float f = std::max(glm::smoothstep(0.0f, feather, 1.0f - std::abs(toward)), 0.05f);
    const float t = thick * f;
    const float sloped =
        sinkSpan > 0.0f ? spread * glm::smoothstep(1.0f - sinkSpan, 1.0f, 0.5f * (1.0f - toward))
                        : 0.0f;
    const float top =
        toward > 0.0f ? sloped : thick - t + std::max(sink * (1.0f - f), sloped);
    return sn > 1e-4f ? top : sn < -1e-4f ? top + t : top + 0.5f * t;
}

float lensBelowFace(float thick, float sn, float rimThinning) {
    const float rim = 0.5f / (1.0f + 0.5f * rimThinning);
    return sn >= 0.0f ? rim * thick * (1.0f - sn) : thick * (rim - (1.0f - rim) * sn);
}

float outwardSink(const MuscleSpec& spec, glm::vec3 fromMiddle) {
    const glm::vec2 d(fromMiddle.x, fromMiddle.z);
    if (spec.featherSink <= 0.0f || glm::length(d) < 1e-3f) return 0.0f;
    return spec.featherSink * glm::smoothstep(0.0f, 0.6f, glm::normalize(d).y);
}

float slopedSink(const MuscleSpec& spec, glm::vec3 fromMiddle) {
    const glm::vec2 d(fromMiddle.x, fromMiddle.z);
    if (spec.featherSinkSpan <= 0.0f || glm::length(d) < 1e-3f) return 0.0f;
    return outwardSink(spec, fromMiddle) *
           glm::smoothstep(-0.75f, -0.45f, glm::normalize(d).x);
}

}  // namespace tpa::body
