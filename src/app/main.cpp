// tpatlas entry point.
#include "app/cli.h"
#include "platform/huge_pages.h"

int main(int argc, char** argv) {
    // Before anything is allocated: the commands that draw restart once with a heap on huge pages.
    if (tpa::app::commandLineDraws(argc, argv)) tpa::platform::restartWithHugePagesIfHelpful(argv);
    return tpa::app::runCommandLine(argc, argv);
}
