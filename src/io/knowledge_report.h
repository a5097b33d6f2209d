// Command-line views of the knowledge base: text tables for people and JSON documents for
// scripts (field names documented in docs/knowledge-schema.md, "Command-line reports").
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "anatomy/knowledge_base.h"
#include "io/knowledge_loader.h"

namespace tpa::io {

std::string musclesTable(const anatomy::KnowledgeBase& kb);
std::string regionsTable(const anatomy::KnowledgeBase& kb);
std::string conditionsTable(const anatomy::KnowledgeBase& kb);
// Everything about one muscle / condition, as readable text.
std::string muscleText(const anatomy::KnowledgeBase& kb, const anatomy::Muscle& muscle);
std::string conditionText(const anatomy::KnowledgeBase& kb, const anatomy::Condition& condition);
// One line per diagnostic, the files that were not loaded, then a summary line with counts.
std::string validationText(const KnowledgeLoadResult& result);

nlohmann::json musclesJson(const anatomy::KnowledgeBase& kb);
nlohmann::json regionsJson(const anatomy::KnowledgeBase& kb);
nlohmann::json conditionsJson(const anatomy::KnowledgeBase& kb);
nlohmann::json muscleJson(const anatomy::KnowledgeBase& kb, const anatomy::Muscle& muscle);
nlohmann::json conditionJson(const anatomy::KnowledgeBase& kb, const anatomy::Condition& condition);
nlohmann::json validationJson(const KnowledgeLoadResult& result);
nlohmann::json anchorJson(const anatomy::Anchor& anchor);

// 0 when the knowledge validated without errors (warnings allowed), 1 otherwise.
int validationExitCode(const KnowledgeLoadResult& result);
// "between 'c7' and 'acromion' at 40 %, 10 mm up": an anchor in words.
std::string anchorText(const anatomy::Anchor& anchor);

}  // namespace tpa::io
