// Session file actions: every write is atomic, every failed read leaves the open session as it was.
#include "app/session_controller.h"

#include "app/handout_export.h"
#include "app/headless_render.h"
#include "io/atomic_file.h"
#include "io/image.h"
#include "io/load_error.h"
#include "session/session_format.h"
#include "session/user_dirs.h"
#include "state/command.h"
#include "state/pain_editing.h"

namespace tpa::app {

SessionController::SessionController() : SessionController(session::userDataDir(), session::userConfigDir()) {}

SessionController::SessionController(std::filesystem::path dataDir, std::filesystem::path configDir)
    : dataDir_(std::move(dataDir)), configDir_(std::move(configDir)), recovery_(dataDir_) {
    session_.date = session::todayIso();
}

void SessionController::start(state::AppState& state, bool offerRecovery) {
    auto loaded = session::loadSettings(configDir_ / "settings.json");
    settings_ = loaded.settings;
    std::string problem;
    recent_ = session::RecentSessions::load(dataDir_ / "recent.json", &problem);
    if (offerRecovery) offer_ = recovery_.pending(&problem);
    for (const std::string& notice : {loaded.notice, problem})
        if (!notice.empty()) state.notice = notice;
    if (settings_.reducedMotion) state::apply(state, state::SetReducedMotion{true}, 0.0);
    refreshHistory();
}

void SessionController::openAtStart(const std::filesystem::path& path, state::AppState& state) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        open(path, state);
        return;
    }
    session_ = {};
    session_.date = session::todayIso();
    path_ = path;
    dirty_ = false;
    refreshHistory();
}

ui::SessionInfo SessionController::info() const {
    ui::SessionInfo i;
    i.session = &session_;
    i.path = path_.string();
    i.dirty = dirty_;
    i.recent = &recent_;
    i.history = &history_;
    i.settings = &settings_;
    if (offer_) i.recoveryOffer = session::displayName(offer_->session) + ", " + offer_->session.date;
    return i;
}

void SessionController::showDrawing(state::AppState& state) {
    // A loaded drawing replaces the one on the skin; it is not an undo step of its own.
    state.pain.drawing = session_.drawing;
    state.pain.strokeStarts.clear();
    state.pain.ticked.clear();
    ++state.pain.revision;
    state::refreshPain(state);
    painRevision_ = state.pain.revision;
    state.redraw = true;
}

void SessionController::open(const std::filesystem::path& path, state::AppState& state) {
    try {
        session_ = session::readSessionFile(path);
        showDrawing(state);
        path_ = path;
        dirty_ = false;
        remember(path);
        state.notice = "Opened " + path.string();
    } catch (const io::LoadError& e) {
        state.notice = e.what();  // the open session stays as it was
    }
    refreshHistory();
}

void SessionController::saveTo(const std::filesystem::path& path, state::AppState& state) {
    try {
        session::writeSessionFile(path, session_);
        path_ = path;
        dirty_ = false;
        recovery_.discard();
        remember(path);
        state.notice = "Saved " + path.string();
    } catch (const std::exception& e) {
        state.notice = std::string("Not saved: ") + e.what();
    }
    refreshHistory();
}

void SessionController::remember(const std::filesystem::path& path) {
    recent_.add({std::filesystem::absolute(path), session_.client, session_.date});
    try {
        recent_.save(dataDir_ / "recent.json");
    } catch (const std::exception&) {
        // The recent list is a convenience; a read-only data folder must not block the work.
    }
}

void SessionController::refreshHistory() {
    const std::string key = session_.client + "|" + path_.string();
    if (key == historyKey_) return;
    historyKey_ = key;
    history_ = session::clientHistory(session_.client, recent_, path_.parent_path());
}

void SessionController::handle(const ui::SessionRequests& r, state::AppState& state) {
    if (r.edited) {
        session_ = *r.edited;
        dirty_ = true;
        refreshHistory();
    }
    // The brush paints into the state; the session keeps what is on the skin.
    if (state.pain.revision != painRevision_) {
        painRevision_ = state.pain.revision;
        if (!(state.pain.drawing == session_.drawing)) {
            session_.drawing = state.pain.drawing;
            dirty_ = true;
        }
    }
    if (r.restoreRecovery && offer_) {
        if (*r.restoreRecovery) {
            session_ = offer_->session;
            path_ = offer_->sessionPath;
            dirty_ = true;
            showDrawing(state);
            state.notice = "Restored the unsaved session of " + session::displayName(session_);
            refreshHistory();
        } else {
            recovery_.discard();
        }
        offer_.reset();
    }
    if (r.create) {
        session_ = {};
        session_.date = session::todayIso();
        path_.clear();
        dirty_ = false;
        recovery_.discard();
        showDrawing(state);
        refreshHistory();
    }
    if (r.open) open(*r.open, state);
    if (r.save && !path_.empty()) saveTo(path_, state);
    if (r.saveAs) saveTo(*r.saveAs, state);
    if (r.exportHandout) {
        try {
            const auto views = renderHandoutViews(state, session_, 520, 860);
            io::writeFileAtomically(*r.exportHandout,
                                    handoutHtml(session_, *state.knowledge, views, state.scene.attribution));
            state.notice = "Handout written to " + *r.exportHandout;
        } catch (const std::exception& e) {
            state.notice = std::string("Handout not written: ") + e.what();
        }
    }
    if (r.screenshot) {
        try {
            const core::Camera camera = state.camera;
            state.camera.setViewport(r.screenshot->width, r.screenshot->height);
            const auto image = r.screenshot->transparent
                                   ? renderStateTransparent(state, r.screenshot->width, r.screenshot->height)
                                   : renderState(state, r.screenshot->width, r.screenshot->height);
            state.camera = camera;
            io::writePng(r.screenshot->path, image);
            state.notice = "Screenshot written to " + r.screenshot->path;
        } catch (const std::exception& e) {
            state.notice = std::string("Screenshot not written: ") + e.what();
        }
    }
    if (r.settings) {
        fontChanged_ = r.settings->fontSize != settings_.fontSize;
        if (r.settings->reducedMotion != settings_.reducedMotion)
            state::apply(state, state::SetReducedMotion{r.settings->reducedMotion}, 0.0);
        settings_ = *r.settings;
        try {
            session::saveSettings(configDir_ / "settings.json", settings_);
        } catch (const std::exception& e) {
            state.notice = std::string("Settings not saved: ") + e.what();
        }
    }
    state.redraw = true;
}

void SessionController::tick(double now) {
    if (!autosave_.due(now, dirty_)) return;
    try {
        recovery_.write(session_, path_);
    } catch (const std::exception&) {
        // Autosave is a safety net; the next tick tries again.
    }
}

void SessionController::finish(bool discardUnsaved) {
    if (!dirty_ || discardUnsaved) {
        if (discardUnsaved) recovery_.discard();
        return;
    }
    try {
        recovery_.write(session_, path_);
    } catch (const std::exception&) {
        // Nothing more can be done while quitting.
    }
}

void SessionController::saveWindow(int x, int y, int width, int height) {
    session::Settings next = settings_;
    next.windowX = x;
    next.windowY = y;
    next.windowWidth = width;
    next.windowHeight = height;
    if (next == settings_) return;
    settings_ = next;
    try {
        session::saveSettings(configDir_ / "settings.json", settings_);
    } catch (const std::exception&) {
        // Window geometry is a nicety.
    }
}

std::string SessionController::windowTitle() const {
    std::string title = session::displayName(session_);
    if (!session_.date.empty()) title += " " + session_.date;
    return (dirty_ ? "*" : "") + title + " - Trigger Point Atlas";
}

}  // namespace tpa::app
