// The "Muscle" tab: the selected part, and for a knowledge-base muscle everything a
// therapist explains: names, anatomy, trigger points, referral in words, self-care, sources.
#include "ui/viewer_ui.h"

#include <imgui.h>

namespace tpa::ui {

const char* layerDisplayName(core::Layer l);

namespace {

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
}

void wrappedDisabled(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void bullets(const std::vector<std::string>& items) {
    for (const auto& item : items) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", item.c_str());
    }
}

void field(const char* label, const std::string& value) {
    ImGui::TextDisabled("%s", label);
    ImGui::Indent();
    ImGui::TextWrapped("%s", value.c_str());
    ImGui::Unindent();
}

std::string regionNames(const anatomy::KnowledgeBase& kb, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        const auto* r = kb.findRegion(id);
        out += (out.empty() ? "" : ", ") + (r ? r->name : id);
    }
    return out;
}

const char* sideWords(anatomy::ZoneSide side) {
    switch (side) {
        case anatomy::ZoneSide::Same: return "";
        case anatomy::ZoneSide::Opposite: return " (other side)";
        case anatomy::ZoneSide::Both: return " (both sides)";
    }
    return "";
}

}  // namespace

void ViewerUi::drawMuscleTab(const state::AppState& state, UiOutput& out) {
    using namespace state;
    const auto* muscle = state.selectedMuscle();
    if (state.selected >= 0) {
        const auto& part = state.scene.parts[state.selected];
        ImGui::PushTextWrapPos();
        ImGui::TextColored(ImVec4(1.0f, 0.80f, 0.25f, 1.0f), "%s", muscle ? muscle->name.c_str() : part.name.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("%s  |  %s  |  %s", std::string(core::toText(part.side)).c_str(),
                            layerDisplayName(part.layer), part.id.c_str());
        if (ImGui::Button("Frame")) out.commands.push_back(FrameSelection{});
        ImGui::SameLine();
        if (ImGui::Button(state.view.isolate ? "Show others" : "Isolate"))
            out.commands.push_back(SetIsolate{!state.view.isolate});
        ImGui::SameLine();
        if (ImGui::Button("Hide")) out.commands.push_back(HidePart{state.selected});
        ImGui::SameLine();
        if (ImGui::Button("Clear")) out.commands.push_back(SelectPart{-1});
    } else if (muscle) {
        ImGui::TextColored(ImVec4(1.0f, 0.80f, 0.25f, 1.0f), "%s (%s)", muscle->name.c_str(),
                           std::string(core::toText(state.focusSide)).c_str());
        ImGui::TextWrapped("No mesh for this muscle in the loaded body.");
    } else {
        ImGui::TextWrapped("Click a muscle on the body, or pick a condition, to see its trigger points and "
                           "where their pain is felt.");
        return;
    }
    if (!muscle) {
        if (state.selected >= 0) ImGui::TextWrapped("This part has no entry in the trigger-point knowledge base.");
        return;
    }
    const auto& kb = *state.knowledge;
    ImGui::Separator();
    if (!muscle->latin.empty()) ImGui::TextWrapped("%s", muscle->latin.c_str());
    if (!muscle->synonyms.empty()) {
        std::string also;
        for (const auto& s : muscle->synonyms) also += (also.empty() ? "" : ", ") + s;
        ImGui::TextDisabled("Also called: %s", also.c_str());
    }
    if (ImGui::CollapsingHeader("Trigger points and referred pain", ImGuiTreeNodeFlags_DefaultOpen)) {
        if (muscle->triggerPoints.size() > 1)
            wrappedDisabled(state.selectedTrigger.empty() ? "Click a trigger point (here or its marker) to show it alone."
                                                           : "Showing one trigger point; click it again for all.");
        for (const auto& trp : muscle->triggerPoints) {
            ImGui::PushID(trp.id.c_str());
            const bool chosen = state.selectedTrigger == trp.id;
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.93f, 0.35f, 1.0f));
            const float idWidth = ImGui::CalcTextSize("TrP00").x;
            if (ImGui::Selectable(trp.id.c_str(), chosen, 0, ImVec2(idWidth, 0)))
                out.commands.push_back(state::SelectTriggerPoint{muscle->id, state.selectedSide(), chosen ? "" : trp.id});
            ImGui::PopStyleColor();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", trp.name.c_str());
            ImGui::Indent();
            ImGui::TextWrapped("%s", trp.description.c_str());
            for (const auto& zone : trp.zones) {
                const bool essential = zone.kind == anatomy::ZoneKind::Essential;
                ImGui::TextColored(essential ? ImVec4(0.95f, 0.30f, 0.35f, 1.0f) : ImVec4(1.0f, 0.62f, 0.65f, 1.0f),
                                   essential ? "Essential:" : "Spillover:");
                ImGui::SameLine();
                ImGui::TextWrapped("%s%s", regionNames(kb, zone.regions).c_str(), sideWords(zone.side));
                if (!zone.sideNote.empty()) ImGui::TextDisabled("  %s", zone.sideNote.c_str());
            }
            ImGui::Unindent();
            ImGui::PopID();
        }
    }
    if (ImGui::CollapsingHeader("What it can feel like", ImGuiTreeNodeFlags_DefaultOpen)) bullets(muscle->complaints);
    if (ImGui::CollapsingHeader("Self-care")) {
        for (const auto& care : muscle->selfCare) {
            ImGui::Bullet();
            ImGui::TextDisabled("%s:", std::string(anatomy::toText(care.kind)).c_str());
            ImGui::SameLine();
            ImGui::TextWrapped("%s", care.text.c_str());
        }
        if (!muscle->cautions.empty()) {
            heading("Cautions");
            bullets(muscle->cautions);
        }
    }
    if (ImGui::CollapsingHeader("What keeps it going")) bullets(muscle->perpetuatingFactors);
    if (ImGui::CollapsingHeader("Anatomy")) {
        field("Origin", muscle->origin);
        field("Insertion", muscle->insertion);
        field("Action", muscle->action);
        field("Innervation", muscle->innervation);
    }
    if (!muscle->satellites.empty() && ImGui::CollapsingHeader("Satellite trigger points")) {
        for (const auto& sat : muscle->satellites) {
            const auto* other = kb.findMuscle(sat.muscle);
            ImGui::PushID(sat.muscle.c_str());
            if (ImGui::SmallButton(other ? other->name.c_str() : sat.muscle.c_str()))
                out.commands.push_back(SelectMuscle{sat.muscle, state.selectedSide()});
            ImGui::PopID();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", sat.note.c_str());
        }
    }
    if (ImGui::CollapsingHeader("Sources")) {
        ImGui::TextDisabled("Confidence: %s", std::string(anatomy::toText(muscle->confidence)).c_str());
        for (const auto& src : muscle->sources) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s%s%s", src.ref.c_str(), src.note.empty() ? "" : " - ", src.note.c_str());
        }
    }
}

}  // namespace tpa::ui
