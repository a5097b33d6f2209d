// Meshing of the bone shapes into parts; the right-side bones are mirror images of the left.
#include "body/skeleton.h"

#include <cmath>

#include "body/mesh_decimate.h"
#include "body/mesh_ops.h"
#include "body/mesh_unfold.h"
#include "body/polygonizer.h"
#include "body/surface_fit.h"

namespace tpa::body {
namespace {

// A bone's field as it is meshed: clipped `under` mm (and its recesses deeper) under the skin
// where the shape asks for it.
SdfModel meshedField(const BoneShape& shape, const SdfModel& skin, float under) {
    SdfModel field = shape.field;
    if (shape.clipToSkin) field.clipInside(skin, under + 0.5f, shape.cell);
    return field;
}

}  // namespace

std::vector<BoneShape> skeletonShapes(const Rig& rig) {
    std::vector<BoneShape> shapes = axialBones(rig);
    for (auto& b : limbBones(rig)) shapes.push_back(std::move(b));
    return shapes;
}

std::vector<core::Part> buildSkeleton(const std::vector<BoneShape>& shapes, const SdfModel& skin,
                                      float clearance) {
    std::vector<core::Part> parts;
    for (const BoneShape& shape : shapes) {
        const float under = clearance + shape.extraClearance;
        core::Aabb region = shape.field.bounds();
        region.min -= glm::vec3(2.0f * shape.cell);
        region.max += glm::vec3(2.0f * shape.cell);
        if (!shape.sided) region.min.x = 0.0f;
        const SdfModel field = meshedField(shape, skin, under);
        core::Mesh mesh = polygonize(field, region, shape.cell);
        taubinSmooth(mesh, 4);
        decimate(mesh, 2.5f * shape.cell, shape.decimateDot);
        taubinSmooth(mesh, 2);
        unfold(mesh);  // blend creases on thin blades (scapula) fold when smoothed
        keepUnderUnfolded(mesh, skin, under);
        // Where the skin presses a crest (the scapular spine) a fold can survive: smooth the
        // whole bone a little and press again.
        for (int pass = 0; pass < 3 && inwardFaceCount(mesh) > 0; ++pass) {
            taubinSmooth(mesh, 2);
            keepUnderUnfolded(mesh, skin, under);
        }
        if (!shape.sided) mirrorWeld(mesh);
        mesh.computeNormals();
        core::Part part;
        part.kind = core::PartKind::Bone;
        part.layer = core::Layer::Bone;
        if (!shape.sided) {
            part.id = shape.id;
            part.name = shape.name;
            part.side = core::Side::Midline;
            part.mesh = std::move(mesh);
            parts.push_back(std::move(part));
            continue;
        }
        core::Part right = part;
        part.id = shape.id + ".left";
        part.name = shape.name + " (left)";
        part.side = core::Side::Left;
        right.id = shape.id + ".right";
        right.name = shape.name + " (right)";
        right.side = core::Side::Right;
        right.mesh = mirrored(mesh);
        part.mesh = std::move(mesh);
        parts.push_back(std::move(part));
        parts.push_back(std::move(right));
    }
    return parts;
}

SdfModel mandibleField(const Rig& rig, const SdfModel& skin) {
    const float clearance = kBoneClearanceMm * rig.stature() / 1750.0f;
    for (const BoneShape& shape : axialBones(rig))
        if (shape.id == "mandible")
            return meshedField(shape, skin, clearance + shape.extraClearance);
    return {};
}

float boneDistance(const std::vector<BoneShape>& shapes, glm::vec3 p) {
    p.x = std::abs(p.x);
    float d = 1e9f;
    for (const BoneShape& s : shapes) {
        const core::Aabb box = s.field.bounds();
        const glm::vec3 outside = glm::max(glm::max(box.min - p, p - box.max), glm::vec3(0.0f));
        if (glm::length(outside) < d) d = std::min(d, s.field.evaluate(p));
    }
    return d;
}

}  // namespace tpa::body
