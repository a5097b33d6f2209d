// `tpatlas bench`: loads a body headless and measures what users feel (start-up, orbit,
// picking, zone updates, queries, memory), printed as a table or JSON.
#pragma once

#include "app/scene_source.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <optional>

namespace tpa::app {

struct BenchOptions {
    SceneSource source;
    int width = 1280;
    int height = 720;
    int frames = 120;  // orbit frames, one full turn
    int picks = 500;
    bool json = false;
    std::optional<std::filesystem::path> exportPly;  // the same triangles for other viewers
};

// Registers the subcommand; the returned function runs it when it was parsed and returns the
// exit code, or -1 when it was not.
std::function<int()> addBenchCommand(CLI::App& app);
int runBench(const BenchOptions& options);

}  // namespace tpa::app
