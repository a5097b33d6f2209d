// File actions on sessions and the dialogs around them: open/save/export paths, the unsaved-
// changes prompt (new, open, quit), the recovery offer, settings, screenshot size, shortcuts.
#include "session/session_format.h"
#include "ui/strings.h"
#include "ui/viewer_ui.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {
namespace {

std::filesystem::path startFolder(const SessionInfo& si) {
    if (!si.path.empty()) return std::filesystem::path(si.path).parent_path();
    if (si.recent && !si.recent->entries().empty()) return si.recent->entries().front().path.parent_path();
    const char* home = std::getenv("HOME");
    return home ? std::filesystem::path(home) : std::filesystem::current_path();
}

std::string suggestedName(const SessionInfo& si, const char* extension) {
    std::string name = si.session && !si.session->client.empty() ? si.session->client : "session";
    if (si.session && !si.session->date.empty()) name += "-" + si.session->date;
    for (char& c : name)
        if (c == '/' || c == ' ') c = '_';
    return name + extension;
}

}  // namespace

// Rows of the shortcut overlay, also the source of the hints in the menus.
const std::vector<std::pair<const char*, const char*>>& shortcutRows() {
    static const std::vector<std::pair<const char*, const char*>> kRows = {
        {"Ctrl+N", "New session"}, {"Ctrl+O", "Open session"}, {"Ctrl+S", "Save session"},
        {"Ctrl+Shift+S", "Save session as"}, {"Ctrl+M", "Add the selected muscle to the session"},
        {"Ctrl+E", "Export handout"}, {"Ctrl+P", "Export screenshot"}, {"Ctrl+Shift+O", "Open a model"},
        {"Ctrl+,", "Settings"}, {"Ctrl+F", "Search muscles and conditions (Enter opens the best hit)"}, {"F1 or ?", "This list"}, {"Ctrl+Q", "Quit"},
        {"Left drag", "Rotate around the body"}, {"Right or middle drag", "Pan"},
        {"Mouse wheel", "Zoom toward the cursor"}, {"Click", "Select the part under the cursor"},
        {"1 / 2 / 3 / 4 / 5", "Anterior / posterior / left / right / superior view"},
        {"B", "Paint where it hurts (brush on the skin)"}, {"Ctrl+Z", "Undo the last brush stroke"},
        {"F", "Frame the selection"}, {"Home or R", "Reset the view"}, {"H", "Hide the selected part"},
        {"I", "Isolate the selection"}, {"A", "Show all"}, {"Esc", "Clear the selection"}};
    return kRows;
}

void ViewerUi::shortcut(UiAction action) { pendingActions_.push_back(action); }

void ViewerUi::runAction(UiAction action, const state::AppState& state, const FrameInfo& info, UiOutput& out) {
    const SessionInfo& si = info.session;
    switch (action) {
        case UiAction::NewSession:
        case UiAction::OpenSession:
            if (si.dirty) {
                afterUnsaved_ = action;
                showUnsaved_ = true;
            } else if (action == UiAction::NewSession) {
                out.session.create = true;
            } else {
                pathDialog_.open(tr(Text::FileOpen), startFolder(si), session::kSessionExtension, false);
                dialogPurpose_ = UiAction::OpenSession;
            }
            break;
        case UiAction::SaveSession:
            if (si.path.empty())
                runAction(UiAction::SaveSessionAs, state, info, out);
            else
                out.session.save = true;
            break;
        case UiAction::SaveSessionAs:
            pathDialog_.open(tr(Text::FileSaveAs), startFolder(si) / suggestedName(si, session::kSessionExtension),
                             session::kSessionExtension, true);
            dialogPurpose_ = UiAction::SaveSessionAs;
            break;
        case UiAction::ExportHandout:
            pathDialog_.open(tr(Text::FileExportHandout), startFolder(si) / suggestedName(si, ".html"), ".html", true);
            dialogPurpose_ = UiAction::ExportHandout;
            break;
        case UiAction::ExportScreenshot: showScreenshot_ = true; break;
        case UiAction::AddMuscleToSession:
            if (const auto* m = state.selectedMuscle(); m && si.session && !si.session->findExamined(m->id, state.selectedSide())) {
                session::ClientSession s = *si.session;
                session::ExaminedMuscle added;
                added.muscle = m->id;
                added.side = state.selectedSide();
                s.examined.push_back(added);
                out.session.edited = std::move(s);
            }
            break;
        case UiAction::OpenModel: showOpen_ = true; break;
        case UiAction::Settings:
            if (si.settings) settingsDraft_ = *si.settings;
            showSettings_ = true;
            break;
        case UiAction::Help: showControls_ = true; break;
    }
}

void ViewerUi::drawSessionDialogs(const state::AppState& state, const FrameInfo& info, UiOutput& out) {
    const SessionInfo& si = info.session;
    for (const UiAction a : std::exchange(pendingActions_, {})) runAction(a, state, info, out);

    if (const auto chosen = pathDialog_.draw()) {
        switch (dialogPurpose_) {
            case UiAction::OpenSession: out.session.open = *chosen; break;
            case UiAction::SaveSessionAs: out.session.saveAs = *chosen; break;
            case UiAction::ExportHandout: out.session.exportHandout = *chosen; break;
            case UiAction::ExportScreenshot: screenshot_.path = *chosen; out.session.screenshot = screenshot_; break;
            default: break;
        }
    }

    // Unsaved changes: before New, Open or quitting.
    if (si.confirmQuit) {
        showUnsaved_ = true;
        afterUnsaved_.reset();
    }
    if (showUnsaved_) {
        ImGui::OpenPopup(tr(Text::UnsavedTitle));
        showUnsaved_ = false;
    }
    if (ImGui::BeginPopupModal(tr(Text::UnsavedTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(tr(Text::UnsavedBody));
        const auto proceed = [&] {
            if (!afterUnsaved_) {
                out.session.quitConfirmed = true;
            } else {
                const UiAction next = *afterUnsaved_;
                pendingActions_.push_back(next);
            }
            ImGui::CloseCurrentPopup();
        };
        if (ImGui::Button(tr(Text::Save))) {
            runAction(UiAction::SaveSession, state, info, out);
            if (!si.path.empty()) proceed();  // a first save goes through Save As; ask again after
            else ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Text::Discard))) {
            out.session.create = afterUnsaved_ == UiAction::NewSession;
            if (afterUnsaved_ == UiAction::OpenSession) {
                pathDialog_.open(tr(Text::FileOpen), startFolder(si), session::kSessionExtension, false);
                dialogPurpose_ = UiAction::OpenSession;
            } else if (!afterUnsaved_) {
                out.session.quitConfirmed = true;
            }
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Text::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    // A session recovered from the last run's autosave.
    if (!si.recoveryOffer.empty() && !ImGui::IsPopupOpen(tr(Text::RecoveryTitle))) ImGui::OpenPopup(tr(Text::RecoveryTitle));
    if (ImGui::BeginPopupModal(tr(Text::RecoveryTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(tr(Text::RecoveryBody));
        ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.25f, 1.0f), "%s", si.recoveryOffer.c_str());
        if (ImGui::Button(tr(Text::Restore))) {
            out.session.restoreRecovery = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Text::Discard))) {
            out.session.restoreRecovery = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    drawSettingsWindow(out);

    if (showScreenshot_) {
        ImGui::OpenPopup(tr(Text::ScreenshotTitle));
        showScreenshot_ = false;
    }
    if (ImGui::BeginPopupModal(tr(Text::ScreenshotTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::InputInt(tr(Text::Width), &screenshot_.width, 100);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::InputInt(tr(Text::Height), &screenshot_.height, 100);
        screenshot_.width = std::clamp(screenshot_.width, 16, 8192);
        screenshot_.height = std::clamp(screenshot_.height, 16, 8192);
        ImGui::Checkbox(tr(Text::Transparent), &screenshot_.transparent);
        if (ImGui::Button(tr(Text::FileExportScreenshot))) {
            pathDialog_.open(tr(Text::ScreenshotTitle), startFolder(si) / suggestedName(si, ".png"), ".png", true);
            dialogPurpose_ = UiAction::ExportScreenshot;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Text::Cancel))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void ViewerUi::drawSettingsWindow(UiOutput& out) {
    if (!showSettings_) return;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin(tr(Text::SettingsTitle), &showSettings_, ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    session::Settings s = settingsDraft_;
    if (ImGui::BeginCombo(tr(Text::FontSize), (std::to_string(int(s.fontSize)) + " px").c_str())) {
        for (const float size : session::kFontSizes)
            if (ImGui::Selectable((std::to_string(int(size)) + " px").c_str(), size == s.fontSize)) s.fontSize = size;
        ImGui::EndCombo();
    }
    int units = int(s.units);
    ImGui::TextUnformatted(tr(Text::Units));
    ImGui::SameLine();
    ImGui::RadioButton("mm", &units, 0);
    ImGui::SameLine();
    ImGui::RadioButton("cm", &units, 1);
    ImGui::SameLine();
    ImGui::RadioButton("in", &units, 2);
    s.units = session::Units(units);
    ImGui::TextUnformatted(tr(Text::Palette));
    int palette = int(s.palette);
    ImGui::RadioButton(tr(Text::PaletteClassic), &palette, 0);
    ImGui::RadioButton(tr(Text::PaletteSafe), &palette, 1);
    s.palette = session::ZonePalette(palette);
    if (s.palette == session::ZonePalette::Classic) {
        ImGui::ColorEdit3(tr(Text::EssentialColour), &s.essentialColour.x, ImGuiColorEditFlags_NoInputs);
        ImGui::SameLine();
        ImGui::ColorEdit3(tr(Text::SpilloverColour), &s.spilloverColour.x, ImGuiColorEditFlags_NoInputs);
    }
    ImGui::Checkbox(tr(Text::ReducedMotion), &s.reducedMotion);
    if (!(s == settingsDraft_)) {
        settingsDraft_ = s;
        out.session.settings = s;
    }
    if (ImGui::Button(tr(Text::Close))) showSettings_ = false;
    ImGui::End();
}

}  // namespace tpa::ui
