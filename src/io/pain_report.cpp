// Pain-ranking and search reports: JSON documents and fixed-width text tables.
#include "io/pain_report.h"

#include <cmath>
#include <cstdio>
#include <set>
#include <tuple>

namespace tpa::io {
namespace {

// Three decimals, so the JSON is stable across platforms and readable.
double rounded(float value) { return std::round(static_cast<double>(value) * 1000.0) / 1000.0; }

std::string fixed(float value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, static_cast<double>(value));
    return buffer;
}

// Left-aligned in a column; a text wider than the column still gets one space after it.
std::string padded(std::string text, std::size_t width) {
    text.append(text.size() < width ? width - text.size() : 1, ' ');
    return text;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

}  // namespace

nlohmann::json painJson(const std::vector<anatomy::PainResult>& results) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : results) {
        nlohmann::json matches = nlohmann::json::array();
        // A zone that covers both sides matches a region twice; one entry says it.
        std::set<std::tuple<std::string, int, std::string>> seen;
        for (const auto& m : r.matches) {
            if (!seen.insert({m.region, static_cast<int>(m.kind), m.triggerPoint}).second) continue;
            matches.push_back({{"region", m.region},
                               {"zone", std::string(anatomy::toText(m.kind))},
                               {"trigger_point", m.triggerPoint}});
        }
        list.push_back({{"muscle", r.muscleId},
                        {"name", r.muscleName},
                        {"side", std::string(core::toText(r.side))},
                        {"score", rounded(r.score)},
                        {"explanation", r.explanation},
                        {"matches", std::move(matches)}});
    }
    return {{"results", std::move(list)}};
}

std::string painText(const std::vector<anatomy::PainResult>& results) {
    if (results.empty()) return "No muscle's referral zones cover the painted regions.\n";
    std::string out =
        "rank  score  side   muscle                                  trigger points\n";
    int rank = 1;
    for (const auto& r : results) {
        out += padded(std::to_string(rank++), 6) + padded(fixed(r.score, 2), 7) +
               padded(std::string(core::toText(r.side)), 7) +
               padded(r.muscleName + " (" + r.muscleId + ")", 40) + joined(r.triggerPoints) + "\n";
        out += "      " + r.explanation + "\n";
    }
    return out;
}

nlohmann::json searchJson(const std::string& query, const std::vector<anatomy::SearchHit>& hits) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& h : hits)
        list.push_back({{"kind", std::string(anatomy::toText(h.kind))},
                        {"id", h.id},
                        {"name", h.name},
                        {"matched", h.matched},
                        {"score", rounded(h.score)}});
    return {{"query", query}, {"hits", std::move(list)}};
}

std::string searchText(const std::string& query, const std::vector<anatomy::SearchHit>& hits) {
    if (hits.empty()) return "No match for '" + query + "'.\n";
    std::string out = "score  kind       id                                 name (matched)\n";
    for (const auto& h : hits) {
        out += padded(fixed(h.score, 2), 7) + padded(std::string(anatomy::toText(h.kind)), 11) +
               padded(h.id, 35) + h.name;
        if (h.matched != h.name) out += " (" + h.matched + ")";
        out += "\n";
    }
    return out;
}

}  // namespace tpa::io
