// `tpatlas validate` and the knowledge-base `query` subcommands.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace tpa::app {

// Registers the subcommands; the returned function runs whichever was parsed and returns
// its exit code, or -1 when none of them was.
std::function<int()> addKnowledgeCommands(CLI::App& app, CLI::App& query);

}  // namespace tpa::app
