// Mesh post-processing for generated shapes: smoothing, mirroring, hashing.
#pragma once

#include <cstdint>
#include <vector>

#include "core/mesh.h"

namespace tpa::body {

// Taubin lambda/mu smoothing with the uniform Laplacian: removes the grid's stair-steps without
// shrinking. Vertices with x == 0 exactly (the open seam of a half mesh) keep x = 0.
void taubinSmooth(core::Mesh& mesh, int iterations, float lambda = 0.5f, float mu = -0.53f);

// Mirrors a half mesh (x >= 0, open along x = 0) into the full symmetric, closed mesh: the
// seam vertices are shared, the mirrored triangles have their winding reversed.
void mirrorWeld(core::Mesh& half);

// Mirror image through the plane x = 0 (the subject's left becomes right), winding reversed.
core::Mesh mirrored(const core::Mesh& mesh);

// Enclosed signed volume of a closed mesh (mm^3): positive when it is wound outward.
double signedVolume(const core::Mesh& mesh);

// Winds a closed mesh outward: if its enclosed signed volume is negative, every triangle is
// flipped (a generated tube or slab whose rings ran the other way round).
void orientOutward(core::Mesh& mesh);

// The connected piece each vertex belongs to (vertices joined through triangles), named by one
// of its vertices: a fan's slips are separate pieces that share no vertex. A vertex no triangle
// uses is a piece of its own.
std::vector<std::uint32_t> vertexPieces(const core::Mesh& mesh);

// FNV-1a over positions and indices, for determinism checks.
std::uint64_t meshHash(const core::Mesh& mesh);

}  // namespace tpa::body
