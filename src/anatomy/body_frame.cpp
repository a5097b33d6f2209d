// Segment capsules from landmarks, and a skin point's segment, position along it and facing.
#include "anatomy/body_frame.h"

#include <algorithm>
#include <cmath>
#include <glm/gtc/constants.hpp>

#include "anatomy/anchor.h"

namespace tpa::anatomy {
namespace {

using core::Side;

// Fetches landmarks and remembers the names of the missing ones.
class LandmarkGetter {
public:
    LandmarkGetter(const core::Landmarks& lm, std::vector<std::string>& missing)
        : lm_(lm), missing_(missing) {}
    std::optional<glm::vec3> operator()(std::string_view name, Side side = Side::Midline) {
        std::string key(name);
        if (side != Side::Midline) key += side == Side::Left ? ".left" : ".right";
        auto p = lm_.find(key);
        if (!p && std::find(missing_.begin(), missing_.end(), key) == missing_.end())
            missing_.push_back(key);
        return p;
    }

private:
    const core::Landmarks& lm_;
    std::vector<std::string>& missing_;
};

glm::vec3 mid(glm::vec3 a, glm::vec3 b) { return 0.5f * (a + b); }

SegmentCapsule capsule(Segment seg, Side side, glm::vec3 start, glm::vec3 end, float rl0, float rl1,
                       float ra0, float ra1) {
    SegmentCapsule c;
    c.segment = seg;
    c.side = side;
    c.start = start;
    c.end = end;
    c.lateralRadius[0] = rl0;
    c.lateralRadius[1] = rl1;
    c.anteriorRadius[0] = ra0;
    c.anteriorRadius[1] = ra1;
    return c;
}

// Shortens a segment's far end so its rounded cap ends at the landmark instead of past it.
glm::vec3 pullBack(glm::vec3 start, glm::vec3 end, float by) {
    glm::vec3 d = end - start;
    float len = glm::length(d);
    if (len <= by * 2.0f) return end;
    return end - d / len * by;
}

// The cross-section's radius toward the front or the back at a position along the segment.
float depthRadius(const SegmentCapsule& c, float t, float anteriorMm) {
    float front = glm::mix(c.anteriorRadius[0], c.anteriorRadius[1], t);
    if (anteriorMm >= 0.0f) return front;
    float b0 = c.posteriorRadius[0] > 0.0f ? c.posteriorRadius[0] : c.anteriorRadius[0];
    float b1 = c.posteriorRadius[1] > 0.0f ? c.posteriorRadius[1] : c.anteriorRadius[1];
    return glm::mix(b0, b1, t);
}

}  // namespace

BodyFrame BodyFrame::fromLandmarks(const core::Landmarks& landmarks) {
    BodyFrame f;
    LandmarkGetter get(landmarks, f.missing_);
    auto& caps = f.capsules_;

    // Sizes the landmarks do not give are proportions of a 1750 mm adult, scaled by stature.
    float s = 1.0f;
    auto vertex = get("vertex");
    if (vertex) {
        float floor = 0.0f;
        if (auto h = landmarks.find("heel.right")) floor = std::min(floor, h->z);
        if (auto h = landmarks.find("heel.left")) floor = std::min(floor, h->z);
        s = std::clamp((vertex->z - floor) / 1750.0f, 0.3f, 3.0f);
    }

    auto tragusL = get("tragus", Side::Left), tragusR = get("tragus", Side::Right);
    auto gonionL = get("gonion", Side::Left), gonionR = get("gonion", Side::Right);
    auto menton = get("menton"), nasion = get("nasion"), inion = get("inion"), c2 = get("c2");
    if (vertex && tragusL && tragusR && gonionL && gonionR && menton && nasion && inion && c2) {
        glm::vec3 mt = mid(*tragusL, *tragusR);
        float rl1 = glm::length(*tragusL - *tragusR) * 0.5f + 5.0f * s;
        float ra1 = std::max(std::abs(nasion->y - mt.y), std::abs(inion->y - mt.y));
        float rl0 = glm::length(*gonionL - *gonionR) * 0.5f + 8.0f * s;
        float ra0 = std::max(std::abs(menton->y - mt.y), 0.8f * ra1);
        glm::vec3 start(mt.x, mt.y, menton->z);
        glm::vec3 end(mt.x, mt.y, std::max(vertex->z - 0.5f * (rl1 + ra1), menton->z + 20.0f * s));
        caps.push_back(capsule(Segment::Head, Side::Midline, start, end, rl0, rl1, ra0, ra1));
        caps.back().capMm[0] = 30.0f * s;
        caps.back().posteriorRadius[0] = 0.7f * std::abs(c2->y - mt.y);
        caps.back().posteriorRadius[1] = ra1;
    }

    auto c7 = get("c7"), jugular = get("jugular-notch");
    if (c7 && jugular && c2 && gonionL && gonionR) {
        glm::vec3 gonionMid = mid(*gonionL, *gonionR);
        float rl = glm::length(*gonionL - *gonionR) * 0.5f + 10.0f * s;
        float ra0 = glm::length(*c7 - *jugular) * 0.5f;
        float ra1 = std::abs(c2->y - gonionMid.y) * 0.5f + 5.0f * s;
        caps.push_back(capsule(Segment::Neck, Side::Midline, mid(*c7, *jugular),
                               mid(*c2, gonionMid), rl, rl, ra0, ra1));
    }

    auto pubic = get("pubic-symphysis"), coccyx = get("coccyx"), xiphoid = get("xiphoid");
    auto t7 = get("t7"), s2 = get("s2");
    auto acrL = get("acromion", Side::Left), acrR = get("acromion", Side::Right);
    auto gtL = get("greater-trochanter", Side::Left), gtR = get("greater-trochanter", Side::Right);
    if (pubic && coccyx && xiphoid && t7 && s2 && c7 && jugular && acrL && acrR && gtL && gtR) {
        glm::vec3 start(0.5f * (gtL->x + gtR->x), 0.5f * (pubic->y + coccyx->y),
                        std::min(pubic->z, coccyx->z));
        float rl0 = std::abs(gtL->x - gtR->x) * 0.5f;
        float rl1 = std::abs(acrL->x - acrR->x) * 0.5f * 0.8f;
        float ra0 = std::abs(pubic->y - s2->y) * 0.5f + 10.0f * s;
        float ra1 = std::abs(xiphoid->y - t7->y) * 0.5f;
        caps.push_back(
            capsule(Segment::Trunk, Side::Midline, start, mid(*c7, *jugular), rl0, rl1, ra0, ra1));
        caps.back().capMm[0] = 40.0f * s;
        caps.back().capMm[1] = 25.0f * s;
    }

    for (Side side : {Side::Right, Side::Left}) {
        auto acr = get("acromion", side), latE = get("lateral-epicondyle", side);
        auto medE = get("medial-epicondyle", side), rs = get("radial-styloid", side);
        auto us = get("ulnar-styloid", side), tip = get("middle-fingertip", side);
        auto thumb = get("thumb-tip", side);
        if (acr && latE && medE) {
            float rb = glm::length(*latE - *medE) * 0.5f;
            glm::vec3 elbow = mid(*latE, *medE);
            glm::vec3 shoulder = *acr - glm::vec3(0.0f, 0.0f, 30.0f * s);
            float r0 = std::max(45.0f * s, 1.4f * rb);
            caps.push_back(
                capsule(Segment::UpperArm, side, shoulder, elbow, r0, 1.1f * rb, r0, 1.1f * rb));
            if (rs && us) {
                glm::vec3 wrist = mid(*rs, *us);
                float rw = glm::length(*rs - *us) * 0.5f;
                caps.push_back(capsule(Segment::Forearm, side, elbow, wrist, 1.15f * rb,
                                       rw + 3.0f * s, 1.15f * rb, rw + 3.0f * s));
                if (tip) {
                    float rl = rw + 15.0f * s, ra = 14.0f * s;
                    caps.push_back(capsule(Segment::Hand, side, wrist,
                                           pullBack(wrist, *tip, 8.0f * s), rl, rl, ra, ra));
                }
                if (thumb) {
                    float r = 12.0f * s;
                    caps.push_back(capsule(Segment::Thumb, side, *rs,
                                           pullBack(*rs, *thumb, 5.0f * s), r, r, r, r));
                }
            }
        }

        auto asis = get("asis", side), gt = get("greater-trochanter", side);
        auto patella = get("patella", side), latM = get("lateral-malleolus", side);
        auto medM = get("medial-malleolus", side), heel = get("heel", side);
        auto toe = get("toe-tip", side);
        if (asis && gt && patella) {
            glm::vec3 hip(0.75f * asis->x, gt->y, gt->z);
            glm::vec3 knee = *patella + glm::vec3(0.0f, 50.0f * s, 0.0f);
            float r0 = std::max(std::abs(gt->x - hip.x), 75.0f * s);
            caps.push_back(capsule(Segment::Thigh, side, hip, knee, r0, 50.0f * s, r0, 50.0f * s));
            if (latM && medM) {
                glm::vec3 ankle = mid(*latM, *medM);
                float ra = glm::length(*latM - *medM) * 0.5f + 5.0f * s;
                caps.push_back(
                    capsule(Segment::Leg, side, knee, ankle, 48.0f * s, ra, 48.0f * s, ra));
            }
        }
        if (heel && toe) {
            glm::vec3 start = *heel + glm::vec3(0.0f, -25.0f * s, 15.0f * s);
            glm::vec3 end = *toe + glm::vec3(0.0f, 10.0f * s, 10.0f * s);
            caps.push_back(capsule(Segment::Foot, side, start, end, 40.0f * s, 40.0f * s, 35.0f * s,
                                   35.0f * s));
        }
    }
    return f;
}

int BodyFrame::capsuleIndex(Segment segment, core::Side side) const {
    for (std::size_t i = 0; i < capsules_.size(); ++i) {
        const auto& c = capsules_[i];
        if (c.segment == segment && (c.side == Side::Midline || c.side == side))
            return static_cast<int>(i);
    }
    return -1;
}

BodyCoordinates BodyFrame::coordinatesOn(int index, glm::vec3 point, glm::vec3 normal) const {
    const SegmentCapsule& c = capsules_[static_cast<std::size_t>(index)];
    glm::vec3 u = c.end - c.start;
    float len = std::max(glm::length(u), 1e-3f);
    u /= len;
    glm::vec3 ref = c.segment == Segment::Foot ? glm::vec3(0, 0, 1) : glm::vec3(0, -1, 0);
    glm::vec3 a = ref - glm::dot(ref, u) * u;
    a = glm::length(a) > 1e-4f ? glm::normalize(a) : glm::vec3(0, -1, 0);
    glm::vec3 l0 = c.side == Side::Midline ? glm::vec3(1, 0, 0) : lateralDirection(c.side);
    glm::vec3 l = l0 - glm::dot(l0, u) * u - glm::dot(l0, a) * a;
    l = glm::length(l) > 1e-4f ? glm::normalize(l) : glm::cross(u, a);

    glm::vec3 v = point - c.start;
    float ax = glm::dot(v, u);
    glm::vec3 r = v - ax * u;

    BodyCoordinates bc;
    bc.segment = c.segment;
    bc.capsule = index;
    bc.side = c.side;
    bc.along = ax / len;
    bc.lengthMm = len;
    bc.anteriorMm = glm::dot(r, a);
    bc.lateralMm = glm::dot(r, l);
    if (c.side == Side::Midline) {
        // +X is the subject's left: the sign of the offset tells the side of a midline segment.
        bc.side = bc.lateralMm >= 0.0f ? Side::Left : Side::Right;
        if (bc.side == Side::Right) l = -l;
        bc.lateralMm = std::abs(bc.lateralMm);
    }
    float t = std::clamp(bc.along, 0.0f, 1.0f);
    float rl = glm::mix(c.lateralRadius[0], c.lateralRadius[1], t);
    float ra = depthRadius(c, t, bc.anteriorMm);
    bc.radiusMm = 0.5f * (rl + ra);

    // The facing blends where the point sits around the axis (scaled by the cross-section, so
    // the flat front of the chest faces forward) with the surface normal when one is given.
    glm::vec2 d(bc.lateralMm / rl, bc.anteriorMm / ra);
    if (glm::length(d) > 1e-6f) d = glm::normalize(d);
    glm::vec2 nd(glm::dot(normal, l), glm::dot(normal, a));
    if (glm::length(nd) > 0.2f) d += glm::normalize(nd);
    bc.facingDeg = glm::degrees(std::atan2(d.x, d.y));
    return bc;
}

float BodyFrame::fitCost(int index, glm::vec3 point, glm::vec3 normal) const {
    const SegmentCapsule& c = capsules_[static_cast<std::size_t>(index)];
    BodyCoordinates bc = coordinatesOn(index, point, normal);
    float t = std::clamp(bc.along, 0.0f, 1.0f);
    float rl = glm::mix(c.lateralRadius[0], c.lateralRadius[1], t);
    float ra = depthRadius(c, t, bc.anteriorMm);
    float over = std::max({0.0f, -bc.along, bc.along - 1.0f}) * bc.lengthMm;
    float cap = c.capMm[bc.along < 0.5f ? 0 : 1];
    if (cap <= 0.0f) cap = bc.radiusMm;
    float q = std::sqrt(bc.lateralMm * bc.lateralMm / (rl * rl) +
                        bc.anteriorMm * bc.anteriorMm / (ra * ra) + over * over / (cap * cap));
    glm::vec3 axisPoint = glm::mix(c.start, c.end, t);
    glm::vec3 outward = point - axisPoint;
    if (glm::length(outward) > 1e-4f && glm::length(normal) > 0.5f)
        q += std::max(0.0f, -glm::dot(glm::normalize(normal), glm::normalize(outward)));
    return q;
}

std::optional<BodyCoordinates> BodyFrame::locate(glm::vec3 point, glm::vec3 normal) const {
    int best = -1;
    float bestCost = 0.0f;
    for (std::size_t i = 0; i < capsules_.size(); ++i) {
        float cost = fitCost(static_cast<int>(i), point, normal);
        if (best < 0 || cost < bestCost) {
            best = static_cast<int>(i);
            bestCost = cost;
        }
    }
    if (best < 0) return std::nullopt;
    return coordinatesOn(best, point, normal);
}

std::optional<BodyCoordinates> BodyFrame::measure(Segment segment, core::Side side,
                                                  glm::vec3 point) const {
    int index = capsuleIndex(segment, side);
    if (index < 0) return std::nullopt;
    BodyCoordinates bc = coordinatesOn(index, point, glm::vec3(0.0f));
    if (capsules_[static_cast<std::size_t>(index)].side == Side::Midline && bc.side != side &&
        side != Side::Midline) {
        bc.lateralMm = -bc.lateralMm;  // measured toward the requested side
        bc.side = side;
    }
    return bc;
}

}  // namespace tpa::anatomy
