// Right-hand panel: the selected part, the layer controls, and a searchable part list.
#include "ui/viewer_ui.h"

#include <algorithm>
#include <cctype>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {

const char* layerDisplayName(core::Layer l);

namespace {

bool containsIgnoreCase(std::string_view text, std::string_view needle) {
    if (needle.empty()) return true;
    auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it != text.end();
}

void infoRow(const char* label, std::string_view value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", label);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%.*s", int(value.size()), value.data());
}

}  // namespace

void ViewerUi::drawSidePanel(const state::AppState& state, const FrameInfo& info, UiOutput& out, float top,
                             float bottom) {
    using namespace state;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->Size.x * 0.4f, ImGui::GetFontSize() * 21.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width, vp->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y - top - bottom));
    out.viewOrigin = {vp->Pos.x, vp->Pos.y + top};
    out.viewSize = {std::max(1.0f, vp->Size.x - width), std::max(1.0f, vp->Size.y - top - bottom)};
    ImGui::Begin("##side", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    (void)info;

    ImGui::TextDisabled("SELECTION");
    if (state.selected >= 0) {
        const auto& part = state.scene.parts[state.selected];
        ImGui::PushTextWrapPos();
        ImGui::TextColored(ImVec4(1.0f, 0.80f, 0.25f, 1.0f), "%s", part.name.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::BeginTable("part", 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.0f);
            ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
            infoRow("Kind", core::toText(part.kind));
            infoRow("Side", core::toText(part.side));
            infoRow("Layer", layerDisplayName(part.layer));
            infoRow("Id", part.id);
            infoRow("Triangles", std::to_string(part.mesh.triangleCount()));
            ImGui::EndTable();
        }
        if (ImGui::Button("Frame")) out.commands.push_back(FrameSelection{});
        ImGui::SameLine();
        if (ImGui::Button(state.view.isolate ? "Show others" : "Isolate"))
            out.commands.push_back(SetIsolate{!state.view.isolate});
        ImGui::SameLine();
        if (ImGui::Button("Hide")) out.commands.push_back(HidePart{state.selected});
        ImGui::SameLine();
        if (ImGui::Button("Clear")) out.commands.push_back(SelectPart{-1});
    } else {
        ImGui::TextWrapped("Click a muscle or bone to select it.");
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("LAYERS");
    if (ImGui::BeginTable("layers", 4, ImGuiTableFlags_SizingFixedFit)) {
        // Column headers carry the words, so each row is just the layer and three choices.
        ImGui::TableSetupColumn("Layer", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Show");
        ImGui::TableSetupColumn("Ghost");
        ImGui::TableSetupColumn("Hide");
        ImGui::TableHeadersRow();
        for (int i = 0; i < core::kLayerCount; ++i) {
            const auto layer = core::Layer(i);
            const auto mode = state.view.layer(layer);
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(layerDisplayName(layer));
            const std::pair<LayerMode, const char*> options[] = {
                {LayerMode::Shown, "##show"}, {LayerMode::Ghosted, "##ghost"}, {LayerMode::Hidden, "##hide"}};
            for (const auto& [m, label] : options) {
                ImGui::TableNextColumn();
                if (ImGui::RadioButton(label, mode == m)) out.commands.push_back(SetLayerMode{layer, m});
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    float ghost = state.view.ghostOpacity;
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5.5f);
    if (ImGui::SliderFloat("Ghost opacity", &ghost, 0.05f, 0.9f, "%.2f"))
        out.commands.push_back(SetGhostOpacity{ghost});
    if (ImGui::Button("Show all")) out.commands.push_back(ShowAll{});

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("PARTS (%zu)", state.scene.parts.size());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", "Search parts...", &partFilter_);
    if (ImGui::BeginChild("partlist", ImVec2(0, 0), true)) {
        const bool newSelection = state.selected != lastSelected_;
        for (std::size_t i = 0; i < state.scene.parts.size(); ++i) {
            const auto& part = state.scene.parts[i];
            if (!containsIgnoreCase(part.name, partFilter_) && !containsIgnoreCase(part.id, partFilter_)) continue;
            const bool isSelected = int(i) == state.selected;
            const bool hidden = state.visibility(int(i)) == PartVisibility::Hidden;
            if (hidden) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::PushID(int(i));
            if (ImGui::Selectable(part.name.c_str(), isSelected))
                out.commands.push_back(SelectPart{isSelected ? -1 : int(i)});
            ImGui::PopID();
            if (hidden) ImGui::PopStyleColor();
            if (isSelected && newSelection) ImGui::SetScrollHereY(0.3f);
        }
        lastSelected_ = state.selected;
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace tpa::ui
