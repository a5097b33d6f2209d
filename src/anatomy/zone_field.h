// Per-vertex referral weights on a skin mesh for painting zones: each vertex's region is
// classified once per body, then a muscle's or trigger point's zones become essential and
// spillover weights (regions with soft borders, refined by the zones' shapes).
#pragma once

#include <glm/glm.hpp>
#include <span>
#include <string>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "anatomy/pain_ranking.h"
#include "anatomy/skin_graph.h"
#include "core/landmarks.h"
#include "core/mesh.h"

namespace tpa::anatomy {

struct ZoneFieldOptions {
    float regionFalloffMm = 25.0f;  // weight falls from 1 to 0 this far outside a zone's regions
    float shapeSoftness = 0.25f;    // a shape's edge blends over +-this fraction of its radius
    // A zone region in which no shape reaches this weight is filled whole (the shapes did not
    // say where in it the pain lies).
    float shapeReach = 0.5f;
};

// Per mesh vertex, in [0, 1].
struct ZoneWeights {
    std::vector<float> essential;
    std::vector<float> spillover;
};

class ZoneField {
public:
    // Classifies every skin vertex (RegionClassifier on the landmarks) and builds the edge
    // graph. Copies what it needs: the knowledge base and mesh may go away afterwards.
    ZoneField(const core::Mesh& skin, const KnowledgeBase& kb, const core::Landmarks& landmarks,
              ZoneFieldOptions options = {});

    std::size_t vertexCount() const { return graph_.vertexCount(); }
    // Region index (into kb.regions) of each vertex, -1 when none; and its side (Midline for
    // unsided regions).
    const std::vector<int>& vertexRegions() const { return region_; }
    const std::vector<core::Side>& vertexSides() const { return side_; }
    const std::vector<float>& vertexAreas() const { return graph_.vertexAreas(); }
    const SkinGraph& graph() const { return graph_; }

    // All trigger points of a muscle on one side (the maximum over them).
    ZoneWeights muscleWeights(const Muscle& muscle, core::Side trpSide) const;
    ZoneWeights triggerPointWeights(const TriggerPoint& trp, core::Side trpSide) const;

    // Approximate geodesic distance (mm) over the skin from the vertex nearest `from` (e.g. a
    // placed trigger point); SkinGraph::kUnreached beyond maxMm.
    std::vector<float> geodesicDistances(glm::vec3 from, float maxMm = SkinGraph::kUnreached) const;
    // From the nearest of several points (all trigger points of a muscle) in one pass.
    std::vector<float> geodesicDistances(std::span<const glm::vec3> from,
                                         float maxMm = SkinGraph::kUnreached) const;

    // A painted drawing (per-vertex intensity 0-10, vertex areas in mm^2) as painted regions
    // for rankPain: weight = sum of area (cm^2) x intensity per (region, side). Regions with
    // less than `minShare` of the total weight are dropped as brush slips.
    std::vector<PainArea> paintRegionsWeights(std::span<const float> intensity,
                                              std::span<const float> vertexAreas,
                                              float minShare = 0.02f) const;

private:
    void addZone(const Zone& zone, core::Side trpSide, std::vector<float>& into) const;
    float shapeWeight(glm::vec3 p, const std::vector<std::pair<glm::vec3, float>>& discs) const;

    ZoneFieldOptions options_;
    SkinGraph graph_;
    std::vector<glm::vec3> positions_;
    std::vector<int> region_;
    std::vector<core::Side> side_;
    std::vector<std::string> regionIds_;
    std::vector<bool> regionSided_;
    core::Landmarks landmarks_;
};

}  // namespace tpa::anatomy
