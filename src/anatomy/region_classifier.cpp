// Region rules placed on a body (anchors resolved to numbers once), then scored per skin point.
#include "anatomy/region_classifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tpa::anatomy {
namespace {

using core::Side;

float facingCentre(Facing f) {
    switch (f) {
        case Facing::Anterior:
            return 0.0f;
        case Facing::Lateral:
            return 90.0f;
        case Facing::Posterior:
            return 180.0f;
        case Facing::Medial:
            return -90.0f;
    }
    return 0.0f;
}

// Degrees by which an angle lies outside a facing's 90-degree sector.
float degreesOutside(float angle, Facing f) {
    float d = std::fmod(std::abs(angle - facingCentre(f)), 360.0f);
    if (d > 180.0f) d = 360.0f - d;
    return std::max(0.0f, d - 45.0f);
}

float outside(float v, float low, float high) { return std::max({0.0f, low - v, v - high}); }

}  // namespace

RegionClassifier::RegionClassifier(const std::vector<Region>& regions,
                                   const core::Landmarks& landmarks)
    : frame_(BodyFrame::fromLandmarks(landmarks)) {
    for (const auto& name : frame_.missing())
        problems_.push_back("the body has no landmark '" + name + "'");
    sided_.reserve(regions.size());
    for (std::size_t i = 0; i < regions.size(); ++i) {
        sided_.push_back(regions[i].sided);
        for (const auto& rule : regions[i].rules) {
            for (Side side : {Side::Right, Side::Left}) {
                Placed placed;
                if (place(regions[i], static_cast<int>(i), rule, side, landmarks, placed))
                    rules_.push_back(std::move(placed));
            }
        }
    }
}

bool RegionClassifier::place(const Region& region, int index, const RegionRule& rule, Side side,
                             const core::Landmarks& landmarks, Placed& out) {
    out.region = index;
    out.segment = rule.segment;
    out.side = side;
    out.facing = rule.facing;
    std::string where = "region '" + region.id + "' (" + std::string(core::toText(side)) + ")";
    if (frame_.capsuleIndex(rule.segment, side) < 0) return false;  // reported via missing()

    // A bound given as an anchor is measured exactly like a skin point on this segment.
    auto bound = [&](const RuleBound& b, bool along, float& value) {
        if (!b.anchor) {
            value = b.value;
            return true;
        }
        auto p = resolveAnchor(*b.anchor, landmarks, side);
        auto at = p ? frame_.measure(rule.segment, side, *p) : std::nullopt;
        if (!at) return false;
        value = along ? at->along : at->lateralMm;
        return true;
    };
    auto range = [&](const std::optional<RuleRange>& r, bool along, bool& has, float& low,
                     float& high) {
        has = r.has_value();
        if (!has) return true;
        if (bound(r->low, along, low) && bound(r->high, along, high)) return true;
        return false;
    };
    bool ok = range(rule.along, true, out.hasAlong, out.alongLow, out.alongHigh) &&
              range(rule.lateralMm, false, out.hasLateral, out.lateralLow, out.lateralHigh);
    for (const auto& a : rule.near) {
        auto p = resolveAnchor(a, landmarks, side);
        if (!p) {
            ok = false;
            continue;
        }
        out.near.push_back(*p);
    }
    if (!ok) {
        std::string text = where + ": a rule anchor could not be placed on this body";
        if (std::find(problems_.begin(), problems_.end(), text) == problems_.end())
            problems_.push_back(text);
    }
    return ok;
}

float RegionClassifier::cost(const Placed& rule, const BodyCoordinates& at, glm::vec3 point) const {
    float c = 0.0f;
    if (rule.hasAlong) c += outside(at.along, rule.alongLow, rule.alongHigh) * at.lengthMm;
    if (rule.hasLateral) c += outside(at.lateralMm, rule.lateralLow, rule.lateralHigh);
    if (!rule.facing.empty()) {
        float deg = std::numeric_limits<float>::max();
        for (Facing f : rule.facing) deg = std::min(deg, degreesOutside(at.facingDeg, f));
        c += glm::radians(deg) * at.radiusMm;
    }
    if (!rule.near.empty()) {
        float d = std::numeric_limits<float>::max();
        for (const auto& p : rule.near) d = std::min(d, glm::length(point - p));
        c += d;
    }
    return c;
}

RegionHit RegionClassifier::classify(glm::vec3 point, glm::vec3 normal) const {
    RegionHit hit;
    auto at = frame_.locate(point, normal);
    if (!at) return hit;
    float best = std::numeric_limits<float>::max();
    for (const auto& rule : rules_) {
        if (rule.segment != at->segment || rule.side != at->side) continue;
        float c = cost(rule, *at, point);
        if (c < best) {
            best = c;
            hit.region = rule.region;
        }
    }
    if (hit.region >= 0)
        hit.side = sided_[static_cast<std::size_t>(hit.region)] ? at->side : Side::Midline;
    return hit;
}

}  // namespace tpa::anatomy
