// Keeps the referral display in step with the state: the zones of the selected muscle (or
// of the open condition's muscles) painted on the skin, and the trigger-point markers.
#pragma once

#include "anatomy/trigger_point_placement.h"
#include "anatomy/zone_field.h"
#include "render/frame_params.h"
#include "render/renderer.h"
#include "state/app_state.h"

#include <memory>
#include <string>
#include <vector>

namespace tpa::app {

class ReferralPresenter {
public:
    // Classifies the skin of a newly loaded scene; a scene without skin or landmarks shows
    // markers only.
    void setScene(const core::Scene& scene, const anatomy::KnowledgeBase& kb);
    // Recomputes and uploads when the selected muscle, side or condition changed.
    void update(const state::AppState& state, render::Renderer& renderer);
    // Adds markers and the animation time to a frame.
    void decorate(const state::AppState& state, render::FrameParams& frame) const;
    bool showingZones() const { return showing_; }
    const std::vector<anatomy::TriggerPointPlacement>& placements() const { return placements_; }

private:
    void addMuscle(const state::AppState& state, const anatomy::Muscle& muscle, core::Side side,
                   std::vector<glm::vec3>& zones);

    std::unique_ptr<anatomy::ZoneField> field_;
    int skinPart_ = -1;
    std::string key_ = "?";
    bool showing_ = false;
    std::vector<anatomy::TriggerPointPlacement> placements_;
};

}  // namespace tpa::app
