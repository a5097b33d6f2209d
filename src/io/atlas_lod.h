// Mesh preparation for drawing many parts: vertex-cache and overdraw order and a simplified
// level of detail per part (meshoptimizer), so the whole body orbits smoothly on a software
// renderer. Used for atlas parts, model files and the embedded body alike.
#pragma once

#include "core/scene.h"

namespace tpa::io {

// Reorders triangles for the post-transform vertex cache, then outer surfaces first to cut
// overdraw; vertices and the set of triangles are unchanged.
void optimizeTriangleOrder(core::Mesh& mesh);
// A copy with about `ratio` of the triangles (edge collapses, borders kept, error at most
// `maxError` of the mesh size, 2 % unless told), unused vertices dropped, normals recomputed.
// Meshes under 64 triangles, or ones the simplifier cannot reduce, are returned as they are.
inline constexpr float kLodMaxError = 0.02f;  // relative to the mesh extent
core::Mesh simplifiedLod(const core::Mesh& mesh, float ratio, float maxError = kLodMaxError);
// How much coarser than `ratio` a part's LOD is made for its layer (1 = as asked): parts
// beneath the superficial muscles, mostly hidden, get half the triangles.
float movingLodScale(core::Layer layer);
// Orders every part's triangles and fills Part::lod (ratio x movingLodScale of its layer)
// where the part has none yet and the simplifier reduces it (otherwise lod stays empty and
// the full mesh is drawn).
// Also sets each part's closedOutward flag.
void prepareForDrawing(core::Scene& scene, float ratio = 0.25f);
// The part's full mesh and its LOD (when it has one) are both closed and wound outward.
bool isClosedOutward(const core::Part& part);

}  // namespace tpa::io
