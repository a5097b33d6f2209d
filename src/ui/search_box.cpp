// The search box above the tabs: type a muscle, a synonym, a Latin name or a condition and
// jump to it. Results update on every keystroke (the index answers in microseconds).
#include "ui/viewer_ui.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {

void ViewerUi::drawSearchBox(const state::AppState& state, UiOutput& out) {
    using namespace state;
    if (!state.knowledge) return;
    if (indexedKnowledge_ != state.knowledge.get()) {
        searchIndex_ = std::make_unique<anatomy::SearchIndex>(*state.knowledge);
        indexedKnowledge_ = state.knowledge.get();
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search muscles and conditions (e.g. 'tennis elbow', 'SCM')", &searchText_);
    if (searchText_.empty()) return;
    const auto hits = searchIndex_->search(searchText_, 8);
    if (hits.empty()) {
        ImGui::TextDisabled("Nothing found for '%s'", searchText_.c_str());
        return;
    }
    const float rows = float(std::min<std::size_t>(hits.size(), 8));
    if (ImGui::BeginChild("hits", ImVec2(0, rows * ImGui::GetTextLineHeightWithSpacing() + 8), true)) {
        for (const auto& hit : hits) {
            if (hit.kind == anatomy::SearchKind::Region) continue;  // regions are for painting, not browsing
            const bool muscle = hit.kind == anatomy::SearchKind::Muscle;
            std::string label = hit.name;
            if (hit.matched != hit.name) label += "  (" + hit.matched + ")";
            label += muscle ? "##m" : "##c";
            label += hit.id;
            if (ImGui::Selectable(label.c_str())) {
                if (muscle)
                    out.commands.push_back(SelectMuscle{hit.id, state.selectedSide() == core::Side::Left
                                                                    ? core::Side::Left
                                                                    : core::Side::Right});
                else
                    out.commands.push_back(OpenCondition{hit.id});
                searchText_.clear();
            }
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("condition").x);
            ImGui::TextDisabled("%s", muscle ? "muscle" : "condition");
        }
    }
    ImGui::EndChild();
}

}  // namespace tpa::ui
