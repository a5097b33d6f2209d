// Autosave and crash recovery: the open session is written every so often to a recovery
// file in the user data dir; at start a recovery newer than the last save is offered back.
#pragma once

#include "session/client_session.h"

#include <filesystem>
#include <optional>
#include <string>

namespace tpa::session {

struct Recovery {
    ClientSession session;
    std::filesystem::path sessionPath;  // the file it was opened from or saved to; empty if never saved
};

class RecoveryStore {
public:
    explicit RecoveryStore(std::filesystem::path dir);
    const std::filesystem::path& file() const { return file_; }
    // Atomic; creates the folder. Throws std::runtime_error when it cannot write.
    void write(const ClientSession& session, const std::filesystem::path& sessionPath) const;
    // A recovery worth offering: it exists, reads cleanly and is newer than its session file
    // (or that file was never saved or is gone). A damaged recovery fills `problem` instead.
    std::optional<Recovery> pending(std::string* problem = nullptr) const;
    void discard() const;

private:
    std::filesystem::path file_;
};

// Says when an autosave is due: every `interval` seconds while there are unsaved changes.
class AutosaveTimer {
public:
    explicit AutosaveTimer(double intervalSeconds = 30.0) : interval_(intervalSeconds) {}
    bool due(double now, bool dirty);

private:
    double interval_;
    double since_ = -1.0;  // when the current unsaved stretch began, -1 when clean
};

}  // namespace tpa::session
