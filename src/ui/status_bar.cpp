// Bottom status line: what is loaded, what is under the cursor, frame rate and load.
#include "ui/viewer_ui.h"

#include <imgui.h>

namespace tpa::ui {

void ViewerUi::drawStatusBar(const state::AppState& state, const FrameInfo& info, float& height) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    height = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.6f, 3.0f));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(state.scene.source.c_str());
    if (state.hovered >= 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("|");
        ImGui::SameLine();
        ImGui::TextUnformatted(state.scene.parts[state.hovered].name.c_str());
    }
    if (!state.notice.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("|");
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1.0f, 0.75f, 0.3f, 1.0f), "%s", state.notice.c_str());
    }
    char stats[160];
    std::snprintf(stats, sizeof stats, "%zu parts   %zu triangles   %zu draws   %.0f ms/frame (%.0f fps)",
                  state.scene.parts.size(), info.triangles, info.drawCalls, info.frameMs,
                  info.frameMs > 0.0 ? 1000.0 / info.frameMs : 0.0);
    // The figures yield to a long path or error notice rather than being drawn over it.
    const float statsX = ImGui::GetWindowWidth() - ImGui::CalcTextSize(stats).x - ImGui::GetFontSize();
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() < statsX) {
        ImGui::SameLine(statsX);
        ImGui::TextDisabled("%s", stats);
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace tpa::ui
