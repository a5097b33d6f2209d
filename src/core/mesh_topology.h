// Whether a mesh is a closed, consistently wound surface facing outward: the condition under
// which its back faces can never be seen from outside and the renderer may cull them.
#pragma once

#include "core/mesh.h"

#include <string>

namespace tpa::core {

// Empty when every edge is used exactly once in each direction (closed, edge-manifold,
// consistently wound), no triangle is degenerate in its indices, and the enclosed signed
// volume is positive (counter-clockwise = outside); otherwise the first problem found.
// Without `requireManifold`, an edge may be used more than once in a direction as long as
// its reverse is there too: simplified meshes pinch thin places like that, yet stay closed
// with every triangle facing out (the simplifier refuses collapses that flip a triangle).
std::string closedOutwardProblem(const Mesh& mesh, bool requireManifold = true);
inline bool isClosedOutward(const Mesh& mesh, bool requireManifold = true) {
    return closedOutwardProblem(mesh, requireManifold).empty();
}

}  // namespace tpa::core
