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
    // Ctrl+F jumps to the search box from anywhere (ImGui's GLFW backend indexes keys by GLFW
    // code, which is the letter's ASCII code).
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed('F', false)) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##search", "Search muscles and conditions (Ctrl+F)", &searchText_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    if (searchText_.empty()) return;
    const auto hits = searchIndex_->search(searchText_, 8);
    // Enter takes the best hit, so the keyboard alone finds a muscle or a condition.
    if (enter)
        for (const auto& hit : hits) {
            if (hit.kind == anatomy::SearchKind::Region) continue;
            if (hit.kind == anatomy::SearchKind::Muscle)
                out.commands.push_back(SelectMuscle{hit.id, core::Side::Right});
            else
                out.commands.push_back(OpenCondition{hit.id});
            searchText_.clear();
            return;
        }
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
