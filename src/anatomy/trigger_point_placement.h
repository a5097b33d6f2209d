// Where a trigger point sits on a given body: its anchor resolved for a side, then snapped to
// the nearest point of that muscle's mesh on that side.
#pragma once

#include <glm/glm.hpp>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "core/mesh.h"
#include "core/scene.h"

namespace tpa::anatomy {

struct TriggerPointPlacement {
    std::string muscleId;
    std::string triggerPoint;  // "TrP1"
    core::Side side = core::Side::Right;
    glm::vec3 anchor{0.0f};    // the resolved anchor (the knowledge base's location)
    glm::vec3 position{0.0f};  // on the muscle's mesh, or the anchor when there is none
    bool onMesh = false;       // false: the scene has no part for this muscle on this side
    int part = -1;             // index of the scene part it was snapped to, or -1
    float snapDistanceMm = 0.0f;
};

// nullopt when a landmark the anchor needs is missing from the scene. A muscle without a mesh
// for the side keeps the anchor position with onMesh = false.
std::optional<TriggerPointPlacement> placeTriggerPoint(const core::Scene& scene,
                                                       const Muscle& muscle,
                                                       const TriggerPoint& trp, core::Side side);

// Every trigger point of every muscle on both sides, in knowledge-base order (left, then
// right for each trigger point); points whose anchor cannot be resolved are left out.
std::vector<TriggerPointPlacement> placeAllTriggerPoints(const core::Scene& scene,
                                                         const KnowledgeBase& kb);

// The closest point of triangle abc to p.
glm::vec3 closestPointOnTriangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c);

// The closest point of a triangle mesh to `p` (brute force over the triangles); nullopt for
// a mesh without triangles.
std::optional<glm::vec3> closestPointOnMesh(const core::Mesh& mesh, glm::vec3 p);

}  // namespace tpa::anatomy
