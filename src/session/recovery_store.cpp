// Recovery file: {"format": "tpatlas-recovery", "version": 1, "sessionPath": ..., "session": {...}}.
#include "session/recovery_store.h"

#include "io/atomic_file.h"
#include "session/session_format.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tpa::session {

using nlohmann::json;

RecoveryStore::RecoveryStore(std::filesystem::path dir) : file_(std::move(dir) / "recovery.json") {}

void RecoveryStore::write(const ClientSession& session, const std::filesystem::path& sessionPath) const {
    std::filesystem::create_directories(file_.parent_path());
    const json root = {{"format", "tpatlas-recovery"},
                       {"version", 1},
                       {"sessionPath", sessionPath.string()},
                       {"session", json::parse(serializeSession(session))}};
    io::writeFileAtomically(file_, root.dump(1) + "\n");
}

std::optional<Recovery> RecoveryStore::pending(std::string* problem) const {
    std::error_code ec;
    if (!std::filesystem::exists(file_, ec)) return std::nullopt;
    std::ifstream in(file_, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const json root = json::parse(buffer.str(), nullptr, false);
    auto complain = [&](const std::string& why) -> std::optional<Recovery> {
        if (problem) *problem = file_.string() + ": " + why;
        return std::nullopt;
    };
    if (root.is_discarded() || !root.is_object() || root.value("format", "") != "tpatlas-recovery")
        return complain("not a tpatlas recovery file (left as it is)");
    if (!root.contains("session") || !root["sessionPath"].is_string()) return complain("field 'session' missing");
    SessionParse parsed = parseSession(root["session"].dump(), file_.string() + " (session)");
    if (!parsed) return complain(parsed.error);
    Recovery r{std::move(*parsed.session), root["sessionPath"].get<std::string>()};
    if (!r.sessionPath.empty() && std::filesystem::exists(r.sessionPath, ec)) {
        const auto saved = std::filesystem::last_write_time(r.sessionPath, ec);
        const auto recovered = std::filesystem::last_write_time(file_, ec);
        if (!ec && recovered <= saved) return std::nullopt;  // the file on disk is at least as new
    }
    return r;
}

void RecoveryStore::discard() const {
    std::error_code ec;
    std::filesystem::remove(file_, ec);
}

bool AutosaveTimer::due(double now, bool dirty) {
    if (!dirty) {
        since_ = -1.0;
        return false;
    }
    if (since_ < 0.0) since_ = now;
    if (now - since_ < interval_) return false;
    since_ = now;  // the next autosave waits another interval
    return true;
}

}  // namespace tpa::session
