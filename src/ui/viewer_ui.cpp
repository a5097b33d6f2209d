// Frame layout: menu bar on top, status line at the bottom, side panel on the right;
// the rest is the 3D view. Plus the hover label and the small dialogs.
#include "ui/viewer_ui.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {

void ViewerUi::draw(const state::AppState& state, const FrameInfo& info, UiOutput& out) {
    float menuHeight = 0.0f, statusHeight = 0.0f;
    if (info.session.settings) units_ = info.session.settings->units;
    previewWanted_ = false;
    drawMarkerLabels(info);
    drawMenuBar(state, info, out, menuHeight);
    drawStatusBar(state, info, statusHeight);
    drawSidePanel(state, info, out, menuHeight, statusHeight);
    drawOpenDialog(out);
    drawAboutDialog(state);
    drawControlsDialog();
    drawSessionDialogs(state, info, out);
    if (!state.pain.painting) drawHoverLabel(state, info);
    drawBrushCursor(state, info);
    // The preview lasts while the pointer rests on a ranked muscle.
    if (!previewWanted_ && !state.pain.previewMuscle.empty()) out.commands.push_back(state::PreviewMuscle{""});
}

void ViewerUi::drawHoverLabel(const state::AppState& state, const FrameInfo& info) {
    if (state.hovered < 0 || !info.cursorInView || ImGui::GetIO().WantCaptureMouse) return;
    const auto& part = state.scene.parts[state.hovered];
    const ImVec2 at = ImGui::GetIO().MousePos;
    const float offset = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(at.x + offset, at.y + offset * 0.75f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::Begin("##hover", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::TextUnformatted(part.name.c_str());
    ImGui::End();
}

void ViewerUi::drawOpenDialog(UiOutput& out) {
    if (showOpen_) {
        ImGui::OpenPopup("Open model");
        showOpen_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0));
    if (ImGui::BeginPopupModal("Open model", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextWrapped("Path of a mesh file (OBJ, STL, glTF/GLB, PLY, FBX, ...):");
        ImGui::SetNextItemWidth(-1);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool enter = ImGui::InputText("##path", &openPath_, ImGuiInputTextFlags_EnterReturnsTrue);
        if (ImGui::Button("Open") || enter) {
            if (!openPath_.empty()) out.openModel = openPath_;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void ViewerUi::drawAboutDialog(const state::AppState& state) {
    if (showAbout_) {
        ImGui::OpenPopup("About Trigger Point Atlas");
        showAbout_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal("About Trigger Point Atlas", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextWrapped("Trigger Point Atlas shows where myofascial trigger points sit in muscles and where "
                           "their pain is felt.");
        ImGui::Spacing();
        ImGui::TextWrapped("For education only: it does not diagnose. Pain that is severe, unexplained or "
                           "comes with other symptoms needs a qualified professional.");
        ImGui::Spacing();
        ImGui::TextWrapped("Body: %s", state.scene.source.c_str());
        // The atlas licence asks for this credit wherever its meshes are shown.
        if (!state.scene.attribution.empty()) ImGui::TextWrapped("%s", state.scene.attribution.c_str());
        if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void ViewerUi::drawControlsDialog() {
    if (showControls_) {
        ImGui::OpenPopup("Keyboard shortcuts");
        showControls_ = false;
    }
    if (ImGui::BeginPopupModal("Keyboard shortcuts", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
            for (const auto& [keys, action] : shortcutRows()) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(action);
            }
            ImGui::EndTable();
        }
        if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace tpa::ui
