// Keeps the referral display in step with the state: the zones of the selected muscle (or
// trigger point, previewed candidate, or open condition's muscles) and the client's pain
// drawing painted on the skin, and the trigger-point markers, satellites included.
#pragma once

#include "anatomy/trigger_point_placement.h"
#include "anatomy/zone_field.h"
#include "render/frame_params.h"
#include "render/renderer.h"
#include "state/app_state.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tpa::app {

// A marker as shown: where, and when the spreading pain lights it.
struct ShownMarker {
    anatomy::TriggerPointPlacement placement;
    bool satellite = false;
    float appearAt = 0.0f;  // animation seconds
};

class ReferralPresenter {
public:
    // Forgets everything computed for the previous scene.
    void setScene();
    // Recomputes and uploads when what is shown changed (selection, trigger point, preview,
    // condition, drawing).
    void update(const state::AppState& state, render::Renderer& renderer);
    // Adds markers and the animation time to a frame.
    void decorate(const state::AppState& state, render::FrameParams& frame) const;
    bool showingZones() const { return showing_; }
    const std::vector<ShownMarker>& markers() const { return markers_; }
    // The placements of the shown markers (what a click may hit).
    std::vector<anatomy::TriggerPointPlacement> placements() const;

private:
    // Adds one muscle's zones (all its trigger points, or one) to `zones`; `delayMm` is the
    // skin distance the pain travelled before reaching these trigger points.
    void addMuscle(const state::AppState& state, const anatomy::Muscle& muscle, core::Side side,
                   const anatomy::TriggerPoint* only, float delayMm, bool satellite, std::vector<glm::vec4>& zones);
    void addSatellites(const state::AppState& state, const anatomy::Muscle& muscle, core::Side side,
                       std::vector<glm::vec4>& zones);
    std::string contentKey(const state::AppState& state) const;

    std::string key_ = "?";
    std::uint64_t painRevision_ = ~std::uint64_t(0);
    bool showing_ = false;
    std::vector<glm::vec4> zones_;  // x essential, y spillover, z distance, w painted (0-1)
    std::vector<ShownMarker> markers_;
};

}  // namespace tpa::app
