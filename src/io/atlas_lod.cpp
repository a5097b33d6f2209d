// meshopt_simplify with LockBorder (open muscle sheets keep their outline), then a remap that
// drops the vertices no triangle uses any more.
#include "io/atlas_lod.h"

#include "core/mesh_topology.h"

#include <meshoptimizer.h>

namespace tpa::io {

void optimizeTriangleOrder(core::Mesh& mesh) {
    if (mesh.indices.empty()) return;
    constexpr float kCacheLoss = 1.05f;  // the vertex cache may lose 5 % for less overdraw
    meshopt_optimizeVertexCache(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                                mesh.positions.size());
    std::vector<unsigned int> ordered(mesh.indices.size());
    meshopt_optimizeOverdraw(ordered.data(), mesh.indices.data(), mesh.indices.size(),
                             &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3), kCacheLoss);
    mesh.indices = std::move(ordered);
}

core::Mesh simplifiedLod(const core::Mesh& mesh, float ratio, float maxError) {
    constexpr std::size_t kMinTriangles = 64;
    if (mesh.triangleCount() < kMinTriangles) return mesh;
    const std::size_t target =
        std::max<std::size_t>(3 * 16, std::size_t(float(mesh.indices.size()) * ratio) / 3 * 3);
    std::vector<unsigned int> indices(mesh.indices.size());
    const std::size_t count =
        meshopt_simplify(indices.data(), mesh.indices.data(), mesh.indices.size(),
                         &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3), target,
                         maxError, meshopt_SimplifyLockBorder, nullptr);
    if (count == 0 || count >= mesh.indices.size()) return mesh;
    indices.resize(count);
    std::vector<unsigned int> remap(mesh.positions.size());
    const std::size_t vertices = meshopt_optimizeVertexFetchRemap(
        remap.data(), indices.data(), indices.size(), mesh.positions.size());
    core::Mesh lod;
    lod.positions.resize(vertices);
    meshopt_remapVertexBuffer(lod.positions.data(), mesh.positions.data(), mesh.positions.size(),
                              sizeof(glm::vec3), remap.data());
    lod.indices.resize(indices.size());
    meshopt_remapIndexBuffer(lod.indices.data(), indices.data(), indices.size(), remap.data());
    optimizeTriangleOrder(lod);
    // Its vertices are some of the mesh's own, so they keep the mesh's normals: the view shades
    // the same moving as still (a part whose normals follow a field, not its facets, such as a
    // fan of slips shading as one sheet, showed its seams again while the view moved).
    if (mesh.normals.size() == mesh.positions.size()) {
        lod.normals.resize(vertices);
        meshopt_remapVertexBuffer(lod.normals.data(), mesh.normals.data(), mesh.positions.size(),
                                  sizeof(glm::vec3), remap.data());
    } else {
        lod.computeNormals();
    }
    return lod;
}

float movingLodScale(core::Layer layer) {
    // Beneath the superficial muscles a part mostly shows through gaps, and only while the
    // view moves: half the LOD's triangles there cut the moving frame's vertex work.
    switch (layer) {
        case core::Layer::Intermediate:
        case core::Layer::Deep:
        case core::Layer::Bone: return 0.5f;
        case core::Layer::Skin:
        case core::Layer::Superficial: break;
    }
    return 1.0f;
}

void prepareForDrawing(core::Scene& scene, float ratio) {
    for (auto& part : scene.parts) {
        optimizeTriangleOrder(part.mesh);
        if (!part.lod.indices.empty()) continue;
        const float scale = movingLodScale(part.layer);
        // A coarser LOD may also stray further from the surface: twice the error bound.
        core::Mesh lod = simplifiedLod(part.mesh, ratio * scale, kLodMaxError / scale);
        if (lod.triangleCount() < part.mesh.triangleCount()) part.lod = std::move(lod);
    }
    for (auto& part : scene.parts) part.closedOutward = isClosedOutward(part);
}

bool isClosedOutward(const core::Part& part) {
    return core::isClosedOutward(part.mesh) &&
           (part.lod.indices.empty() || core::isClosedOutward(part.lod, /*requireManifold=*/false));
}

}  // namespace tpa::io
