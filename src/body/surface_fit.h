// Fitting generated meshes to implicit surfaces: keeping parts under the skin, snapping a
// smoothed mesh back onto its field.
#pragma once

#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// Moves every vertex that lies less than `clearance` under the surface of `skin` inward along
// the field's gradient until it does (mesh normals are left for the caller to recompute).
// Vertices on x = 0 stay there, so half meshes still weld.
void keepUnder(core::Mesh& mesh, const SdfModel& skin, float clearance);

// keepUnder, then: pressing a thin part under a curved skin can fold its surface over itself;
// such folds are relaxed (see unfold), every vertex moved kept `margin` deeper than the
// clearance so that the relaxed faces do not bridge out of a concave stretch of skin.
void keepUnderUnfolded(core::Mesh& mesh, const SdfModel& skin, float clearance,
                       float margin = 0.0f, int iterations = 40);

// Moves every vertex onto the field's zero level (small corrections only): undoes the shrinkage
// of smoothing and decimation, so the mesh is where the field says the surface is.
void projectOnto(core::Mesh& mesh, const SdfModel& field);

}  // namespace tpa::body
