// Skin: polygonise the left half, smooth, simplify, then mirror-weld into a closed surface.
#include "body/skin_mesh.h"

#include <algorithm>

#include "body/mesh_decimate.h"
#include "body/mesh_ops.h"
#include "body/mesh_unfold.h"
#include "body/polygonizer.h"
#include "body/surface_fit.h"
#include "body/skin_field.h"

namespace tpa::body {

core::Mesh buildSkinMesh(const Rig& rig) {
    const SdfModel field = skinField(rig);
    core::Aabb region = field.bounds();
    const float cell = kSkinCellMm * rig.stature() / 1750.0f;
    region.min.x = 0.0f;  // the half mesh must be open exactly on the symmetry plane
    region.min.y -= 2.0f * cell;
    region.min.z = -2.0f * cell;
    region.max += glm::vec3(2.0f * cell);
    // The skin is the largest single job of the build: mesh it in slabs on several threads.
    core::Mesh mesh = polygonize(field, region, cell, 4);
    taubinSmooth(mesh, 4);
    decimate(mesh, 9.0f, 0.97f);
    taubinSmooth(mesh, 4);
    projectOnto(mesh, field);
    for (auto& p : mesh.positions) p.z = std::max(p.z, 0.0f);  // smoothing must not sink the soles
    // Smoothing pulls thin webs (the base of the thumb) over themselves: relax those folds.
    unfold(mesh);
    mirrorWeld(mesh);
    mesh.computeNormals();
    return mesh;
}

}  // namespace tpa::body
