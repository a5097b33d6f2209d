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
core::Mesh sweepBelly(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float width, float depthBias, int sinkFirst = 0);

}  // namespace tpa::body
