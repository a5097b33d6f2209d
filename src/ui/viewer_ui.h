// The viewer's interface: menu bar, side panel, status line, hover label and dialogs.
#pragma once

#include "anatomy/pain_ranking.h"
#include "anatomy/search.h"
#include "ui/path_dialog.h"
#include "ui/ui_frame.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace tpa::ui {

class ViewerUi {
public:
    // Between ImGui::NewFrame() and ImGui::Render().
    void draw(const state::AppState& state, const FrameInfo& info, UiOutput& out);
    // A keyboard shortcut the app caught; acted on in the next draw().
    void shortcut(UiAction action);

private:
    void drawMenuBar(const state::AppState& state, const FrameInfo& info, UiOutput& out, float& height);
    void drawSidePanel(const state::AppState& state, const FrameInfo& info, UiOutput& out, float top, float bottom);
    void drawMuscleTab(const state::AppState& state, UiOutput& out);
    void drawConditionsTab(const state::AppState& state, UiOutput& out);
    void drawLayersTab(const state::AppState& state, UiOutput& out);
    void drawNotice(const state::AppState& state);
    void drawAnimationControls(const state::AppState& state, UiOutput& out);
    void drawSearchBox(const state::AppState& state, UiOutput& out);
    void drawPainTab(const state::AppState& state, UiOutput& out);
    void drawBrushControls(const state::AppState& state, UiOutput& out);
    void drawRegionTicks(const state::AppState& state, UiOutput& out);
    void drawMarkerLabels(const FrameInfo& info);
    void drawBrushCursor(const state::AppState& state, const FrameInfo& info);
    void drawStatusBar(const state::AppState& state, const FrameInfo& info, float& height);
    void drawHoverLabel(const state::AppState& state, const FrameInfo& info);
    void drawOpenDialog(UiOutput& out);
    void drawAboutDialog(const state::AppState& state);
    void drawControlsDialog();
    void drawSessionTab(const state::AppState& state, const FrameInfo& info, UiOutput& out);
    void drawSessionDialogs(const state::AppState& state, const FrameInfo& info, UiOutput& out);
    void drawSettingsWindow(UiOutput& out);
    void runAction(UiAction action, const state::AppState& state, const FrameInfo& info, UiOutput& out);

    bool showOpen_ = false;
    bool showAbout_ = false;
    bool showControls_ = false;
    std::string openPath_;
    std::string partFilter_;
    int lastSelected_ = -1;   // to scroll the part list to a new selection once
    int panelSelected_ = -1;  // to bring the Muscle tab forward on a new selection once
    std::string lastFocus_;
    std::string searchText_;
    std::unique_ptr<anatomy::SearchIndex> searchIndex_;
    const anatomy::KnowledgeBase* indexedKnowledge_ = nullptr;
    // "Where it hurts": the side and filter of the region list.
    core::Side painSide_ = core::Side::Right;
    std::string regionFilter_;
    bool previewWanted_ = false;  // a ranked muscle is under the pointer this frame
    bool keepTab_ = false;        // a selection made from the ranking keeps the ranking in view
    bool lastPainting_ = false;
    std::string lastCondition_;
    // Sessions and files.
    std::vector<UiAction> pendingActions_;
    session::Units units_ = session::Units::Millimetres;  // for sizes shown in the panels
    PathDialog pathDialog_;
    UiAction dialogPurpose_ = UiAction::OpenSession;
    std::optional<UiAction> afterUnsaved_;  // what the unsaved-changes prompt was guarding; none = quit
    bool showUnsaved_ = false;
    bool showSettings_ = false;
    bool showScreenshot_ = false;
    session::Settings settingsDraft_;
    ScreenshotRequest screenshot_;
};

// Every keyboard shortcut with what it does (the help overlay's rows).
const std::vector<std::pair<const char*, const char*>>& shortcutRows();

}  // namespace tpa::ui
