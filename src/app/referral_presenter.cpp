// Zone weights and geodesic distances per skin vertex, combined over trigger points.
#include "app/referral_presenter.h"

#include <algorithm>

namespace tpa::app {
namespace {

constexpr float kFarMm = 1.0e5f;          // "not reached": revealed last, if ever
constexpr std::size_t kConditionMuscles = 4;  // the most likely muscles of a condition

}  // namespace

void ReferralPresenter::setScene(const core::Scene& scene, const anatomy::KnowledgeBase& kb) {
    field_.reset();
    skinPart_ = -1;
    key_ = "?";
    showing_ = false;
    placements_.clear();
    for (std::size_t i = 0; i < scene.parts.size(); ++i)
        if (scene.parts[i].kind == core::PartKind::Skin) {
            skinPart_ = int(i);
            break;
        }
    if (skinPart_ < 0 || scene.landmarks.size() == 0 || kb.regions.empty()) return;
    field_ = std::make_unique<anatomy::ZoneField>(scene.parts[skinPart_].mesh, kb, scene.landmarks);
}

void ReferralPresenter::addMuscle(const state::AppState& state, const anatomy::Muscle& muscle, core::Side side,
                                  std::vector<glm::vec3>& zones) {
    for (const auto& trp : muscle.triggerPoints)
        if (auto p = anatomy::placeTriggerPoint(state.scene, muscle, trp, side)) placements_.push_back(*p);
    if (!field_) return;
    const auto weights = field_->muscleWeights(muscle, side);
    // One multi-source pass: each vertex's distance to its nearest trigger point of this muscle.
    std::vector<glm::vec3> sources;
    for (const auto& p : placements_)
        if (p.muscleId == muscle.id && p.side == side) sources.push_back(p.position);
    std::vector<float> distance(zones.size(), kFarMm);
    if (!sources.empty()) {
        const auto d = field_->geodesicDistances(std::span<const glm::vec3>(sources), 2500.0f);
        for (std::size_t v = 0; v < d.size() && v < distance.size(); ++v) distance[v] = std::min(distance[v], d[v]);
    }
    for (std::size_t v = 0; v < zones.size(); ++v) {
        const float e = weights.essential[v], s = weights.spillover[v];
        if (e <= 0.0f && s <= 0.0f) continue;
        // Where several muscles overlap keep the strongest weights and the nearest origin.
        const bool fresh = zones[v].x <= 0.0f && zones[v].y <= 0.0f;
        zones[v].x = std::max(zones[v].x, e);
        zones[v].y = std::max(zones[v].y, s);
        zones[v].z = fresh ? distance[v] : std::min(zones[v].z, distance[v]);
    }
}

void ReferralPresenter::update(const state::AppState& state, render::Renderer& renderer) {
    const auto* muscle = state.selectedMuscle();
    const core::Side side = state.selectedSide();
    std::string key = muscle ? muscle->id + "/" + std::string(core::toText(side)) : "";
    if (!muscle && !state.condition.empty()) key = "condition/" + state.condition;
    if (key.empty())
        for (const auto& [id, s] : state.zoneMuscles) key += "muscles/" + id + "/" + std::string(core::toText(s)) + ";";
    if (key == key_) return;
    key_ = key;
    placements_.clear();
    renderer.clearZones();
    showing_ = false;
    if (key.empty() || !state.knowledge) return;
    const std::size_t vertices = field_ ? field_->vertexCount() : 0;
    std::vector<glm::vec3> zones(vertices, glm::vec3(0.0f, 0.0f, kFarMm));
    if (muscle) {
        addMuscle(state, *muscle, side, zones);
    } else if (const auto* condition = state.knowledge->findCondition(state.condition)) {
        const std::size_t n = std::min(kConditionMuscles, condition->examine.size());
        for (std::size_t i = 0; i < n; ++i)
            if (const auto* m = state.knowledge->findMuscle(condition->examine[i]))
                for (core::Side s : {core::Side::Right, core::Side::Left}) addMuscle(state, *m, s, zones);
    } else {
        for (const auto& [id, s] : state.zoneMuscles)
            if (const auto* m = state.knowledge->findMuscle(id)) addMuscle(state, *m, s, zones);
    }
    if (field_ && skinPart_ >= 0) {
        renderer.setZones(std::size_t(skinPart_), zones);
        showing_ = true;
    }
}

void ReferralPresenter::decorate(const state::AppState& state, render::FrameParams& frame) const {
    frame.zoneTime = state.animation.reducedMotion ? -1.0f : float(state.animation.time);
    for (const auto& p : placements_) frame.markers.push_back({p.position, 9.0f, false});
}

}  // namespace tpa::app
