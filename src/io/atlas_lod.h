// Mesh preparation for drawing many atlas parts: vertex-cache order and a simplified level of
// detail per part (meshoptimizer), so the whole body orbits smoothly on a software renderer.
#pragma once

#include "core/mesh.h"

namespace tpa::io {

// Reorders triangles for the post-transform vertex cache; the geometry is unchanged.
void optimizeTriangleOrder(core::Mesh& mesh);
// A copy with about `ratio` of the triangles (edge collapses, borders kept, error at most 2 %
// of the mesh size), unused vertices dropped, normals recomputed. Meshes under 64 triangles,
// or ones the simplifier cannot reduce, are returned as they are.
core::Mesh simplifiedLod(const core::Mesh& mesh, float ratio);

}  // namespace tpa::io
