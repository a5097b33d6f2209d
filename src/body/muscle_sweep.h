// The one belly sweep every muscle shape is built from (internal to the body module).
#pragma once

#include <vector>

#include "body/muscle_table.h"
#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// One closed belly swept from the origin line to the insertion line (1-n points across each),
// through `via`, `width` mm wider than their spread, pressed under the skin (or laid on the
// cranium) as the spec says. A ring whose faces would leave the skin is first sunk up to
// `sinkFirst` 1 mm steps, then narrowed, then sunk further; depthBias sinks the whole belly.
// originDive: extra depth (mm) at the two ends of the origin line, fading along the belly.
core::Mesh sweepBelly(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float width, float depthBias, int sinkFirst = 0,
                      glm::vec2 originDive = glm::vec2(0.0f));

// How much of MuscleSpec::originDive applies at a point of the origin line (s from -1 at its
// first anchor to 1 at its last, `anchors` of them): all of it between the first two anchors,
// none from three quarters of the way to the third on (a fan's slip that starts there, in
// its overlap with the slip above, keeps its depth).
float originDiveShare(float s, std::size_t anchors);

// Away from the trunk's long axis, as the normal of an ellipse as wide and deep as the trunk,
// whose flat front and back carry a point forward or backward rather than out to the side: how
// a slip's deep midpoint (muscle_pieces.cpp) or ring corner (muscle_builder.cpp) is lifted.
inline glm::vec3 trunkOutward(glm::vec3 p) {
    return glm::normalize(glm::vec3(p.x / 9.0f, p.y / 4.0f, 0.0f));
}

}  // namespace tpa::body
