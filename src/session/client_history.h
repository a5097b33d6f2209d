// History of one client: their sessions across dates, each summarised as painted regions and
// intensities, for the side-by-side comparison in the Session tab.
#pragma once

#include "anatomy/pain_drawing.h"
#include "session/recent_sessions.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tpa::session {

struct RegionIntensity {
    std::string region;  // region id ("" for marks painted off any region)
    core::Side side = core::Side::Midline;
    float intensity = 0.0f;  // the strongest mark left standing there, 0-10
    bool operator==(const RegionIntensity&) const = default;
};

struct HistoryEntry {
    std::string date;
    std::filesystem::path path;
    std::vector<RegionIntensity> regions;
};

// Region by region, the strongest intensity painted; an eraser mark clears its region.
std::vector<RegionIntensity> summarizeDrawing(const anatomy::PainDrawing& drawing);

// Sessions of the same client (name or code, case and spaces ignored) among the recent list and
// the .tpsession files in `folder`, oldest first. Files that do not read are skipped.
std::vector<HistoryEntry> clientHistory(const std::string& client, const RecentSessions& recent,
                                        const std::filesystem::path& folder);

bool sameClient(const std::string& a, const std::string& b);

}  // namespace tpa::session
