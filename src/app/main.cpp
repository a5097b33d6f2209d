// tpatlas entry point.
#include "app/cli.h"

int main(int argc, char** argv) { return tpa::app::runCommandLine(argc, argv); }
