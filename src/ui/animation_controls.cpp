// Play/pause, speed, timeline and reduced motion for the referral-zone animation.
#include "ui/viewer_ui.h"

#include <imgui.h>

namespace tpa::ui {

void ViewerUi::drawAnimationControls(const state::AppState& state, UiOutput& out) {
    using namespace state;
    const auto& anim = state.animation;
    ImGui::TextDisabled("REFERRED PAIN");
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.95f, 0.30f, 0.35f, 1.0f), "essential");
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1.0f, 0.62f, 0.65f, 1.0f), "spillover (hatched)");
    if (anim.reducedMotion) {
        ImGui::TextDisabled("Still picture (reduced motion)");
    } else {
        if (ImGui::Button(anim.playing ? "Pause" : "Play")) out.commands.push_back(PlayAnimation{!anim.playing});
        ImGui::SameLine();
        float t = float(std::min(anim.time, ZoneAnimation::kTimelineSeconds));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
        if (ImGui::SliderFloat("##time", &t, 0.0f, float(ZoneAnimation::kTimelineSeconds), "%.1f s"))
            out.commands.push_back(ScrubAnimation{t});
        ImGui::SameLine();
        float speed = anim.speed;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderFloat("##speed", &speed, 0.25f, 3.0f, "x%.2f")) out.commands.push_back(SetAnimationSpeed{speed});
    }
    bool reduced = anim.reducedMotion;
    if (ImGui::Checkbox("Reduced motion", &reduced)) out.commands.push_back(SetReducedMotion{reduced});
    ImGui::Separator();
}

}  // namespace tpa::ui
