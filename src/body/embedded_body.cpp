// Assembles the embedded body: skin, skeleton and muscles from the rig, plus its landmarks.
#include "body/embedded_body.h"

#include "body/mesh_ops.h"
#include "body/muscle_builder.h"
#include "body/rig.h"
#include "body/skin_field.h"
#include "body/skeleton.h"
#include "body/skin_mesh.h"

namespace tpa::body {

core::Scene buildEmbeddedBody() {
    const Rig rig;
    core::Scene scene;
    scene.source = "embedded body";
    core::Part skin;
    skin.id = "skin";
    skin.name = "Skin";
    skin.kind = core::PartKind::Skin;
    skin.side = core::Side::Midline;
    skin.layer = core::Layer::Skin;
    skin.mesh = buildSkinMesh(rig);
    scene.parts.push_back(std::move(skin));
    for (auto& bone : buildSkeleton(skeletonShapes(rig))) scene.parts.push_back(std::move(bone));
    const SdfModel skinShape = skinField(rig);
    for (const MuscleSpec& spec : muscleTable()) {
        core::Part left;
        left.kind = core::PartKind::Muscle;
        left.layer = spec.layer;
        left.muscleId = std::string(spec.id);
        core::Part right = left;
        left.id = left.muscleId + ".left";
        left.name = std::string(spec.name) + " (left)";
        left.side = core::Side::Left;
        left.mesh = buildMuscleMesh(spec, rig, skinShape);
        right.id = right.muscleId + ".right";
        right.name = std::string(spec.name) + " (right)";
        right.side = core::Side::Right;
        right.mesh = mirrored(left.mesh);
        scene.parts.push_back(std::move(left));
        scene.parts.push_back(std::move(right));
    }
    for (const auto& [key, p] : embeddedLandmarks()) scene.landmarks.set(key, p);
    return scene;
}

std::vector<std::pair<std::string, glm::vec3>> embeddedLandmarks() { return {}; }

}  // namespace tpa::body
