// A JSON summary of the viewer's state (selection, hover, camera, layers), written at exit
// for interaction tests and scripts.
#pragma once

#include "state/app_state.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace tpa::app {

nlohmann::json stateReport(const state::AppState& state);
void writeStateReport(const std::filesystem::path& path, const state::AppState& state);

}  // namespace tpa::app
