// recent.json: {"format": "tpatlas-recent", "version": 1, "sessions": [{path, client, date}]}.
#include "session/recent_sessions.h"

#include "io/atomic_file.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tpa::session {

using nlohmann::json;

RecentSessions RecentSessions::load(const std::filesystem::path& file, std::string* problem) {
    RecentSessions list;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return list;
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const json root = json::parse(buffer.str(), nullptr, false);
    const bool ok = !root.is_discarded() && root.is_object() && root.value("format", "") == "tpatlas-recent" &&
                    root.contains("sessions") && root["sessions"].is_array();
    if (!ok) {
        if (problem) *problem = file.string() + ": not a recent-sessions list; starting a new one";
        return list;
    }
    for (const auto& item : root["sessions"]) {
        if (!item.is_object() || !item.contains("path") || !item["path"].is_string()) continue;
        list.entries_.push_back({item["path"].get<std::string>(), item.value("client", ""), item.value("date", "")});
        if (list.entries_.size() == kMaxEntries) break;
    }
    return list;
}

void RecentSessions::save(const std::filesystem::path& file) const {
    json sessions = json::array();
    for (const auto& e : entries_)
        sessions.push_back({{"path", e.path.string()}, {"client", e.client}, {"date", e.date}});
    std::filesystem::create_directories(file.parent_path());
    io::writeFileAtomically(file, json{{"format", "tpatlas-recent"}, {"version", 1}, {"sessions", sessions}}.dump(2) + "\n");
}

void RecentSessions::add(RecentEntry entry) {
    remove(entry.path);
    entries_.insert(entries_.begin(), std::move(entry));
    if (entries_.size() > kMaxEntries) entries_.resize(kMaxEntries);
}

void RecentSessions::remove(const std::filesystem::path& path) {
    std::erase_if(entries_, [&](const RecentEntry& e) { return e.path == path; });
}

}  // namespace tpa::session
