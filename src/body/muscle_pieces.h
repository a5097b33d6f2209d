// Muscles laid as several bellies (internal to the body module); all keep one part.
#pragma once

#include <vector>

#include "body/muscle_table.h"
#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// A broad fan (heads > 1) as that many slips side by side (pectoralis major, latissimus, the
// trapezius parts), slip i from the i-th stretch of the origin line to the i-th of the insertion.
core::Mesh sweepSlips(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float depthBias);

// A sheet (heads > 1) as separate digitations converging on the insertion (serratus anterior).
core::Mesh sweepDigitations(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                            const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                            const std::vector<glm::vec3>& insertion,
                            const std::vector<glm::vec3>& via, float depthBias);

// A multi-bellied muscle (biceps, triceps, gastrocnemius) as heads from points of the origin
// line converging on the insertion.
core::Mesh sweepHeads(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                      const SdfModel& cranium, const std::vector<glm::vec3>& origin,
                      const std::vector<glm::vec3>& insertion, const std::vector<glm::vec3>& via,
                      float depthBias);

}  // namespace tpa::body
