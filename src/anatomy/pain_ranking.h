// "Which muscles' trigger points refer pain here?": ranks muscles (and the side of their
// trigger point) against a pain drawing made of body regions, scoring coverage and precision.
#pragma once

#include <string>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "core/part.h"

namespace tpa::anatomy {

// One painted region. `weight` is painted area x intensity (0-10), or 1 per region when the
// pain is given as a list. A sided region given with Side::Midline means both sides; the side
// of a midline region (vertex, sternum, sacrum, coccyx) is ignored.
struct PainArea {
    std::string region;  // region id
    core::Side side = core::Side::Midline;
    float weight = 1.0f;
};

// A painted region that a zone of the result's trigger point(s) covers.
struct PainMatch {
    std::string region;
    core::Side side = core::Side::Midline;  // the body side of the painted region
    ZoneKind kind = ZoneKind::Essential;
    std::string triggerPoint;  // "TrP1"
};

struct PainResult {
    std::string muscleId;
    std::string muscleName;
    core::Side side = core::Side::Right;  // side of the trigger point that would cause the pain
    float score = 0.0f;                   // sqrt(coverage x precision), 0..1
    float coverage = 0.0f;   // kind-weighted share of the painted weight the zones explain
    float precision = 0.0f;  // kind-weighted share of the zones' regions that are painted
                             // (unpainted spillover regions do not count against it)
    std::vector<std::string> triggerPoints;  // the trigger point(s) scored, e.g. {"TrP1"}
    std::vector<PainMatch> matches;          // sorted: essential first, then region order
    std::string explanation;                 // one line for people
};

struct PainRankingOptions {
    float essentialWeight = 1.0f;  // how much an essential zone counts
    float spilloverWeight = 0.4f;  // how much a spillover zone counts
    float minScore = 0.0f;         // results at or below this are dropped (0 drops non-matches)
    std::size_t maxResults = 0;    // 0: all
};

// Ranks every muscle on both trigger-point sides, best first (score, then name, then side).
// Each muscle side is scored for each of its trigger points alone and for all of them
// together; the best of these counts, so one trigger point that fits exactly is not diluted
// by the others, and a drawing spanning two trigger points' zones still finds the muscle.
std::vector<PainResult> rankPain(const KnowledgeBase& kb, const std::vector<PainArea>& pain,
                                 const PainRankingOptions& options = {});

}  // namespace tpa::anatomy
