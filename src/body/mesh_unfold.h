// Finding and smoothing out folds: triangles of a generated mesh that face into the surface.
#pragma once

#include <cstddef>
#include <functional>

#include "core/mesh.h"

namespace tpa::body {

// Triangles whose normal points against the summed area-weighted normals of their three
// corners: the surface folds back over itself there, and with back-face culling such a
// triangle would show as a hole (or hide what is behind it). Degenerate triangles count too.
std::size_t inwardFaceCount(const core::Mesh& mesh);

// Moves the corners of folded triangles (and, if that is not enough, their neighbours) to the
// centre of their neighbours until no triangle is folded or maxIterations passes are spent.
// The topology is untouched, so a closed manifold stays one; vertices with x == 0 (the open
// seam of a half mesh) stay on the plane. `keep`, when given, is applied to every moved vertex
// (a constraint such as "stay under the skin"). Returns the number of folded triangles left.
std::size_t unfold(core::Mesh& mesh, int maxIterations = 40,
                   const std::function<glm::vec3(const glm::vec3&)>& keep = {});

}  // namespace tpa::body
