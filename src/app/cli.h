// The command line: the viewer by default, plus `render` and `query` subcommands.
#pragma once

#include <functional>
#include <string>

namespace tpa::app {

// A --size WIDTHxHEIGHT option callback (16..8192 each) shared by the commands that take it.
std::function<void(const std::string&)> sizeParser(int& width, int& height);

// Parses argv, runs the chosen command and returns the process exit code.
int runCommandLine(int argc, char** argv);

}  // namespace tpa::app
