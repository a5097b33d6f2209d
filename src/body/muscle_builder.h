// Shape builders: turn one muscle-table row into a closed mesh lying under the skin.
#pragma once

#include "body/muscle_table.h"
#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// Resolves an anchor on the rig (left side); throws std::out_of_range on an unknown name.
glm::vec3 resolveAnchor(const Rig& rig, const Anchor& anchor);

// Left-side mesh of one muscle: a tube swept from origin to insertion whose cross-section is a
// flattened ellipse spanning the origin/insertion lines, closed by a cap at each end (a closed
// genus-0 manifold by construction). Muscles with a depth are pressed onto the skin field:
// their outer face lies depth mm under the skin and their body is `thickness` deep.
// Muscles marked onCranium are laid on `cranium` instead (and still kept under the skin).
core::Mesh buildMuscleMesh(const MuscleSpec& spec, const Rig& rig, const SdfModel& skin,
                           const SdfModel& cranium);

}  // namespace tpa::body
