// The Pain tab ("where does it hurt?"): paint the pain on the body (brush, eraser, size, intensity, how
// it feels) or tick regions from a list, and see the muscles whose trigger points refer pain
// there, best first, with the zones that match; hovering one previews its zones on the body.
#include "ui/viewer_ui.h"

#include "anatomy/pain_drawing.h"
#include "state/pain_input.h"

#include <algorithm>
#include <cctype>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {
namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// "temple, forehead (essential); neck (spillover)" from a result's matches.
std::string matchSummary(const anatomy::KnowledgeBase& kb, const anatomy::PainResult& r) {
    std::string essential, spillover;
    for (const auto& m : r.matches) {
        const auto* region = kb.findRegion(m.region);
        const std::string name = region ? region->name : m.region;
        std::string& list = m.kind == anatomy::ZoneKind::Essential ? essential : spillover;
        if (list.find(name) != std::string::npos) continue;
        list += (list.empty() ? "" : ", ") + name;
    }
    std::string out;
    if (!essential.empty()) out += essential + " (essential)";
    if (!spillover.empty()) out += (out.empty() ? "" : "; ") + spillover + " (spillover)";
    return out;
}

// The quality words as checkboxes, three to a row; true when one changed.
bool qualityCheckboxes(state::PainBrush& brush, float em) {
    bool changed = false;
    int column = 0;
    for (const char* q : anatomy::kPainQualities) {
        bool on = std::find(brush.qualities.begin(), brush.qualities.end(), q) != brush.qualities.end();
        if (column++ % 3 != 0) ImGui::SameLine(em * (0.5f + 6.5f * float((column - 1) % 3)));
        if (ImGui::Checkbox(q, &on)) {
            if (on)
                brush.qualities.emplace_back(q);
            else
                brush.qualities.erase(std::remove(brush.qualities.begin(), brush.qualities.end(), q),
                                      brush.qualities.end());
            changed = true;
        }
    }
    return changed;
}

}  // namespace

void ViewerUi::drawBrushControls(const state::AppState& state, UiOutput& out) {
    using namespace state;
    const auto& pain = state.pain;
    const float em = ImGui::GetFontSize();
    if (pain.painting) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(pain.painting ? "Painting: on  (B)" : "Paint on the body  (B)", ImVec2(-1, em * 1.9f)))
        out.commands.push_back(SetPainting{!pain.painting});
    if (pain.painting) ImGui::PopStyleColor();
    if (pain.painting) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Left-drag paints; right-drag turns the body; the wheel zooms.");
        ImGui::PopStyleColor();
    }
    PainBrush brush = pain.brush;
    bool changed = false;
    int tool = brush.erase ? 1 : 0;
    changed |= ImGui::RadioButton("Brush", &tool, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("Eraser", &tool, 1);
    brush.erase = tool == 1;
    ImGui::SetNextItemWidth(-em * 5.5f);
    // The label is the size in the chosen units (no conversion specifier: ImGui prints it as is).
    const std::string size = session::formatLength(brush.radiusMm, units_);
    changed |= ImGui::SliderFloat("Size", &brush.radiusMm, 10.0f, 120.0f, size.c_str());
    if (!brush.erase) {
        ImGui::SetNextItemWidth(-em * 5.5f);
        changed |= ImGui::SliderFloat("Intensity", &brush.intensity, 0.0f, anatomy::kMaxPainIntensity, "%.0f / 10");
        if (ImGui::TreeNode("How it feels (optional)")) {
            changed |= qualityCheckboxes(brush, em);
            ImGui::TreePop();
        }
    }
    if (changed) out.commands.push_back(SetBrush{brush});
    ImGui::BeginDisabled(pain.strokeStarts.empty());
    if (ImGui::Button("Undo stroke")) out.commands.push_back(UndoStroke{});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
    ImGui::SameLine();
    ImGui::BeginDisabled(pain.empty());
    if (ImGui::Button("Clear drawing")) out.commands.push_back(ClearPain{});
    ImGui::EndDisabled();
}

void ViewerUi::drawRegionTicks(const state::AppState& state, UiOutput& out) {
    using namespace state;
    const auto& kb = *state.knowledge;
    if (!ImGui::CollapsingHeader("Or tick regions from a list")) return;
    int side = painSide_ == core::Side::Left ? 0 : 1;
    ImGui::RadioButton("Left side", &side, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Right side", &side, 1);
    painSide_ = side == 0 ? core::Side::Left : core::Side::Right;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##regionfilter", "Filter regions (e.g. 'elbow')", &regionFilter_);
    const std::string filter = lowered(regionFilter_);
    const float listHeight = ImGui::GetTextLineHeightWithSpacing() * 7.5f;
    if (ImGui::BeginChild("regions", ImVec2(0, listHeight), true)) {
        for (const auto& region : kb.regions) {
            if (!filter.empty() && lowered(region.name + " " + region.id).find(filter) == std::string::npos) continue;
            // Midline regions (sternum, sacrum...) have no side: they tick once for both.
            const core::Side tickSide = region.sided ? painSide_ : core::Side::Midline;
            bool ticked = std::any_of(state.pain.ticked.begin(), state.pain.ticked.end(), [&](const auto& a) {
                return a.region == region.id && a.side == tickSide;
            });
            if (ImGui::Checkbox(region.name.c_str(), &ticked))
                out.commands.push_back(SetPainRegion{region.id, tickSide, ticked, state.pain.brush.intensity});
        }
    }
    ImGui::EndChild();
}

void ViewerUi::drawPainTab(const state::AppState& state, UiOutput& out) {
    using namespace state;
    if (!state.knowledge) return;
    const auto& kb = *state.knowledge;
    ImGui::TextWrapped("Where does it hurt? Show it on the body: the muscles whose trigger points refer pain there are ranked below.");
    if (state.skin.part >= 0)
        drawBrushControls(state, out);
    else
        ImGui::TextDisabled("This body has no skin to paint on: tick regions instead.");
    drawRegionTicks(state, out);

    const auto& results = state.pain.ranking;
    if (state.pain.empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("MOST LIKELY SOURCES");
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hover a muscle to preview its zones on the body; click it for details.");
    if (results.empty()) ImGui::TextWrapped("No trigger point in the knowledge base refers pain there.");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        ImGui::PushID(int(i));
        char label[200];
        std::snprintf(label, sizeof label, "%3.0f%%  %s (%s)", r.score * 100.0f, r.muscleName.c_str(),
                      std::string(core::toText(r.side)).c_str());
        const bool current = state.selectedMuscle() && state.selectedMuscle()->id == r.muscleId &&
                             state.selectedSide() == r.side;
        if (ImGui::Selectable(label, current)) {
            out.commands.push_back(PreviewMuscle{""});
            out.commands.push_back(SelectMuscle{r.muscleId, r.side});
            keepTab_ = true;
        }
        if (ImGui::IsItemHovered()) {
            previewWanted_ = true;
            if (state.pain.previewMuscle != r.muscleId || state.pain.previewSide != r.side)
                out.commands.push_back(PreviewMuscle{r.muscleId, r.side});
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ImGui::TextUnformatted(r.explanation.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", matchSummary(kb, r).c_str());
        ImGui::PopStyleColor();
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Score: how much of the pain the zones explain and how much of the zones lies in it; "
                       "essential zones count more than spillover. Hover a row for the reasons.");
    ImGui::PopStyleColor();
}

}  // namespace tpa::ui
