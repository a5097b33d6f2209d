// Placement of the scalp sheets and the temporalis on the cranium, under the scalp.
#include "body/cranial_shell.h"

#include <algorithm>
#include <cmath>

namespace tpa::body {

glm::vec3 CranialShell::place(glm::vec3 m, float gap, float thickness, float across) const {
    glm::vec3 inner = bone.project(m, -gap);
    // Where the scalp is thinner than the gap, the shell starts under it instead.
    const float top = -(clearance + 0.8f * scale);
    if (scalp.value(inner) > top) inner = scalp.project(inner, top);
    const float room = -scalp.value(inner) - (clearance + 0.3f * scale);
    const float thick = std::min(thickness, std::max(room, minShell));
    // The probe's gradient points into the bone: the shell grows away from it.
    const glm::vec3 into = bone.gradient(inner, bone.value(inner));
    inner += into * std::max(0.0f, thick - room);
    return inner - into * (thick * across);
}

float cranialCornerScale(MuscleShape shape, float u) {
    if (shape != MuscleShape::Sheet) return 1.0f;
    return 0.75f + 0.25f * std::sqrt(glm::smoothstep(0.0f, 0.25f, std::min(u, 1.0f - u)));
}

float cranialThinning(MuscleShape shape, float u) {
    if (shape != MuscleShape::Sheet) return 1.0f;
    return 0.5f + 0.5f * glm::smoothstep(0.0f, 0.3f, std::min(u, 1.0f - u));
}

}  // namespace tpa::body
