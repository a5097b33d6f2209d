// The pain drawing's edits and its derived data.
#include "state/pain_editing.h"

#include <algorithm>

namespace tpa::state {
namespace {

constexpr float kDabSpacing = 0.35f;  // of the brush radius

// The skin vertex of the hit triangle nearest the hit point.
std::uint32_t nearestCorner(const core::Mesh& mesh, std::uint32_t triangle, glm::vec3 p) {
    std::uint32_t best = mesh.indices[3 * triangle];
    float bestD = 1e30f;
    for (int k = 0; k < 3; ++k) {
        const std::uint32_t v = mesh.indices[3 * triangle + k];
        const glm::vec3 d = mesh.positions[v] - p;
        if (glm::dot(d, d) < bestD) {
            bestD = glm::dot(d, d);
            best = v;
        }
    }
    return best;
}

// The ranking from the per-vertex intensity (or from the ticks as given on a body whose skin
// could not be classified).
void rerank(AppState& s) {
    auto& pain = s.pain;
    pain.ranking.clear();
    if (pain.empty()) return;  // nothing painted or ticked: no need to classify the skin
    const auto* field = s.skin.field();
    const auto areas = field ? field->paintRegionsWeights(pain.intensity, field->vertexAreas()) : pain.ticked;
    if (areas.empty() || !s.knowledge) return;
    anatomy::PainRankingOptions options;
    options.maxResults = kPainResultsShown;
    pain.ranking = anatomy::rankPain(*s.knowledge, areas, options);
}

// A drawing made on another body (or the same body before it changed) keeps each mark in
// the region and side it was painted on: a mark whose nearest skin vertex lies elsewhere moves
// to the nearest vertex of its own region and side.
void fitMarksToSkin(AppState& s) {
    if (s.pain.drawing.empty() || !s.knowledge || !s.skin.field()) return;
    const auto& mesh = s.scene.parts[std::size_t(s.skin.part)].mesh;
    const auto& regions = s.skin.field()->vertexRegions();
    const auto& sides = s.skin.field()->vertexSides();
    auto nearest = [&](glm::vec3 p, int region, core::Side side) {
        std::size_t best = mesh.positions.size();
        float bestD = 1e30f;
        for (std::size_t v = 0; v < mesh.positions.size() && v < regions.size(); ++v) {
            if (region >= 0 && (regions[v] != region || (sides[v] != side && sides[v] != core::Side::Midline)))
                continue;
            const glm::vec3 d = mesh.positions[v] - p;
            if (glm::dot(d, d) < bestD) {
                bestD = glm::dot(d, d);
                best = v;
            }
        }
        return best;
    };
    for (auto& mark : s.pain.drawing.marks) {
        std::size_t v = nearest(mark.position, -1, core::Side::Midline);
        const int region = mark.region.empty() ? -1 : s.knowledge->regionIndex(mark.region);
        if (v < regions.size() && region >= 0 &&
            (regions[v] != region || (sides[v] != mark.side && sides[v] != core::Side::Midline)))
            v = nearest(mark.position, region, mark.side);
        if (v >= mesh.positions.size()) continue;
        mark.position = mesh.positions[v];
        if (v < mesh.normals.size()) mark.normal = mesh.normals[v];
    }
}

void changed(AppState& s) {
    ++s.pain.revision;
    refreshPain(s);
    s.redraw = true;
}

}  // namespace

void prepareSkin(AppState& s) {
    s.skin = {};
    for (std::size_t i = 0; i < s.scene.parts.size(); ++i)
        if (s.scene.parts[i].kind == core::PartKind::Skin) {
            auto& skin = s.scene.parts[i].mesh;
            // Normals now, on this thread: the field may be built later on another.
            if (skin.normals.size() != skin.positions.size()) skin.computeNormals();
            s.skin.prepare(int(i), skin, s.knowledge, s.scene.landmarks);
            break;
        }
    fitMarksToSkin(s);
    ++s.pain.revision;
    refreshPain(s);
}

bool paintAt(AppState& s, glm::vec2 pixel, bool newStroke) {
    if (s.skin.part < 0 || !s.picker) return false;
    const core::Ray ray = s.camera.rayThroughPixel(pixel);
    const auto hit = s.picker->pick(ray, [&](int i) { return i == s.skin.part; });
    if (!hit) return false;
    auto& marks = s.pain.drawing.marks;
    const PainBrush& brush = s.pain.brush;
    const bool continuing = !newStroke && !s.pain.strokeStarts.empty() && s.pain.strokeStarts.back() < marks.size();
    if (continuing && glm::distance(marks.back().position, hit->point) < kDabSpacing * brush.radiusMm) return true;
    const auto& mesh = s.scene.parts[std::size_t(s.skin.part)].mesh;
    const std::uint32_t v = nearestCorner(mesh, hit->triangle, hit->point);
    anatomy::PainMark mark;
    mark.position = hit->point;
    mark.normal = v < mesh.normals.size() ? mesh.normals[v] : hit->normal;
    mark.radiusMm = std::clamp(brush.radiusMm, anatomy::kMinBrushRadiusMm, anatomy::kMaxBrushRadiusMm);
    mark.intensity = std::clamp(brush.intensity, 0.0f, anatomy::kMaxPainIntensity);
    mark.erase = brush.erase;
    mark.qualities = brush.qualities;
    if (s.skin.field() && s.knowledge) {
        const int region = s.skin.field()->vertexRegions()[v];
        if (region >= 0) mark.region = s.knowledge->regions[std::size_t(region)].id;
        mark.side = s.skin.field()->vertexSides()[v];
    }
    if (!continuing) s.pain.strokeStarts.push_back(marks.size());
    marks.push_back(std::move(mark));
    // One dab changes little: apply it to the field in place instead of repainting everything.
    if (s.pain.intensity.size() == mesh.positions.size() && s.pain.ticked.empty()) {
        anatomy::applyPainMark(marks.back(), mesh.positions, mesh.normals, s.pain.intensity);
        ++s.pain.revision;
        rerank(s);
        s.redraw = true;
    } else {
        changed(s);
    }
    return true;
}

void undoStroke(AppState& s) {
    if (s.pain.strokeStarts.empty()) return;
    s.pain.drawing.marks.resize(std::min(s.pain.strokeStarts.back(), s.pain.drawing.marks.size()));
    s.pain.strokeStarts.pop_back();
    changed(s);
}

void clearPain(AppState& s) {
    s.pain.drawing.marks.clear();
    s.pain.strokeStarts.clear();
    s.pain.ticked.clear();
    s.pain.previewMuscle.clear();
    changed(s);
}

void setPainRegion(AppState& s, const std::string& region, core::Side side, bool on, float intensity) {
    auto& ticked = s.pain.ticked;
    ticked.erase(std::remove_if(ticked.begin(), ticked.end(),
                                [&](const anatomy::PainArea& a) { return a.region == region && a.side == side; }),
                 ticked.end());
    if (on) ticked.push_back({region, side, std::clamp(intensity, 0.0f, anatomy::kMaxPainIntensity)});
    changed(s);
}

void refreshPain(AppState& s) {
    auto& pain = s.pain;
    pain.intensity.clear();
    if (s.skin.part >= 0) {
        const auto& mesh = s.scene.parts[std::size_t(s.skin.part)].mesh;
        pain.intensity = anatomy::rasterizePainDrawing(pain.drawing, mesh.positions, mesh.normals);
        if (!pain.ticked.empty() && s.knowledge && s.skin.field()) {
            // A ticked region counts as if painted whole at its intensity.
            const auto& regions = s.skin.field()->vertexRegions();
            const auto& sides = s.skin.field()->vertexSides();
            for (const auto& t : pain.ticked) {
                const int index = s.knowledge->regionIndex(t.region);
                for (std::size_t v = 0; v < regions.size() && v < pain.intensity.size(); ++v)
                    if (regions[v] == index && (t.side == core::Side::Midline || sides[v] == t.side ||
                                                sides[v] == core::Side::Midline))
                        pain.intensity[v] = std::max(pain.intensity[v], t.weight);
            }
        }
    }
    rerank(s);
}

}  // namespace tpa::state
