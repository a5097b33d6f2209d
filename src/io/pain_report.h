// Command-line views of "where does it hurt?" rankings and of search hits: JSON documents for
// scripts (fields in docs/knowledge-schema.md, "Ranking and painting") and text tables.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "anatomy/pain_ranking.h"
#include "anatomy/search.h"

namespace tpa::io {

// {"results": [{muscle, name, side, score, explanation,
//               matches: [{region, zone, trigger_point}]}]}, best first.
nlohmann::json painJson(const std::vector<anatomy::PainResult>& results);
// One row per result (rank, score, muscle, side, trigger points) and its explanation.
std::string painText(const std::vector<anatomy::PainResult>& results);

// {"query": ..., "hits": [{kind, id, name, matched, score}]}, best first.
nlohmann::json searchJson(const std::string& query, const std::vector<anatomy::SearchHit>& hits);
std::string searchText(const std::string& query, const std::vector<anatomy::SearchHit>& hits);

}  // namespace tpa::io
