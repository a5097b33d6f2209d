// Topology-safe edge-collapse decimation for the generated closed surfaces.
#pragma once

#include "core/mesh.h"

namespace tpa::body {

// Collapses edges shorter than maxEdgeMm, shortest first, to their midpoints. A collapse is
// refused when it would break the manifold (link condition), fold or tilt a triangle by more
// than acos(minNormalDot) (so curved detail keeps its density while flat areas coarsen), or
// touch the open seam of a half mesh (vertices at x == 0 and their neighbours), which must
// stay exactly as polygonised for mirrorWeld. A closed manifold stays closed and manifold.
void decimate(core::Mesh& mesh, float maxEdgeMm, float minNormalDot);

}  // namespace tpa::body
