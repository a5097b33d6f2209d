// `tpatlas query parts`: the loaded scene's parts as a table or JSON.
#pragma once

#include "core/scene.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace tpa::app {

nlohmann::json partsJson(const core::Scene& scene);
void printPartsTable(const core::Scene& scene, std::ostream& out);

}  // namespace tpa::app
