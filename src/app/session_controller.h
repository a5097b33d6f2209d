// The viewer's side of client sessions: the open session and its file, autosave and recovery,
// the recent list, the client's history, settings, and the exports the File menu asks for.
#pragma once

#include "session/client_history.h"
#include "session/recent_sessions.h"
#include "session/recovery_store.h"
#include "session/settings.h"
#include "state/app_state.h"
#include "ui/ui_frame.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace tpa::app {

class SessionController {
public:
    // Folders default to the XDG user folders (see session/user_dirs.h).
    SessionController();
    SessionController(std::filesystem::path dataDir, std::filesystem::path configDir);

    const session::Settings& settings() const { return settings_; }
    std::filesystem::path imguiIniPath() const { return configDir_ / "imgui.ini"; }
    // Loads settings, the recent list and (with offerRecovery) any recovery to offer; problems
    // become notices.
    void start(state::AppState& state, bool offerRecovery = true);
    // Opens `path`, or starts a new session that will be saved there when it does not exist.
    void openAtStart(const std::filesystem::path& path, state::AppState& state);

    ui::SessionInfo info() const;
    // Acts on the UI's requests. Exports need a current GL context. Messages go to state.notice.
    void handle(const ui::SessionRequests& requests, state::AppState& state);
    // Autosaves to the recovery file every 30 s while there are unsaved changes.
    void tick(double now);
    // At quit: the recovery file keeps unsaved work unless the user discarded it.
    void finish(bool discardUnsaved);
    void saveWindow(int x, int y, int width, int height);
    bool dirty() const { return dirty_; }
    std::string windowTitle() const;
    // True once after a settings change the window must apply (font size).
    bool takeFontChange() { return std::exchange(fontChanged_, false); }

private:
    void open(const std::filesystem::path& path, state::AppState& state);
    void saveTo(const std::filesystem::path& path, state::AppState& state);
    void refreshHistory();
    void showDrawing(state::AppState& state);
    void remember(const std::filesystem::path& path);

    std::filesystem::path dataDir_, configDir_;
    session::Settings settings_;
    session::RecentSessions recent_;
    session::RecoveryStore recovery_;
    session::AutosaveTimer autosave_;
    std::optional<session::Recovery> offer_;
    session::ClientSession session_;
    std::filesystem::path path_;
    bool dirty_ = false;
    std::vector<session::HistoryEntry> history_;
    std::string historyKey_;
    bool fontChanged_ = false;
    std::uint64_t painRevision_ = 0;
};

}  // namespace tpa::app
