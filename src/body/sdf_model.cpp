// Distance functions of the primitives and their smooth union.
#include "body/sdf_model.h"

#include <algorithm>
#include <cmath>

namespace tpa::body {
namespace {

float dot2(const glm::vec3& v) { return glm::dot(v, v); }
float signOf(float v) { return v > 0.0f ? 1.0f : (v < 0.0f ? -1.0f : 0.0f); }

// Exact distance to a cone with spherical caps of radii r1 at a and r2 at b.
float roundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float r1, float r2) {
    const glm::vec3 ba = b - a;
    const float l2 = dot2(ba);
    const float rr = r1 - r2;
    const float a2 = l2 - rr * rr;
    const float il2 = 1.0f / l2;
    const glm::vec3 pa = p - a;
    const float y = glm::dot(pa, ba);
    const float z = y - l2;
    const float x2 = dot2(pa * l2 - ba * y);
    const float y2 = y * y * l2;
    const float z2 = z * z * l2;
    const float k = signOf(rr) * rr * rr * x2;
    if (signOf(z) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - r2;
    if (signOf(y) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - r1;
    return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
}

// Close approximation of the distance to an ellipsoid (exact on the surface).
float ellipsoid(const glm::vec3& p, const glm::vec3& r) {
    const float k0 = glm::length(p / r);
    const float k1 = glm::length(p / (r * r));
    return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(r.x, std::min(r.y, r.z));
}

float roundBox(const glm::vec3& p, const glm::vec3& half, float round) {
    const glm::vec3 q = glm::abs(p) - half + round;
    return glm::length(glm::max(q, 0.0f)) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) -
           round;
}

// Exact distance to the triangle abc (after Inigo Quilez): to the nearest edge where the point
// projects outside the triangle, else to its plane.
float triangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    const glm::vec3 ba = b - a, pa = p - a, cb = c - b, pb = p - b, ac = a - c, pc = p - c;
    const glm::vec3 nor = glm::cross(ba, ac);
    const bool outside = signOf(glm::dot(glm::cross(ba, nor), pa)) +
                             signOf(glm::dot(glm::cross(cb, nor), pb)) +
                             signOf(glm::dot(glm::cross(ac, nor), pc)) <
                         2.0f;
    auto edge = [](const glm::vec3& e, const glm::vec3& q) {
        return dot2(e * std::clamp(glm::dot(e, q) / dot2(e), 0.0f, 1.0f) - q);
    };
    const float d2 = outside ? std::min({edge(ba, pa), edge(cb, pb), edge(ac, pc)})
                             : glm::dot(nor, pa) * glm::dot(nor, pa) / dot2(nor);
    return std::sqrt(d2);
}

float oneDistance(const Primitive& p, const glm::vec3& x) {
    switch (p.kind) {
        case PrimitiveKind::RoundCone:
            return roundCone(x, p.a, p.b, p.ra, p.rb);
        case PrimitiveKind::Ellipsoid:
            return ellipsoid(p.frame * (x - p.a), p.radii);
        case PrimitiveKind::RoundBox:
            return roundBox(p.frame * (x - p.a), p.radii, p.ra);
        case PrimitiveKind::RoundTriangle:
            return triangle(x, p.a, p.b, p.c) - p.ra;
    }
    return 1e9f;
}

}  // namespace

float smoothMin(float a, float b, float k) {
    if (k <= 0.0f) return std::min(a, b);
    const float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}

float smoothMax(float a, float b, float k) { return -smoothMin(-a, -b, k); }

float primitiveDistance(const Primitive& p, const glm::vec3& x) {
    const float d = oneDistance(p, x);
    if (!p.paired) return d;
    // smoothMin is symmetric in its arguments, so the pair is the same seen from either side.
    return smoothMin(d, oneDistance(p, glm::vec3(-x.x, x.y, x.z)), p.blend);
}

// Catmull-Rom chain of round cones through control points (a bone bent along a curve).
void addTube(SdfModel& f, const std::vector<glm::vec3>& pts, float r0, float r1, float blend,
             int perSpan) {
    const int spans = static_cast<int>(pts.size()) - 1;
    auto point = [&](int i) { return pts[static_cast<std::size_t>(std::clamp(i, 0, spans))]; };
    glm::vec3 prev = pts.front();
    const int total = spans * perSpan;
    for (int s = 1; s <= total; ++s) {
        const int i = (s - 1) / perSpan;
        const float t = float(s - i * perSpan) / float(perSpan);
        const glm::vec3 p0 = point(i - 1), p1 = point(i), p2 = point(i + 1), p3 = point(i + 2);
        const float t2 = t * t, t3 = t2 * t;
        const glm::vec3 p =
            0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                    (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
        const float ra = glm::mix(r0, r1, float(s - 1) / float(total)),
                    rb = glm::mix(r0, r1, float(s) / float(total));
        f.roundCone(prev, p, ra, rb, blend);
        prev = p;
    }
}

namespace {

float oneBound(const Primitive& p, const glm::vec3& x) {
    if (p.kind != PrimitiveKind::Ellipsoid) return oneDistance(p, x);
    // |grad (|q/r|)| <= 1/min(r), so (|q/r| - 1) * min(r) bounds the distance from below.
    const float k0 = glm::length((p.frame * (x - p.a)) / p.radii);
    return (k0 - 1.0f) * std::min(p.radii.x, std::min(p.radii.y, p.radii.z));
}

}  // namespace

float primitiveBound(const Primitive& p, const glm::vec3& x) {
    const float d = oneBound(p, x);
    if (!p.paired) return d;
    // The pair's own smooth union lies at most blend/4 below the plain minimum.
    const float pair = std::min(d, oneBound(p, glm::vec3(-x.x, x.y, x.z)));
    return pair > 0.0f ? std::max(0.0f, pair - 0.25f * p.blend) : pair - 0.25f * p.blend;
}

void SdfModel::makeSymmetric() {
    for (Primitive& p : prims_) {
        const bool centred =
            p.a.x == 0.0f && (p.kind != PrimitiveKind::RoundCone || p.b.x == 0.0f) &&
            (p.kind != PrimitiveKind::RoundTriangle || (p.b.x == 0.0f && p.c.x == 0.0f));
        if (p.paired || centred || p.bounds.min.x - p.blend > 0.0f) continue;
        p.paired = true;
        p.bounds.expand(glm::vec3(-p.bounds.max.x, p.bounds.min.y, p.bounds.min.z));
        p.bounds.expand(glm::vec3(-p.bounds.min.x, p.bounds.max.y, p.bounds.max.z));
    }
}

glm::mat3 frameAlong(glm::vec3 axis, glm::vec3 hint) {
    const glm::vec3 z = glm::normalize(axis);
    if (std::abs(glm::dot(z, glm::normalize(hint))) > 0.95f) hint = glm::vec3(1.0f, 0.0f, 0.0f);
    const glm::vec3 x = glm::normalize(glm::cross(hint, z));
    const glm::vec3 y = glm::cross(z, x);
    // glm is column-major: transpose so that rows are the local axes.
    return glm::transpose(glm::mat3(x, y, z));
}

void SdfModel::add(Primitive p) {
    core::Aabb box;
    switch (p.kind) {
        case PrimitiveKind::RoundCone: {
            const float r = std::max(p.ra, p.rb);
            box.expand(glm::min(p.a, p.b) - r);
            box.expand(glm::max(p.a, p.b) + r);
            break;
        }
        case PrimitiveKind::RoundTriangle:
            box.expand(glm::min(glm::min(p.a, p.b), p.c) - p.ra);
            box.expand(glm::max(glm::max(p.a, p.b), p.c) + p.ra);
            break;
        case PrimitiveKind::Ellipsoid:
        case PrimitiveKind::RoundBox: {
            const float r = glm::length(p.radii);
            box.expand(p.a - r);
            box.expand(p.a + r);
            break;
        }
    }
    p.bounds = box;
    prims_.push_back(p);
}

void SdfModel::roundCone(glm::vec3 a, glm::vec3 b, float ra, float rb, float blend) {
    Primitive p;
    p.kind = PrimitiveKind::RoundCone;
    p.a = a;
    p.b = b;
    p.ra = ra;
    p.rb = rb;
    p.blend = blend;
    add(p);
}

void SdfModel::ellipsoid(glm::vec3 c, glm::vec3 radii, float blend, glm::mat3 frame) {
    Primitive p;
    p.kind = PrimitiveKind::Ellipsoid;
    p.a = c;
    p.radii = radii;
    p.frame = frame;
    p.blend = blend;
    add(p);
}

void SdfModel::box(glm::vec3 c, glm::vec3 half, float round, float blend, glm::mat3 frame) {
    Primitive p;
    p.kind = PrimitiveKind::RoundBox;
    p.a = c;
    p.radii = half;
    p.ra = round;
    p.frame = frame;
    p.blend = blend;
    add(p);
}

void SdfModel::roundTriangle(glm::vec3 a, glm::vec3 b, glm::vec3 c, float radius, float blend) {
    add({.kind = PrimitiveKind::RoundTriangle,
         .a = a,
         .b = b,
         .c = c,
         .ra = radius,
         .blend = blend,
         .bounds = {}});
}

void SdfModel::carveEllipsoid(glm::vec3 c, glm::vec3 radii, float blend) {
    Primitive p;
    p.kind = PrimitiveKind::Ellipsoid;
    p.a = c;
    p.radii = radii;
    p.blend = blend;
    p.subtract = true;
    add(p);
}

void SdfModel::clipInside(const SdfModel& other, float depth, float blend) {
    clip_ = &other;
    clipDepth_ = depth;
    clipBlend_ = blend;
    core::Aabb box = bounds();
    box.min.x = std::min(box.min.x, -box.max.x);  // other is seen mirrored as well
    clipSubset_ = other.near(box, depth + maxRecess_ + blend + 16.0f);
}

void SdfModel::recessClip(glm::vec3 centre, glm::vec3 radii, float extra) {
    recesses_.push_back({centre, radii, extra});
    maxRecess_ = std::max(maxRecess_, extra);
}

float SdfModel::clipValue(const glm::vec3& x) const {
    const glm::vec3 m(std::abs(x.x), x.y, x.z);
    float extra = 0.0f;
    for (const Recess& r : recesses_) {
        const float s = glm::length((m - r.centre) / r.radii);
        extra = std::max(extra, r.extra * (1.0f - glm::smoothstep(0.55f, 1.0f, s)));
    }
    return clip_->evaluate(m, clipSubset_) + clipDepth_ + extra;
}

float SdfModel::evaluate(const glm::vec3& x, std::span<const int> subset) const {
    float d = 1e9f;
    for (int i : subset) {
        const Primitive& p = prims_[static_cast<std::size_t>(i)];
        if (!p.subtract) d = smoothMin(d, primitiveDistance(p, x), p.blend);
    }
    for (int i : subset) {
        const Primitive& p = prims_[static_cast<std::size_t>(i)];
        if (p.subtract) d = smoothMax(d, -primitiveDistance(p, x), p.blend);
    }
    if (hasFloor_) d = std::max(d, floorZ_ - x.z);
    // Well outside the shape the clip cannot change the sign, and the polygoniser only
    // interpolates across sign changes: the skin is not evaluated there.
    if (clip_ && d < 2.0f * clipBlend_ + clipDepth_) d = smoothMax(d, clipValue(x), clipBlend_);
    return d;
}

float SdfModel::bound(const glm::vec3& x, std::span<const int> subset) const {
    // Smooth min/max stay within blend/4 of min/max, and min/max of bounds are bounds.
    float d = 1e9f, slack = 0.0f;
    for (int i : subset) {
        const Primitive& p = prims_[static_cast<std::size_t>(i)];
        if (!p.subtract)
            d = std::min(d, primitiveBound(p, x)), slack = std::max(slack, 0.25f * p.blend);
    }
    for (int i : subset) {
        const Primitive& p = prims_[static_cast<std::size_t>(i)];
        if (p.subtract)
            d = std::max(d, -primitiveBound(p, x)), slack = std::max(slack, 0.25f * p.blend);
    }
    if (hasFloor_) d = std::max(d, floorZ_ - x.z);
    d = d > 0.0f ? std::max(0.0f, d - slack) : std::min(0.0f, d + slack);
    if (!clip_) return d;
    // The max of two bounds bounds the intersection; its sign can only be wrong within
    // clipDepth_ of the clip surface, too close to skip anything.
    const float c = clip_->bound(glm::vec3(std::abs(x.x), x.y, x.z), clipSubset_) + clipDepth_;
    d = std::max(d, c);
    // A recess only removes material: outside stays outside, but inside may be less deep.
    if (d < 0.0f) d = std::min(0.0f, d + maxRecess_);
    return d > 0.0f ? std::max(0.0f, d - 0.25f * clipBlend_) : std::min(0.0f, d + 0.25f * clipBlend_);
}

float SdfModel::evaluate(const glm::vec3& x) const {
    std::vector<int> all(prims_.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
    return evaluate(x, all);
}

glm::vec3 SdfModel::gradient(const glm::vec3& x) const {
    const float e = 0.5f;
    const glm::vec3 g(evaluate(x + glm::vec3(e, 0, 0)) - evaluate(x - glm::vec3(e, 0, 0)),
                      evaluate(x + glm::vec3(0, e, 0)) - evaluate(x - glm::vec3(0, e, 0)),
                      evaluate(x + glm::vec3(0, 0, e)) - evaluate(x - glm::vec3(0, 0, e)));
    const float len = glm::length(g);
    return len > 0.0f ? g / len : glm::vec3(0.0f, 0.0f, 1.0f);
}

std::vector<int> SdfModel::near(const core::Aabb& box, float margin) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < prims_.size(); ++i) {
        const core::Aabb& b = prims_[i].bounds;
        const float m = margin + prims_[i].blend;
        if (b.min.x - m > box.max.x || b.max.x + m < box.min.x) continue;
        if (b.min.y - m > box.max.y || b.max.y + m < box.min.y) continue;
        if (b.min.z - m > box.max.z || b.max.z + m < box.min.z) continue;
        out.push_back(static_cast<int>(i));
    }
    return out;
}

core::Aabb SdfModel::bounds() const {
    core::Aabb box;
    for (const auto& p : prims_)
        if (!p.subtract) box.expand(p.bounds);
    return box;
}

}  // namespace tpa::body
