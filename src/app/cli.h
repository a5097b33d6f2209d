// The command line: the viewer by default, plus `render` and `query` subcommands.
#pragma once

#include <functional>
#include <string>

namespace tpa::app {

// A --size WIDTHxHEIGHT option callback (16..8192 each) shared by the commands that take it.
std::function<void(const std::string&)> sizeParser(int& width, int& height);

// Whether the command line starts something that draws (the viewer, render, bench,
// export-handout), as opposed to queries, validation, --help and --version, which must start fast.
bool commandLineDraws(int argc, char** argv);

// Parses argv, runs the chosen command and returns the process exit code.
int runCommandLine(int argc, char** argv);

}  // namespace tpa::app
