// Signed-distance shapes (round cones, ellipsoids, round boxes) combined by smooth union.
#pragma once

#include <glm/glm.hpp>
#include <span>
#include <vector>

#include "core/aabb.h"

namespace tpa::body {

enum class PrimitiveKind { RoundCone, Ellipsoid, RoundBox, RoundTriangle };

struct Primitive {
    PrimitiveKind kind = PrimitiveKind::Ellipsoid;
    glm::vec3 a{0.0f}, b{0.0f};  // round cone end centres; ellipsoid/box centre in a
    glm::vec3 c{0.0f};           // round triangle: its corners are a, b and c
    float ra = 0.0f, rb = 0.0f;  // round cone radii; box corner rounding and triangle radius in ra
    glm::vec3 radii{1.0f};       // ellipsoid semi-axes / box half extents
    glm::mat3 frame{1.0f};       // world-to-local rotation (rows are the local axes)
    float blend = 0.0f;          // smooth-union radius with what came before
    bool subtract = false;       // carve instead of add (applied after all unions)
    bool paired = false;         // also present mirrored through x = 0 (see makeSymmetric)
    core::Aabb bounds;           // conservative box, filled by SdfModel::add
};

float smoothMin(float a, float b, float k);
float smoothMax(float a, float b, float k);
float primitiveDistance(const Primitive& p, const glm::vec3& x);
// Like primitiveDistance but never larger in magnitude than the true distance (the ellipsoid
// approximation can overestimate far from flat ellipsoids); used to skip empty space safely.
float primitiveBound(const Primitive& p, const glm::vec3& x);

// A bag of primitives; evaluate() is the field (negative inside). Subsets let the polygoniser
// evaluate only the primitives near a block, which keeps start-up fast.
class SdfModel {
public:
    void add(Primitive p);
    void roundCone(glm::vec3 a, glm::vec3 b, float ra, float rb, float blend);
    void ellipsoid(glm::vec3 c, glm::vec3 radii, float blend, glm::mat3 frame = glm::mat3(1.0f));
    void box(glm::vec3 c, glm::vec3 half, float round, float blend,
             glm::mat3 frame = glm::mat3(1.0f));
    // A flat plate: every point within `radius` of the triangle abc, so its rim is as round as
    // the plate is thick (a thin ellipsoid's knife edge polygonises into a saw blade).
    void roundTriangle(glm::vec3 a, glm::vec3 b, glm::vec3 c, float radius, float blend);
    void carveEllipsoid(glm::vec3 c, glm::vec3 radii, float blend);
    // The whole field is cut at z = floorZ so the soles are flat and stand on the floor.
    void setFloor(float z) {
        floorZ_ = z;
        hasFloor_ = true;
    }

    // The model stands for a symmetric body of which only the left (+x) side was described:
    // every off-midline primitive that reaches across x = 0 gets its mirror twin, blended with
    // it, so the field is exactly symmetric and meets the midline at right angles (a half
    // polygonised and mirror-welded then has no crease along the weld).
    void makeSymmetric();

    // Keeps the shape `depth` mm inside `other` (both must outlive this model): the field
    // becomes the smooth intersection with other's level -depth. A bone clipped to the skin is
    // meshed already under it, instead of being pressed in afterwards, which folds thin crests.
    void clipInside(const SdfModel& other, float depth, float blend);
    // Clips up to `extra` mm deeper inside the ellipsoid (centre, radii; seen mirrored too),
    // fading out over its outer part: the facial skeleton lies deeper under the skin than the
    // clearance, leaving room for the facial muscles. Takes effect when the model is clipped.
    void recessClip(glm::vec3 centre, glm::vec3 radii, float extra);

    float evaluate(const glm::vec3& x) const;
    float evaluate(const glm::vec3& x, std::span<const int> subset) const;
    // A value of the same sign whose magnitude is at most the distance to the surface.
    float bound(const glm::vec3& x, std::span<const int> subset) const;
    glm::vec3 gradient(const glm::vec3& x) const;
    // Indices of primitives whose influence may reach the box.
    std::vector<int> near(const core::Aabb& box, float margin) const;
    const std::vector<Primitive>& primitives() const { return prims_; }
    core::Aabb bounds() const;

private:
    std::vector<Primitive> prims_;
    float floorZ_ = 0.0f;
    bool hasFloor_ = false;
    const SdfModel* clip_ = nullptr;
    std::vector<int> clipSubset_;
    float clipDepth_ = 0.0f, clipBlend_ = 0.0f;
    struct Recess {
        glm::vec3 centre, radii;
        float extra;
    };
    std::vector<Recess> recesses_;
    float maxRecess_ = 0.0f;
    float clipValue(const glm::vec3& x) const;
};

// Round cones along a Catmull-Rom curve through pts, radius r0 -> r1 (a bent bone or limb).
void addTube(SdfModel& f, const std::vector<glm::vec3>& pts, float r0, float r1, float blend,
             int perSpan = 4);

// Rotation whose local z axis is `axis` (rows = local axes), for oriented primitives.
glm::mat3 frameAlong(glm::vec3 axis, glm::vec3 hint = glm::vec3(0.0f, -1.0f, 0.0f));

}  // namespace tpa::body
