// Pain ranking: each muscle side's referral zones against the painted regions, scored by how
// much of the pain they explain (coverage) and how much of them is painted (precision).
#include "anatomy/pain_ranking.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace tpa::anatomy {
namespace {

using core::Side;

// A (region, body side) cell: region index x 3 + side (left, right, midline).
using Cell = int;

int sideIndex(Side s) { return s == Side::Left ? 0 : s == Side::Right ? 1 : 2; }
Side sideOf(Cell c) {
    const int s = c % 3;
    return s == 0 ? Side::Left : s == 1 ? Side::Right : Side::Midline;
}
Cell cellOf(int region, Side side) { return region * 3 + sideIndex(side); }

struct ZoneCell {
    float weight = 0.0f;
    ZoneKind kind = ZoneKind::Spillover;
    std::string triggerPoint;
};

std::map<Cell, float> paintedCells(const KnowledgeBase& kb, const std::vector<PainArea>& pain) {
    std::map<Cell, float> cells;
    for (const auto& area : pain) {
        const int index = kb.regionIndex(area.region);
        if (index < 0 || !(area.weight > 0.0f)) continue;
        if (!kb.regions[static_cast<std::size_t>(index)].sided) {
            cells[cellOf(index, Side::Midline)] += area.weight;
        } else if (area.side == Side::Midline) {
            cells[cellOf(index, Side::Left)] += area.weight;
            cells[cellOf(index, Side::Right)] += area.weight;
        } else {
            cells[cellOf(index, area.side)] += area.weight;
        }
    }
    return cells;
}

// The cells the zones of some trigger points cover for a trigger-point side; where zones
// overlap, the stronger kind counts (essential over spillover, then the first trigger point).
std::map<Cell, ZoneCell> zoneCells(const KnowledgeBase& kb,
                                   const std::vector<const TriggerPoint*>& trps, Side side,
                                   const PainRankingOptions& options) {
    std::map<Cell, ZoneCell> cells;
    for (const TriggerPoint* trp : trps)
        for (const Zone& zone : trp->zones) {
            const bool essential = zone.kind == ZoneKind::Essential;
            const float w = essential ? options.essentialWeight : options.spilloverWeight;
            for (const auto& regionId : zone.regions) {
                const int index = kb.regionIndex(regionId);
                if (index < 0) continue;
                std::vector<Side> sides = {Side::Midline};
                if (kb.regions[static_cast<std::size_t>(index)].sided)
                    sides = zoneSides(zone.side, side);
                for (Side s : sides) {
                    ZoneCell& cell = cells[cellOf(index, s)];
                    if (w > cell.weight) cell = ZoneCell{w, zone.kind, trp->id};
                }
            }
        }
    return cells;
}

std::string lowerFirst(std::string text) {
    if (!text.empty() && std::isupper(static_cast<unsigned char>(text[0])) &&
        !(text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1]))))
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

std::string cellName(const KnowledgeBase& kb, Cell cell, Side trpSide) {
    std::string name = lowerFirst(kb.regions[static_cast<std::size_t>(cell / 3)].name);
    const Side s = sideOf(cell);
    if (s != Side::Midline && s != trpSide) name += " (" + std::string(core::toText(s)) + ")";
    return name;
}

std::string joinNames(const std::vector<std::string>& names, std::size_t max = 4) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < max; ++i) {
        if (i > 0) out += (i + 1 == names.size() && names.size() <= max) ? " and " : ", ";
        out += names[i];
    }
    if (names.size() > max) out += " and " + std::to_string(names.size() - max) + " more";
    return out;
}

std::string explain(const KnowledgeBase& kb, const PainResult& result,
                    const std::map<Cell, ZoneCell>& zone, const std::map<Cell, float>& painted) {
    std::vector<std::string> essential, spillover, missing;
    for (const auto& [cell, zc] : zone) {
        const bool isPainted = painted.count(cell) > 0;
        auto& list = zc.kind == ZoneKind::Essential ? essential : spillover;
        if (isPainted) list.push_back(cellName(kb, cell, result.side));
        if (!isPainted && zc.kind == ZoneKind::Essential)
            missing.push_back(cellName(kb, cell, result.side));
    }
    const std::string total = std::to_string(painted.size());
    std::string trps = joinNames(result.triggerPoints, 8);
    std::string out = trps + ": ";
    if (!essential.empty())
        out += "essential zone covers " + joinNames(essential) + " (" +
               std::to_string(essential.size()) + " of " + total + " painted regions)";
    if (!spillover.empty()) {
        if (!essential.empty()) out += "; ";
        out += "spillover covers " + joinNames(spillover) + " (" +
               std::to_string(spillover.size()) + " of " + total + ")";
    }
    if (!missing.empty()) out += "; essential zone also includes " + joinNames(missing);
    return out;
}

struct Candidate {
    std::vector<const TriggerPoint*> trps;
    std::map<Cell, ZoneCell> zone;
    float coverage = 0.0f, precision = 0.0f, score = 0.0f;
};

void scoreCandidate(Candidate& c, const std::map<Cell, float>& painted, float paintTotal) {
    float explained = 0.0f, zoneTotal = 0.0f, zonePainted = 0.0f;
    for (const auto& [cell, zc] : c.zone) {
        const auto p = painted.find(cell);
        // Spillover is where the pain sometimes extends: unpainted, it is no evidence against.
        if (zc.kind == ZoneKind::Essential || p != painted.end()) zoneTotal += zc.weight;
        if (p == painted.end()) continue;
        zonePainted += zc.weight;
        explained += p->second * zc.weight;
    }
    c.coverage = paintTotal > 0.0f ? std::min(1.0f, explained / paintTotal) : 0.0f;
    c.precision = zoneTotal > 0.0f ? zonePainted / zoneTotal : 0.0f;
    c.score = std::sqrt(c.coverage * c.precision);
}

}  // namespace

std::vector<PainResult> rankPain(const KnowledgeBase& kb, const std::vector<PainArea>& pain,
                                 const PainRankingOptions& options) {
    const std::map<Cell, float> painted = paintedCells(kb, pain);
    float paintTotal = 0.0f;
    for (const auto& [cell, w] : painted) paintTotal += w;
    std::vector<PainResult> results;
    if (painted.empty()) return results;

    for (const Muscle& muscle : kb.muscles) {
        if (muscle.triggerPoints.empty()) continue;
        for (Side side : {Side::Left, Side::Right}) {
            std::vector<Candidate> candidates;
            for (const auto& trp : muscle.triggerPoints) candidates.push_back({{&trp}, {}});
            if (muscle.triggerPoints.size() > 1) {
                Candidate all;
                for (const auto& trp : muscle.triggerPoints) all.trps.push_back(&trp);
                candidates.push_back(std::move(all));
            }
            const Candidate* best = nullptr;
            for (auto& c : candidates) {
                c.zone = zoneCells(kb, c.trps, side, options);
                scoreCandidate(c, painted, paintTotal);
                if (!best || c.score > best->score + 1e-6f) best = &c;
            }
            if (!best || best->score <= options.minScore) continue;

            PainResult r;
            r.muscleId = muscle.id;
            r.muscleName = muscle.name;
            r.side = side;
            r.score = best->score;
            r.coverage = best->coverage;
            r.precision = best->precision;
            for (const TriggerPoint* trp : best->trps) r.triggerPoints.push_back(trp->id);
            for (ZoneKind kind : {ZoneKind::Essential, ZoneKind::Spillover})
                for (const auto& [cell, zc] : best->zone)
                    if (zc.kind == kind && painted.count(cell))
                        r.matches.push_back({kb.regions[static_cast<std::size_t>(cell / 3)].id,
                                             sideOf(cell), zc.kind, zc.triggerPoint});
            r.explanation = explain(kb, r, best->zone, painted);
            results.push_back(std::move(r));
        }
    }
    std::stable_sort(results.begin(), results.end(), [](const PainResult& a, const PainResult& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.muscleName != b.muscleName) return a.muscleName < b.muscleName;
        return sideIndex(a.side) < sideIndex(b.side);
    });
    if (options.maxResults > 0 && results.size() > options.maxResults)
        results.resize(options.maxResults);
    return results;
}

}  // namespace tpa::anatomy
