// The "Conditions" tab: pick a condition, read what it is and its red flags, and jump to
// the muscles to examine, most likely first.
#include "ui/viewer_ui.h"

#include <imgui.h>

namespace tpa::ui {

void ViewerUi::drawConditionsTab(const state::AppState& state, UiOutput& out) {
    using namespace state;
    if (!state.knowledge) return;
    const auto& kb = *state.knowledge;
    const auto* open = state.condition.empty() ? nullptr : kb.findCondition(state.condition);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##condition", open ? open->name.c_str() : "Choose a condition...")) {
        for (const auto& c : kb.conditions)
            if (ImGui::Selectable(c.name.c_str(), open == &c)) out.commands.push_back(OpenCondition{c.id});
        ImGui::EndCombo();
    }
    if (!open) {
        ImGui::TextWrapped("Conditions people ask about, with the muscles whose trigger points commonly "
                           "produce or add to that pain.");
        return;
    }
    ImGui::TextWrapped("%s", open->description.c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("MUSCLES TO EXAMINE");
    const core::Side side = state.selectedSide();
    for (std::size_t i = 0; i < open->examine.size(); ++i) {
        const auto* m = kb.findMuscle(open->examine[i]);
        ImGui::PushID(int(i));
        char label[160];
        std::snprintf(label, sizeof label, "%zu. %s", i + 1, m ? m->name.c_str() : open->examine[i].c_str());
        const bool current = state.selectedMuscle() == m;
        if (ImGui::Selectable(label, current)) out.commands.push_back(SelectMuscle{open->examine[i], side});
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.45f, 1.0f));
    ImGui::TextUnformatted("SEE A DOCTOR PROMPTLY IF");
    ImGui::PopStyleColor();
    for (const auto& flag : open->redFlags) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", flag.c_str());
    }
    if (!open->selfCare.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("SELF-CARE");
        for (const auto& line : open->selfCare) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", line.c_str());
        }
    }
}

}  // namespace tpa::ui
