// Assembles the embedded body: skin, skeleton and muscles from the rig, plus its landmarks.
// Parts are independent, so they are built concurrently and gathered in a fixed order: the
// result does not depend on thread timing.
#include "body/embedded_body.h"

#include <future>

#include "body/aponeurosis.h"
#include "body/body_landmarks.h"
#include "body/hand_cover.h"
#include "body/intercostals.h"
#include "body/muscle_builder.h"
#include "body/part_pair.h"
#include "body/rig.h"
#include "body/skeleton.h"
#include "body/skin_field.h"
#include "body/skin_mesh.h"

namespace tpa::body {
namespace {

core::Part skinPart(const Rig& rig) {
    core::Part skin;
    skin.id = "skin";
    skin.name = "Skin";
    skin.kind = core::PartKind::Skin;
    skin.side = core::Side::Midline;
    skin.layer = core::Layer::Skin;
    skin.mesh = buildSkinMesh(rig);
    return skin;
}

// Left and right parts of the muscles [first, last) of a table; parts of the context table
// name no knowledge-base muscle.
std::vector<core::Part> muscleParts(const Rig& rig, const SdfModel& skin, const SdfModel& cranium,
                                    const std::vector<MuscleSpec>& table, bool inKnowledgeBase,
                                    std::size_t first, std::size_t last) {
    std::vector<core::Part> parts;
    for (std::size_t i = first; i < last && i < table.size(); ++i) {
        const MuscleSpec& spec = table[i];
        core::Part base;
        base.kind = core::PartKind::Muscle;
        base.layer = spec.layer;
        if (inKnowledgeBase) base.muscleId = std::string(spec.id);
        appendLeftRight(parts, std::move(base), spec.id, spec.name,
                        buildMuscleMesh(spec, rig, skin, cranium));
    }
    return parts;
}

}  // namespace

core::Scene buildEmbeddedBody() {
    const Rig rig;
    const SdfModel skinShape = skinField(rig);
    const SdfModel cranium = craniumField(rig);
    const std::vector<BoneShape> bones = skeletonShapes(rig);
    std::vector<std::future<std::vector<core::Part>>> jobs;
    jobs.push_back(
        std::async(std::launch::async, [&] { return std::vector<core::Part>{skinPart(rig)}; }));
    for (std::size_t b = 0; b < bones.size(); ++b)
        jobs.push_back(std::async(std::launch::async, [&, b] {
            return buildSkeleton(std::vector<BoneShape>{bones[b]}, skinShape,
                                 kBoneClearanceMm * rig.stature() / 1750.0f);
        }));
    constexpr std::size_t kChunk = 12;
    for (std::size_t first = 0; first < muscleTable().size(); first += kChunk)
        jobs.push_back(std::async(std::launch::async, [&, first] {
            return muscleParts(rig, skinShape, cranium, muscleTable(), true, first, first + kChunk);
        }));
    jobs.push_back(std::async(std::launch::async, [&] {
        return muscleParts(rig, skinShape, cranium, contextMuscleTable(), false, 0,
                           contextMuscleTable().size());
    }));
    jobs.push_back(std::async(std::launch::async, [&] {
        // The lumbricals: one muscle part a hand in four pieces.
        core::Mesh mesh;
        for (const MuscleSpec& row : lumbricalRows(rig))
            mesh.append(buildMuscleMesh(row, rig, skinShape, cranium));
        core::Part base;
        base.kind = core::PartKind::Muscle;
        base.layer = core::Layer::Intermediate;  // under the palmar aponeurosis
        std::vector<core::Part> parts;
        appendLeftRight(parts, std::move(base), "lumbricals-hand", "Lumbricals (hand)",
                        std::move(mesh));
        return parts;
    }));
    jobs.push_back(
        std::async(std::launch::async, [&] { return aponeurosisParts(rig, skinShape, cranium); }));
    jobs.push_back(
        std::async(std::launch::async, [&] { return intercostalParts(rig, skinShape); }));
    core::Scene scene;
    scene.source = "embedded body";
    for (auto& job : jobs)
        for (auto& part : job.get()) scene.parts.push_back(std::move(part));
    for (const auto& [key, p] : placeLandmarks(rig, skinShape, bones)) scene.landmarks.set(key, p);
    return scene;
}

std::vector<std::pair<std::string, glm::vec3>> embeddedLandmarks() {
    const Rig rig;
    return placeLandmarks(rig, skinField(rig), skeletonShapes(rig));
}

}  // namespace tpa::body
