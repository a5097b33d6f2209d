// Zone weights and geodesic distances per skin vertex, combined over trigger points, with
// satellite trigger points lit in sequence and the pain drawing in the fourth channel.
#include "app/referral_presenter.h"

#include <algorithm>
#include <limits>

namespace tpa::app {
namespace {

constexpr float kFarMm = 1.0e5f;              // "not reached": revealed last, if ever
constexpr float kReachMm = 2500.0f;           // geodesic search radius
constexpr std::size_t kConditionMuscles = 4;  // the most likely muscles of a condition
// A satellite counts when the primary's zone covers the skin over it at least this much.
constexpr float kSatelliteZoneWeight = 0.3f;
// The pain pauses at a satellite trigger point before spreading into its zone (mm of wave).
constexpr float kSatellitePauseMm = 350.0f;

std::size_t nearestVertex(const core::Mesh& mesh, glm::vec3 p) {
    std::size_t best = 0;
    float bestD = std::numeric_limits<float>::max();
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const glm::vec3 d = mesh.positions[v] - p;
        const float d2 = glm::dot(d, d);
        if (d2 < bestD) {
            bestD = d2;
            best = v;
        }
    }
    return best;
}

float waveSpeed() { return render::FrameParams{}.waveSpeedMmPerS; }

}  // namespace

void ReferralPresenter::setScene() {
    key_ = "?";
    painRevision_ = ~std::uint64_t(0);
    showing_ = false;
    zones_.clear();
    markers_.clear();
}

std::vector<anatomy::TriggerPointPlacement> ReferralPresenter::placements() const {
    std::vector<anatomy::TriggerPointPlacement> out;
    for (const auto& m : markers_) out.push_back(m.placement);
    return out;
}

void ReferralPresenter::addMuscle(const state::AppState& state, const anatomy::Muscle& muscle, core::Side side,
                                  const anatomy::TriggerPoint* only, float delayMm, bool satellite,
                                  std::vector<glm::vec4>& zones) {
    std::vector<glm::vec3> sources;
    for (const auto& trp : muscle.triggerPoints) {
        if (only && trp.id != only->id) continue;
        if (auto p = anatomy::placeTriggerPoint(state.scene, muscle, trp, side)) {
            sources.push_back(p->position);
            markers_.push_back({*p, satellite, delayMm / waveSpeed()});
        }
    }
    const auto* field = state.skin.field();
    if (!field) return;
    const auto weights = only ? field->triggerPointWeights(*only, side) : field->muscleWeights(muscle, side);
    // One multi-source pass: each vertex's distance to its nearest trigger point of this muscle.
    std::vector<float> distance(zones.size(), kFarMm);
    if (!sources.empty()) {
        const auto d = field->geodesicDistances(std::span<const glm::vec3>(sources), kReachMm);
        for (std::size_t v = 0; v < d.size() && v < distance.size(); ++v)
            distance[v] = std::min(distance[v], d[v] + delayMm);
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

void ReferralPresenter::addSatellites(const state::AppState& state, const anatomy::Muscle& muscle, core::Side side,
                                      std::vector<glm::vec4>& zones) {
    // Satellite trigger points arise in the primary's referral zone: the pain reaches the
    // satellite, pauses, then spreads into the satellite's own zone. Only satellite trigger
    // points that lie under the primary's zone take part.
    if (!state.knowledge || state.skin.part < 0 || !state.skin.field()) return;
    const auto& skin = state.scene.parts[std::size_t(state.skin.part)].mesh;
    for (const auto& sat : muscle.satellites) {
        const auto* m = state.knowledge->findMuscle(sat.muscle);
        if (!m || m->id == muscle.id) continue;
        for (const auto& trp : m->triggerPoints) {
            const auto p = anatomy::placeTriggerPoint(state.scene, *m, trp, side);
            if (!p) continue;
            const std::size_t v = nearestVertex(skin, p->position);
            if (v >= zones.size() || std::max(zones[v].x, zones[v].y) < kSatelliteZoneWeight || zones[v].z >= kFarMm)
                continue;
            addMuscle(state, *m, side, &trp, zones[v].z + kSatellitePauseMm, true, zones);
        }
    }
}

std::string ReferralPresenter::contentKey(const state::AppState& state) const {
    const auto& pain = state.pain;
    if (!pain.previewMuscle.empty())
        return "preview/" + pain.previewMuscle + "/" + std::string(core::toText(pain.previewSide));
    if (const auto* muscle = state.selectedMuscle())
        return muscle->id + "/" + std::string(core::toText(state.selectedSide())) + "/" + state.selectedTrigger;
    if (!state.condition.empty()) return "condition/" + state.condition;
    std::string key;
    for (const auto& [id, side] : state.zoneMuscles) key += "muscles/" + id + "/" + std::string(core::toText(side)) + ";";
    return key;
}

void ReferralPresenter::update(const state::AppState& state, render::Renderer& renderer) {
    const std::string key = contentKey(state);
    const bool zonesChanged = key != key_;
    const bool painChanged = state.pain.revision != painRevision_;
    if (!zonesChanged && !painChanged) return;
    const std::size_t vertices =
        state.skin.part >= 0 ? state.scene.parts[std::size_t(state.skin.part)].mesh.positions.size() : 0;
    if (zonesChanged) {
        key_ = key;
        markers_.clear();
        zones_.assign(vertices, glm::vec4(0.0f, 0.0f, kFarMm, 0.0f));
        showing_ = false;
        const auto& kb = state.knowledge;
        if (!key.empty() && kb) {
            if (!state.pain.previewMuscle.empty()) {
                if (const auto* m = kb->findMuscle(state.pain.previewMuscle))
                    addMuscle(state, *m, state.pain.previewSide, nullptr, 0.0f, false, zones_);
            } else if (const auto* muscle = state.selectedMuscle()) {
                const auto* trp = muscle->findTriggerPoint(state.selectedTrigger);
                addMuscle(state, *muscle, state.selectedSide(), trp, 0.0f, false, zones_);
                addSatellites(state, *muscle, state.selectedSide(), zones_);
            } else if (const auto* condition = kb->findCondition(state.condition)) {
                const std::size_t n = std::min(kConditionMuscles, condition->examine.size());
                for (std::size_t i = 0; i < n; ++i)
                    if (const auto* m = kb->findMuscle(condition->examine[i]))
                        for (core::Side s : {core::Side::Right, core::Side::Left})
                            addMuscle(state, *m, s, nullptr, 0.0f, false, zones_);
            } else {
                for (const auto& [id, side] : state.zoneMuscles)
                    if (const auto* m = kb->findMuscle(id)) addMuscle(state, *m, side, nullptr, 0.0f, false, zones_);
            }
            // Only now is the skin model needed (and built, the first time).
            showing_ = state.skin.field() != nullptr;
        }
    }
    painRevision_ = state.pain.revision;
    const auto& painted = state.pain.intensity;
    for (std::size_t v = 0; v < zones_.size(); ++v)
        zones_[v].w = v < painted.size() ? painted[v] / anatomy::kMaxPainIntensity : 0.0f;
    renderer.clearZones();
    if (state.skin.part >= 0 && !zones_.empty()) renderer.setZones(std::size_t(state.skin.part), zones_);
}

void ReferralPresenter::decorate(const state::AppState& state, render::FrameParams& frame) const {
    frame.zoneTime = state.animation.reducedMotion ? -1.0f : float(state.animation.time);
    for (const auto& m : markers_) {
        render::Marker marker;
        marker.position = m.placement.position;
        marker.radiusMm = m.satellite ? 7.0f : 9.0f;
        marker.satellite = m.satellite;
        marker.appearAt = m.appearAt;
        marker.emphasised = !m.satellite && !state.selectedTrigger.empty() &&
                            m.placement.triggerPoint == state.selectedTrigger;
        frame.markers.push_back(marker);
    }
}

}  // namespace tpa::app
