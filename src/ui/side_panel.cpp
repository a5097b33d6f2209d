// Right-hand panel: the selected part, the layer controls, and a searchable part list.
#include "ui/strings.h"
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

}  // namespace

void ViewerUi::drawSidePanel(const state::AppState& state, const FrameInfo& info, UiOutput& out, float top,
                             float bottom) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Wide enough for the five tab names at any font size, never more than 42 % of the window.
    const float width = std::min(vp->Size.x * 0.42f, ImGui::GetFontSize() * 25.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width, vp->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y - top - bottom));
    out.viewOrigin = {vp->Pos.x, vp->Pos.y + top};
    out.viewSize = {std::max(1.0f, vp->Size.x - width), std::max(1.0f, vp->Size.y - top - bottom)};
    ImGui::Begin("##side", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    const bool selectionChanged = state.selected != panelSelected_ || state.focusMuscle != lastFocus_;
    const bool conditionChanged = state.condition != lastCondition_;
    // The footer notice keeps its place at the bottom; the tabs scroll above it.
    const float footer = ImGui::GetTextLineHeightWithSpacing() * 2.6f;
    drawSearchBox(state, out);
    if (ImGui::BeginTabBar("tabs")) {
        const bool showMuscle =
            selectionChanged && !keepTab_ && (state.selected >= 0 || !state.focusMuscle.empty());
        keepTab_ = false;  // set by a click in the ranking the frame before
        const bool showPain = state.pain.painting && !lastPainting_;
        lastPainting_ = state.pain.painting;
        if (ImGui::BeginTabItem("Muscle", nullptr, showMuscle ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("muscle", ImVec2(0, -footer));
            if (info.zonesShown) drawAnimationControls(state, out);
            drawMuscleTab(state, out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Conditions", nullptr,
                                conditionChanged && !state.condition.empty() ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("conditions", ImVec2(0, -footer));
            if (info.zonesShown) drawAnimationControls(state, out);
            drawConditionsTab(state, out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Pain", nullptr, showPain ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("pain", ImVec2(0, -footer));
            if (info.zonesShown) drawAnimationControls(state, out);
            drawPainTab(state, out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (info.session.session && ImGui::BeginTabItem(tr(Text::SessionTab))) {
            ImGui::BeginChild("session", ImVec2(0, -footer));
            drawSessionTab(state, info, out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Layers")) {
            ImGui::BeginChild("layers", ImVec2(0, -footer));
            drawLayersTab(state, out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    drawNotice(state);
    panelSelected_ = state.selected;
    lastFocus_ = state.focusMuscle;
    panelSelected_ = state.selected;
    lastCondition_ = state.condition;
    ImGui::End();
}

void ViewerUi::drawNotice(const state::AppState& state) {
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.80f, 0.55f, 1.0f));
    ImGui::TextWrapped("Education, not diagnosis. See a qualified professional about pain.");
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered() && state.knowledge && !state.knowledge->notice.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 25.0f);
        ImGui::TextUnformatted(state.knowledge->notice.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void ViewerUi::drawLayersTab(const state::AppState& state, UiOutput& out) {
    using namespace state;
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
    }
    ImGui::EndChild();
    lastSelected_ = state.selected;
}

}  // namespace tpa::ui
