// Marching tetrahedra over a sparse grid: turns an SdfModel into a closed, manifold mesh.
#pragma once

#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// Polygonises the zero set of `field` inside `region` with cubic cells of `cell` mm. Each cube
// is split into six tetrahedra around its main diagonal (the Kuhn split, identical in every
// cube), so neighbouring cells always agree and the result is a 2-manifold with consistent
// outward winding wherever the surface stays inside the region. Where the surface leaves
// through the face x = region.min.x the mesh is open there (see mirrorWeld). With slabs > 1
// the region is cut into that many layers along z, meshed on concurrent threads and merged;
// the result is the same mesh, vertex for vertex, whatever the slab count.
core::Mesh polygonize(const SdfModel& field, const core::Aabb& region, float cell, int slabs = 1);

}  // namespace tpa::body
