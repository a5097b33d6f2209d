// Trigger-point placement: anchor resolution per side and a snap to the muscle's surface.
#include "anatomy/trigger_point_placement.h"

#include <cmath>
#include <limits>

namespace tpa::anatomy {
namespace {

float distance2(glm::vec3 a, glm::vec3 b) { return glm::dot(a - b, a - b); }

}  // namespace

// Closest point on triangle abc to p (the region tests of Ericson, Real-Time Collision
// Detection, 5.1.5, written out here).
glm::vec3 closestPointOnTriangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f) return a;
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3) return b;
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) return a + ab * (d1 / (d1 - d3));
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6) return c;
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) return a + ac * (d2 / (d2 - d6));
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f)
        return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    const float denom = 1.0f / (va + vb + vc);
    return a + ab * (vb * denom) + ac * (vc * denom);
}

std::optional<glm::vec3> closestPointOnMesh(const core::Mesh& mesh, glm::vec3 p) {
    std::optional<glm::vec3> best;
    float bestD2 = std::numeric_limits<float>::max();
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::vec3 a = mesh.positions[mesh.indices[t]];
        const glm::vec3 b = mesh.positions[mesh.indices[t + 1]];
        const glm::vec3 c = mesh.positions[mesh.indices[t + 2]];
        const glm::vec3 q = closestPointOnTriangle(p, a, b, c);
        const float d2 = distance2(p, q);
        if (d2 < bestD2) {
            bestD2 = d2;
            best = q;
        }
    }
    return best;
}

std::optional<TriggerPointPlacement> placeTriggerPoint(const core::Scene& scene,
                                                       const Muscle& muscle,
                                                       const TriggerPoint& trp, core::Side side) {
    const auto anchor = resolveAnchor(trp.location, scene.landmarks, side);
    if (!anchor) return std::nullopt;
    TriggerPointPlacement out;
    out.muscleId = muscle.id;
    out.triggerPoint = trp.id;
    out.side = side;
    out.anchor = *anchor;
    out.position = *anchor;
    float bestD2 = std::numeric_limits<float>::max();
    for (int index : scene.partsOfMuscle(muscle.id, side)) {
        const auto q =
            closestPointOnMesh(scene.parts[static_cast<std::size_t>(index)].mesh, *anchor);
        if (!q) continue;
        const float d2 = distance2(*q, *anchor);
        if (d2 < bestD2) {
            bestD2 = d2;
            out.position = *q;
            out.part = index;
            out.onMesh = true;
        }
    }
    out.snapDistanceMm = out.onMesh ? std::sqrt(bestD2) : 0.0f;
    return out;
}

std::vector<TriggerPointPlacement> placeAllTriggerPoints(const core::Scene& scene,
                                                         const KnowledgeBase& kb) {
    std::vector<TriggerPointPlacement> out;
    for (const Muscle& m : kb.muscles)
        for (const TriggerPoint& trp : m.triggerPoints)
            for (core::Side side : {core::Side::Left, core::Side::Right})
                if (auto placed = placeTriggerPoint(scene, m, trp, side))
                    out.push_back(std::move(*placed));
    return out;
}

}  // namespace tpa::anatomy
