// What the UI gets each frame (read-only state and frame numbers) and what it gives back
// (commands, requests, and the rectangle left for the 3D view).
#pragma once

#include "session/client_history.h"
#include "session/client_session.h"
#include "session/recent_sessions.h"
#include "session/settings.h"
#include "state/app_state.h"
#include "state/command.h"

#include <glm/glm.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tpa::ui {

// Actions with a keyboard shortcut; the app turns keys into these (help overlay lists them).
enum class UiAction { NewSession, OpenSession, SaveSession, SaveSessionAs, ExportHandout, ExportScreenshot,
                      AddMuscleToSession, OpenModel, Settings, Help };

// The open client session and the files around it, owned by the app, shown by the UI.
struct SessionInfo {
    const session::ClientSession* session = nullptr;
    std::string path;  // "" until saved
    bool dirty = false;
    const session::RecentSessions* recent = nullptr;
    const std::vector<session::HistoryEntry>* history = nullptr;
    const session::Settings* settings = nullptr;
    std::string recoveryOffer;  // set while a recovered session waits for an answer
    bool confirmQuit = false;   // this frame: a quit was asked for with unsaved changes
};

struct ScreenshotRequest {
    std::string path;
    int width = 1600;
    int height = 1200;
    bool transparent = false;
};

// What the user asked of the session and its files this frame.
struct SessionRequests {
    std::optional<session::ClientSession> edited;  // the session after an edit in the Session tab
    bool create = false;
    std::optional<std::string> open;
    bool save = false;
    std::optional<std::string> saveAs;
    std::optional<std::string> exportHandout;
    std::optional<ScreenshotRequest> screenshot;
    std::optional<session::Settings> settings;
    std::optional<bool> restoreRecovery;  // true: restore it; false: discard it
    bool quitConfirmed = false;           // discard unsaved changes and quit
};

// A trigger-point marker's label, placed by the app where the marker projects.
struct MarkerLabel {
    glm::vec2 at{0.0f};  // ImGui coordinates
    std::string text;    // "TrP1", or "Temporalis TrP2 (satellite)"
    bool emphasised = false;
};

// The brush outline under the pointer while painting.
struct BrushCursor {
    glm::vec2 centre{0.0f};  // ImGui coordinates
    float radius = 0.0f;     // ImGui units
    bool erase = false;
};

struct FrameInfo {
    double frameMs = 0.0;  // time to build and draw the last frame
    std::size_t drawCalls = 0;
    std::size_t triangles = 0;
    float contentScale = 1.0f;
    std::optional<glm::vec2> cursorInView;  // set while the cursor is over the 3D view
    bool zonesShown = false;                // referral zones are on the skin: offer their controls
    SessionInfo session;
    std::vector<MarkerLabel> markerLabels;
    std::optional<BrushCursor> brushCursor;
};

struct UiOutput {
    std::vector<state::Command> commands;
    std::optional<std::string> openModel;  // path typed into File > Open
    bool quit = false;
    SessionRequests session;
    // The 3D view's rectangle in ImGui coordinates (origin top-left).
    glm::vec2 viewOrigin{0.0f};
    glm::vec2 viewSize{1.0f};
};

}  // namespace tpa::ui
