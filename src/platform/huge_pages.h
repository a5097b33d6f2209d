// Backing the heap with transparent huge pages, for the processes that draw.
//
// Mesa's software renderer (llvmpipe) touches a few hundred MiB of fresh memory for the first
// picture of the atlas: ~80,000 faults of 4 KiB pages, which cost most of a second in a virtual
// machine, where a fault is expensive. glibc backs its heap with 2 MiB transparent huge pages when
// asked through GLIBC_TUNABLES (glibc.malloc.hugetlb=1), which it reads only at process start;
// on kernels that give huge pages only where asked ("madvise", the common default) the drawing
// commands therefore re-execute themselves once with the tunable set.
#pragma once

#include <string>

namespace tpa::platform {

// What the decision depends on, gathered from the process so that it can be tested alone.
struct HugePageContext {
    std::string thpMode;        // the bracketed word of /sys/kernel/mm/transparent_hugepage/enabled
    std::string glibcTunables;  // $GLIBC_TUNABLES
    std::string ldPreload;      // $LD_PRELOAD (valgrind and other tools preload themselves)
    bool glibc = false;         // the C library is glibc (the tunable exists)
    bool sanitized = false;     // built with a sanitizer, which replaces malloc
};

// The context of this process.
HugePageContext currentHugePageContext();

// "always [madvise] never" -> "madvise"; "" when there is no bracketed word.
std::string selectedThpMode(const std::string& sysfsText);

// Whether re-executing with the tunable would change anything: glibc, kernel mode "madvise", the
// tunable not yet mentioned (a user's glibc.malloc.hugetlb=0 is respected), no sanitizer or
// preloaded tool that an exec would lose.
bool restartHelps(const HugePageContext& context);

// GLIBC_TUNABLES with glibc.malloc.hugetlb=1 added to what is already there.
std::string withHugePageTunable(const std::string& tunables);

// Whether this process's heap gets huge pages: the kernel gives them always, or glibc asks.
bool hugePagesActive(const HugePageContext& context);

// Re-executes /proc/self/exe with the same arguments when restartHelps(); returns only when it
// does not (or when the exec fails, in which case the process goes on with small pages).
void restartWithHugePagesIfHelpful(char** argv);

}  // namespace tpa::platform
