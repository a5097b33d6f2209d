// Moving mesh vertices relative to an implicit surface: under it by a margin, or onto it.
#include "body/surface_fit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "body/mesh_unfold.h"

namespace tpa::body {

namespace {

// Calls step(p, value) for every vertex, where value evaluates the field with only the
// primitives near that vertex's 64 mm block: whole-mesh passes stay cheap on a large field.
template <class Step>
void forEachVertexNear(core::Mesh& mesh, const SdfModel& field, float margin, Step step) {
    constexpr float kCell = 64.0f;
    std::map<std::tuple<int, int, int>, std::vector<std::size_t>> blocks;
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::ivec3 c = glm::ivec3(glm::floor(mesh.positions[i] / kCell));
        blocks[{c.x, c.y, c.z}].push_back(i);
    }
    for (const auto& [key, members] : blocks) {
        core::Aabb box;
        box.expand(glm::vec3(std::get<0>(key), std::get<1>(key), std::get<2>(key)) * kCell);
        box.expand(box.min + glm::vec3(kCell));
        const auto subset = field.near(box, margin);
        auto value = [&](const glm::vec3& p) { return field.evaluate(p, subset); };
        for (std::size_t i : members) step(mesh.positions[i], value);
    }
}

// Newton steps toward field = level; `onlyAbove` leaves points already below the level.
template <class Value>
glm::vec3 newton(glm::vec3 p, const Value& value, float level, bool onlyAbove, float overshoot) {
    const bool seam = p.x == 0.0f;
    for (int i = 0; i < 8; ++i) {
        const float f = value(p);
        if (onlyAbove ? f <= level : std::abs(f - level) < 0.01f) break;
        const float e = 0.5f;
        glm::vec3 g(value(p + glm::vec3(e, 0, 0)) - value(p - glm::vec3(e, 0, 0)),
                    value(p + glm::vec3(0, e, 0)) - value(p - glm::vec3(0, e, 0)),
                    value(p + glm::vec3(0, 0, e)) - value(p - glm::vec3(0, 0, e)));
        if (seam) g.x = 0.0f;
        const float len = glm::length(g);
        if (len <= 0.0f) break;
        // g / (2e) is the gradient; step by (f - level) / |gradient| along it.
        p -= (f - level + overshoot) * (2.0f * e) * g / (len * len);
    }
    if (seam) p.x = 0.0f;
    return p;
}

}  // namespace

void keepUnder(core::Mesh& mesh, const SdfModel& skin, float clearance) {
    forEachVertexNear(mesh, skin, clearance + 16.0f, [&](glm::vec3& p, const auto& value) {
        // A little past the level, so that one or two steps suffice.
        p = newton(p, value, -clearance, true, 0.1f);
    });
}

void keepUnderUnfolded(core::Mesh& mesh, const SdfModel& skin, float clearance, float margin,
                       int iterations) {
    keepUnder(mesh, skin, clearance);
    if (inwardFaceCount(mesh) == 0) return;
    core::Aabb box = mesh.bounds();
    box.min.x = std::max(0.0f, box.min.x);
    const std::vector<int> subset = skin.near(box, clearance + 16.0f);
    auto value = [&](const glm::vec3& p) {
        return skin.evaluate(glm::vec3(std::abs(p.x), p.y, p.z), subset);
    };
    unfold(mesh, iterations, [&](const glm::vec3& p) { return newton(p, value, -clearance - margin, true, 0.1f); });
}

void projectOnto(core::Mesh& mesh, const SdfModel& field) {
    forEachVertexNear(mesh, field, 16.0f, [&](glm::vec3& p, const auto& value) {
        const glm::vec3 q = newton(p, value, 0.0f, false, 0.0f);
        // Only small corrections: a vertex that would jump far sits in a crease the mesh
        // smooths on purpose.
        if (glm::length(q - p) < 3.0f) p = q;
    });
}

}  // namespace tpa::body
