// A body region of the referral-zone vocabulary and its data-driven assignment rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "anatomy/anchor.h"
#include "anatomy/knowledge_enums.h"

namespace tpa::anatomy {

// One end of a range in a region rule: a plain number, or an anchor measured the same way
// as the skin point (its position along the segment axis, or its lateral distance).
struct RuleBound {
    float value = 0.0f;
    std::optional<Anchor> anchor;

    static RuleBound number(float v) { return RuleBound{v, std::nullopt}; }
    static RuleBound of(Anchor a) { return RuleBound{0.0f, std::move(a)}; }
};

struct RuleRange {
    RuleBound low;
    RuleBound high;
};

// A skin point satisfies a rule when it lies on `segment`, inside every range given, and
// faces one of `facing`. Points that satisfy no rule exactly go to the region whose rule
// they come closest to (see RegionClassifier), so every skin point gets a region.
struct RegionRule {
    Segment segment = Segment::Trunk;
    std::optional<RuleRange> along;      // 0 at the segment's start, 1 at its end
    std::optional<RuleRange> lateralMm;  // signed distance from the axis, + away from midline
    std::vector<Facing> facing;          // empty: any direction
    std::vector<Anchor> near;            // cost grows with the distance to the nearest one
};

struct Region {
    std::string id;
    std::string name;
    bool sided = true;
    std::string definition;
    std::vector<RegionRule> rules;  // alternatives: the best-matching one counts
    std::string file;               // knowledge file it came from, relative to the knowledge dir
};

}  // namespace tpa::anatomy
