// Gathers a client's sessions and summarises their pain drawings region by region.
#include "session/client_history.h"

#include "io/load_error.h"
#include "session/session_format.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace tpa::session {
namespace {

std::string normalised(const std::string& name) {
    std::string out;
    for (const char c : name)
        if (!std::isspace(static_cast<unsigned char>(c))) out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

bool sameClient(const std::string& a, const std::string& b) {
    const std::string na = normalised(a);
    return !na.empty() && na == normalised(b);
}

std::vector<RegionIntensity> summarizeDrawing(const anatomy::PainDrawing& drawing) {
    std::vector<RegionIntensity> out;
    for (const auto& mark : drawing.marks) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const RegionIntensity& r) { return r.region == mark.region && r.side == mark.side; });
        if (mark.erase) {
            if (it != out.end()) out.erase(it);
            continue;
        }
        if (it == out.end())
            out.push_back({mark.region, mark.side, mark.intensity});
        else
            it->intensity = std::max(it->intensity, mark.intensity);
    }
    std::sort(out.begin(), out.end(), [](const RegionIntensity& a, const RegionIntensity& b) {
        return a.intensity != b.intensity ? a.intensity > b.intensity : a.region < b.region;
    });
    return out;
}

std::vector<HistoryEntry> clientHistory(const std::string& client, const RecentSessions& recent,
                                        const std::filesystem::path& folder) {
    std::set<std::filesystem::path> candidates;
    for (const auto& e : recent.entries())
        if (sameClient(e.client, client)) candidates.insert(e.path);
    std::error_code ec;
    if (!folder.empty() && std::filesystem::is_directory(folder, ec))
        for (const auto& item : std::filesystem::directory_iterator(folder, ec))
            if (item.path().extension() == kSessionExtension) candidates.insert(item.path());
    std::vector<HistoryEntry> out;
    for (const auto& path : candidates) {
        try {
            const ClientSession s = readSessionFile(path);
            if (!sameClient(s.client, client)) continue;
            out.push_back({s.date, path, summarizeDrawing(s.drawing)});
        } catch (const io::LoadError&) {
            // A damaged or foreign file in the folder is not part of the history.
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return out;
}

}  // namespace tpa::session
