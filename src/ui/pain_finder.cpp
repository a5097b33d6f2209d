// The "Where it hurts" tab: tick the regions that hurt on one side, and see the muscles whose
// trigger points refer pain there, best first, with why; a click shows that muscle's zones.
#include "ui/viewer_ui.h"

#include "anatomy/pain_ranking.h"

#include <algorithm>
#include <cctype>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {

void ViewerUi::drawPainTab(const state::AppState& state, UiOutput& out) {
    using namespace state;
    if (!state.knowledge) return;
    const auto& kb = *state.knowledge;
    bool changed = false;
    ImGui::TextWrapped("Tick where it hurts; the muscles whose trigger points refer pain there are ranked below.");
    int side = painSide_ == core::Side::Left ? 0 : 1;
    if (ImGui::RadioButton("Left side", &side, 0)) changed = true;
    ImGui::SameLine();
    if (ImGui::RadioButton("Right side", &side, 1)) changed = true;
    painSide_ = side == 0 ? core::Side::Left : core::Side::Right;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##regionfilter", "Filter regions (e.g. 'elbow')", &regionFilter_);
    const float listHeight = ImGui::GetTextLineHeightWithSpacing() * 7.5f;
    if (ImGui::BeginChild("regions", ImVec2(0, listHeight), true)) {
        for (const auto& region : kb.regions) {
            std::string lower = region.name + " " + region.id;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            std::string filter = regionFilter_;
            std::transform(filter.begin(), filter.end(), filter.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            if (!filter.empty() && lower.find(filter) == std::string::npos) continue;
            bool ticked = painRegions_.count(region.id) > 0;
            if (ImGui::Checkbox(region.name.c_str(), &ticked)) {
                if (ticked)
                    painRegions_.insert(region.id);
                else
                    painRegions_.erase(region.id);
                changed = true;
            }
        }
    }
    ImGui::EndChild();
    if (!painRegions_.empty() && ImGui::SmallButton("Clear")) {
        painRegions_.clear();
        changed = true;
    }
    if (changed || painKnowledge_ != &kb) {
        std::vector<anatomy::PainArea> areas;
        for (const auto& id : painRegions_) areas.push_back({id, painSide_, 1.0f});
        anatomy::PainRankingOptions options;
        options.maxResults = 12;
        painResults_ = areas.empty() ? std::vector<anatomy::PainResult>{} : anatomy::rankPain(kb, areas, options);
        painKnowledge_ = &kb;
    }
    if (painRegions_.empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("MOST LIKELY SOURCES");
    if (painResults_.empty()) ImGui::TextWrapped("No trigger point in the knowledge base refers pain there.");
    for (std::size_t i = 0; i < painResults_.size(); ++i) {
        const auto& r = painResults_[i];
        ImGui::PushID(int(i));
        char label[200];
        std::snprintf(label, sizeof label, "%2.0f%%  %s (%s)", r.score * 100.0f, r.muscleName.c_str(),
                      std::string(core::toText(r.side)).c_str());
        const bool current = state.selectedMuscle() && state.selectedMuscle()->id == r.muscleId &&
                             state.selectedSide() == r.side;
        if (ImGui::Selectable(label, current)) out.commands.push_back(SelectMuscle{r.muscleId, r.side});
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ImGui::TextUnformatted(r.explanation.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Score: how much of the pain the zones explain and how much of the zones lies in it; "
                       "essential zones count more than spillover. Hover a row for the reasons.");
    ImGui::PopStyleColor();
}

}  // namespace tpa::ui
