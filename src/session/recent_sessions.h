// The recent-sessions list (File > Recent), kept in the user data dir as recent.json.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tpa::session {

struct RecentEntry {
    std::filesystem::path path;
    std::string client;
    std::string date;
    bool operator==(const RecentEntry&) const = default;
};

class RecentSessions {
public:
    static constexpr std::size_t kMaxEntries = 12;

    // A missing file is an empty list; a damaged one too, with `problem` saying so.
    static RecentSessions load(const std::filesystem::path& file, std::string* problem = nullptr);
    // Atomic; creates the folder. Throws std::runtime_error when it cannot write.
    void save(const std::filesystem::path& file) const;

    // Puts the entry first, dropping an older entry for the same path and the oldest beyond the limit.
    void add(RecentEntry entry);
    void remove(const std::filesystem::path& path);
    const std::vector<RecentEntry>& entries() const { return entries_; }

private:
    std::vector<RecentEntry> entries_;
};

}  // namespace tpa::session
