// The command line: the viewer by default, plus `render` and `query` subcommands.
#pragma once

namespace tpa::app {

// Parses argv, runs the chosen command and returns the process exit code.
int runCommandLine(int argc, char** argv);

}  // namespace tpa::app
