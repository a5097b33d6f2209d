// Drawn over whatever is on screen (nothing at start, the old body while another loads).
#include "ui/loading_screen.h"

#include <cmath>
#include <imgui.h>

namespace tpa::ui {

void drawLoadingScreen(float fraction, const std::string& what, double time) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em * 26, 0));
    ImGui::Begin("##loading", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted("Trigger Point Atlas");
    ImGui::Spacing();
    ImGui::TextWrapped("%s", what.c_str());
    // Without steps to count, a bar that keeps filling says the program is alive.
    const float shown = fraction >= 0.0f ? fraction : float(std::fmod(time * 0.6, 1.0));
    ImGui::ProgressBar(shown, ImVec2(-1, 0), fraction >= 0.0f ? nullptr : "");
    ImGui::End();
}

}  // namespace tpa::ui
