// The "Session" tab: client and date, the muscles examined with pressure and findings, notes,
// the self-care given (ticked from the examined muscles' knowledge) and the client's history.
#include "ui/strings.h"
#include "ui/viewer_ui.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <set>

namespace tpa::ui {
namespace {

std::string regionLabel(const anatomy::KnowledgeBase& kb, const std::string& id) {
    const auto* r = kb.findRegion(id);
    return r ? r->name : (id.empty() ? std::string("elsewhere") : id);
}

void drawHistory(const state::AppState& state, const SessionInfo& info) {
    if (!info.history || info.history->empty()) {
        ImGui::TextDisabled("%s", tr(Text::NoHistory));
        return;
    }
    const auto& history = *info.history;
    // Rows: every region painted on any date; columns: the dates, oldest first.
    std::vector<std::pair<std::string, core::Side>> rows;
    for (const auto& h : history)
        for (const auto& r : h.regions)
            if (std::find(rows.begin(), rows.end(), std::pair{r.region, r.side}) == rows.end())
                rows.emplace_back(r.region, r.side);
    const int columns = int(std::min<std::size_t>(history.size(), 6)) + 1;
    const std::size_t first = history.size() - std::size_t(columns - 1);  // the latest dates fit
    if (!ImGui::BeginTable("history", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("Area");
    for (std::size_t i = first; i < history.size(); ++i) ImGui::TableSetupColumn(history[i].date.c_str());
    ImGui::TableHeadersRow();
    for (const auto& [region, side] : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s (%s)", regionLabel(*state.knowledge, region).c_str(), std::string(core::toText(side)).c_str());
        for (std::size_t i = first; i < history.size(); ++i) {
            ImGui::TableNextColumn();
            for (const auto& r : history[i].regions)
                if (r.region == region && r.side == side) {
                    // Brighter red for stronger pain, so a trend reads at a glance.
                    const float t = r.intensity / anatomy::kMaxPainIntensity;
                    ImGui::TextColored(ImVec4(0.6f + 0.4f * t, 0.75f - 0.5f * t, 0.7f - 0.5f * t, 1.0f), "%.0f",
                                       double(r.intensity));
                }
        }
    }
    ImGui::EndTable();
}

}  // namespace

void ViewerUi::drawSessionTab(const state::AppState& state, const FrameInfo& info, UiOutput& out) {
    const SessionInfo& si = info.session;
    if (!si.session) return;
    session::ClientSession s = *si.session;
    bool changed = false;
    ImGui::TextDisabled("%s%s", si.path.empty() ? "Not saved yet" : si.path.c_str(), si.dirty ? "  (unsaved changes)" : "");
    ImGui::TextDisabled("%s", tr(Text::Client));
    ImGui::SetNextItemWidth(-1);
    changed |= ImGui::InputText("##client", &s.client);
    ImGui::TextDisabled("%s", tr(Text::Date));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    changed |= ImGui::InputText("##date", &s.date);
    ImGui::SameLine();
    if (ImGui::SmallButton("Today")) {
        s.date = session::todayIso();
        changed = true;
    }
    if (!s.drawing.empty()) {
        ImGui::TextDisabled("%s:", tr(Text::PainDrawing));
        for (const auto& r : session::summarizeDrawing(s.drawing)) {
            ImGui::SameLine();
            ImGui::Text("%s %.0f;", regionLabel(*state.knowledge, r.region).c_str(), double(r.intensity));
        }
    }

    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Text::ExaminedMuscles));
    const auto* current = state.selectedMuscle();
    if (current) {
        const std::string label = std::string(tr(Text::AddCurrentMuscle)) + ": " + current->name + " (" +
                                  std::string(core::toText(state.selectedSide())) + ")";
        ImGui::PushTextWrapPos();
        const bool add = ImGui::Button(label.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+M");
        if (add && !s.findExamined(current->id, state.selectedSide())) {
            session::ExaminedMuscle added;
            added.muscle = current->id;
            added.side = state.selectedSide();
            s.examined.push_back(added);
            changed = true;
        }
    } else {
        ImGui::TextWrapped("%s", tr(Text::NoMuscleSelected));
    }
    int removeAt = -1;
    for (std::size_t i = 0; i < s.examined.size(); ++i) {
        auto& e = s.examined[i];
        ImGui::PushID(int(i));
        const auto* m = state.knowledge->findMuscle(e.muscle);
        ImGui::Separator();
        ImGui::Text("%s (%s)", m ? m->name.c_str() : e.muscle.c_str(), std::string(core::toText(e.side)).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(Text::Remove))) removeAt = int(i);
        const std::string pressure = std::string(tr(Text::Pressure)) + " %d/10 (" + session::pressureWord(e.pressure) + ")";
        ImGui::SetNextItemWidth(-1);
        changed |= ImGui::SliderInt("##pressure", &e.pressure, 0, session::kMaxPressure, pressure.c_str());
        // Two findings a line: the panel is narrow and larger fonts must still fit.
        const float column = ImGui::GetContentRegionAvail().x * 0.5f;
        changed |= ImGui::Checkbox(tr(Text::Tender), &e.localTenderness);
        ImGui::SameLine(column);
        changed |= ImGui::Checkbox(tr(Text::Referred), &e.referredPain);
        changed |= ImGui::Checkbox(tr(Text::JumpSign), &e.jumpSign);
        ImGui::SameLine(column);
        changed |= ImGui::Checkbox(tr(Text::Twitch), &e.twitchResponse);
        ImGui::SetNextItemWidth(-1);
        if (e.referredPain) changed |= ImGui::InputTextWithHint("##zone", tr(Text::ReferredZone), &e.referredZone);
        ImGui::SetNextItemWidth(-1);
        changed |= ImGui::InputTextWithHint("##notes", tr(Text::Notes), &e.notes);
        ImGui::PopID();
    }
    if (removeAt >= 0) {
        s.examined.erase(s.examined.begin() + removeAt);
        changed = true;
    }

    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Text::Notes));
    changed |= ImGui::InputTextMultiline("##notes", &s.notes, ImVec2(-1, ImGui::GetFontSize() * 4));

    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Text::SelfCareGiven));
    std::set<std::string> listed;  // a muscle examined on both sides lists its self-care once
    for (const auto& e : s.examined) {
        const auto* m = state.knowledge->findMuscle(e.muscle);
        if (!m || !listed.insert(m->id).second) continue;
        for (std::size_t k = 0; k < m->selfCare.size(); ++k) {
            const std::string id = session::selfCareId(m->id, k);
            bool given = s.hasSelfCare(id);
            ImGui::PushID(id.c_str());
            if (ImGui::Checkbox("##given", &given)) {
                if (given)
                    s.selfCare.items.push_back(id);
                else
                    std::erase(s.selfCare.items, id);
                changed = true;
            }
            ImGui::SameLine();
            ImGui::TextWrapped("%s (%s)", m->selfCare[k].text.c_str(), m->name.c_str());
            ImGui::PopID();
        }
    }
    ImGui::TextDisabled("%s", tr(Text::SelfCareText));
    changed |= ImGui::InputTextMultiline("##selfcare", &s.selfCare.text, ImVec2(-1, ImGui::GetFontSize() * 3));

    ImGui::Spacing();
    if (ImGui::CollapsingHeader(tr(Text::History))) drawHistory(state, si);
    if (changed) out.session.edited = std::move(s);
}

}  // namespace tpa::ui
