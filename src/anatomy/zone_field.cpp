// Zone field: region cells with soft borders (bounded Dijkstra outward from the covered
// vertices) times the zones' soft discs, per vertex; and painted drawings back to regions.
#include "anatomy/zone_field.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "anatomy/region_classifier.h"

namespace tpa::anatomy {
namespace {

using core::Side;

int sideIndex(Side s) { return s == Side::Left ? 0 : s == Side::Right ? 1 : 2; }
Side sideOfIndex(int i) { return i == 0 ? Side::Left : i == 1 ? Side::Right : Side::Midline; }

float smoothstep(float edge0, float edge1, float x) {
    const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

}  // namespace

ZoneField::ZoneField(const core::Mesh& skin, const KnowledgeBase& kb,
                     const core::Landmarks& landmarks, ZoneFieldOptions options)
    : options_(options), graph_(skin), positions_(skin.positions), landmarks_(landmarks) {
    for (const Region& r : kb.regions) {
        regionIds_.push_back(r.id);
        regionSided_.push_back(r.sided);
    }
    core::Mesh withNormals;
    const core::Mesh* mesh = &skin;
    if (skin.normals.size() != skin.positions.size()) {
        withNormals = skin;
        withNormals.computeNormals();
        mesh = &withNormals;
    }
    const RegionClassifier classifier(kb.regions, landmarks);
    region_.resize(positions_.size(), -1);
    side_.resize(positions_.size(), Side::Midline);
    for (std::size_t v = 0; v < positions_.size(); ++v) {
        const RegionHit hit = classifier.classify(mesh->positions[v], mesh->normals[v]);
        region_[v] = hit.region;
        side_[v] = hit.region >= 0 && regionSided_[static_cast<std::size_t>(hit.region)]
                       ? hit.side
                       : Side::Midline;
    }
}

float ZoneField::shapeWeight(glm::vec3 p,
                             const std::vector<std::pair<glm::vec3, float>>& discs) const {
    float w = 0.0f;
    for (const auto& [center, radius] : discs) {
        const float soft = radius * options_.shapeSoftness;
        w = std::max(w, 1.0f - smoothstep(radius - soft, radius + soft, glm::length(p - center)));
    }
    return w;
}

void ZoneField::addZone(const Zone& zone, Side trpSide, std::vector<float>& into) const {
    const std::size_t n = vertexCount();
    const std::vector<Side> sides = zoneSides(zone.side, trpSide);
    std::vector<char> cellOn(regionIds_.size() * 3, 0);
    for (const auto& id : zone.regions) {
        const auto it = std::find(regionIds_.begin(), regionIds_.end(), id);
        if (it == regionIds_.end()) continue;
        const auto r = static_cast<std::size_t>(it - regionIds_.begin());
        if (!regionSided_[r])
            cellOn[r * 3 + 2] = 1;
        else
            for (Side s : sides) cellOn[r * 3 + static_cast<std::size_t>(sideIndex(s))] = 1;
    }
    // Shape centres on the zone's side(s), projected onto the skin.
    std::vector<std::pair<glm::vec3, float>> discs;
    for (const Shape& shape : zone.shapes)
        for (Side s : sides)
            if (const auto c = resolveAnchor(shape.center, landmarks_, s)) {
                const int v = graph_.nearestVertex(*c);
                if (v >= 0)
                    discs.emplace_back(positions_[static_cast<std::size_t>(v)], shape.radiusMm);
            }
    auto cellOf = [&](std::size_t v) {
        return region_[v] < 0 ? -1 : region_[v] * 3 + sideIndex(side_[v]);
    };
    std::vector<float> shapeW;
    std::vector<float> reach(cellOn.size(), 0.0f);
    if (!discs.empty()) {
        shapeW.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            shapeW[v] = shapeWeight(positions_[v], discs);
            const int c = cellOf(v);
            if (c >= 0 && cellOn[static_cast<std::size_t>(c)])
                reach[static_cast<std::size_t>(c)] =
                    std::max(reach[static_cast<std::size_t>(c)], shapeW[v]);
        }
    }
    // Covered vertices are sources at distance 0, labelled with their cell; the falloff band
    // outside takes the label of the nearest covered vertex.
    std::vector<float> dist(graph_.nodeCount(), SkinGraph::kUnreached);
    std::vector<int> label(graph_.nodeCount(), -1);
    bool any = false;
    for (std::size_t v = 0; v < n; ++v) {
        const int c = cellOf(v);
        if (c < 0 || !cellOn[static_cast<std::size_t>(c)]) continue;
        dist[graph_.node(v)] = 0.0f;
        label[graph_.node(v)] = c;
        any = true;
    }
    if (!any) return;
    graph_.spread(dist, label, options_.regionFalloffMm);
    for (std::size_t v = 0; v < n; ++v) {
        const float d = dist[graph_.node(v)];
        if (!(d <= options_.regionFalloffMm)) continue;
        const auto c = static_cast<std::size_t>(label[graph_.node(v)]);
        const bool filled = discs.empty() || reach[c] < options_.shapeReach;
        const float w =
            (1.0f - smoothstep(0.0f, options_.regionFalloffMm, d)) * (filled ? 1.0f : shapeW[v]);
        into[v] = std::max(into[v], w);
    }
}

ZoneWeights ZoneField::triggerPointWeights(const TriggerPoint& trp, Side trpSide) const {
    ZoneWeights out{std::vector<float>(vertexCount(), 0.0f),
                    std::vector<float>(vertexCount(), 0.0f)};
    for (const Zone& zone : trp.zones)
        addZone(zone, trpSide, zone.kind == ZoneKind::Essential ? out.essential : out.spillover);
    return out;
}

ZoneWeights ZoneField::muscleWeights(const Muscle& muscle, Side trpSide) const {
    ZoneWeights out{std::vector<float>(vertexCount(), 0.0f),
                    std::vector<float>(vertexCount(), 0.0f)};
    for (const TriggerPoint& trp : muscle.triggerPoints)
        for (const Zone& zone : trp.zones)
            addZone(zone, trpSide,
                    zone.kind == ZoneKind::Essential ? out.essential : out.spillover);
    return out;
}

std::vector<float> ZoneField::geodesicDistances(glm::vec3 from, float maxMm) const {
    return graph_.distancesFrom(from, maxMm);
}

std::vector<float> ZoneField::geodesicDistances(std::span<const glm::vec3> from,
                                                float maxMm) const {
    return graph_.distancesFrom(from, maxMm);
}

std::vector<PainArea> ZoneField::paintRegionsWeights(std::span<const float> intensity,
                                                     std::span<const float> vertexAreas,
                                                     float minShare) const {
    std::map<int, float> cells;
    float total = 0.0f;
    const std::size_t n = std::min({intensity.size(), vertexAreas.size(), region_.size()});
    for (std::size_t v = 0; v < n; ++v) {
        if (region_[v] < 0 || !(intensity[v] > 0.0f)) continue;
        const float w = vertexAreas[v] / 100.0f * std::min(intensity[v], 10.0f);
        cells[region_[v] * 3 + sideIndex(side_[v])] += w;
        total += w;
    }
    std::vector<PainArea> out;
    for (const auto& [cell, w] : cells)
        if (w > 0.0f && w >= minShare * total)
            out.push_back(
                {regionIds_[static_cast<std::size_t>(cell / 3)], sideOfIndex(cell % 3), w});
    return out;
}

}  // namespace tpa::anatomy
