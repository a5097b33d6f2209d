// Shading normals that follow the skin field instead of a mesh's facets, for fans built as
// separate slips that must shade as one smooth muscle (MuscleSpec::fieldNormals).
#pragma once

#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// Each vertex of the outer face (its own normal within about 30 degrees of the skin field's
// gradient) takes the gradient; the rims' bevels and the deep face keep their own, so the
// outline stays drawn. With seamReach > 0 (mm, MuscleSpec::seamFieldNormals), a rim vertex
// with another slip's face within that distance under it is a seam inside the fan and takes
// the gradient too. No triangle is left facing against its corners' normals (the renderer
// takes such a triangle for a fold). With tucked, so does a rim vertex with another slip's face
// within that distance over it (MuscleSpec::seamFieldNormalsTucked). Positions are unchanged.
void takeFieldNormals(core::Mesh& mesh, const SdfModel& skin, float seamReach,
                      bool tucked = false);

}  // namespace tpa::body
