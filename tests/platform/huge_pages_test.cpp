// When the drawing commands restart themselves on huge pages, and when they must not.
#include "platform/huge_pages.h"

#include <doctest/doctest.h>

using namespace tpa::platform;

namespace {
HugePageContext madviseGlibc() {
    HugePageContext c;
    c.thpMode = "madvise";
    c.glibc = true;
    return c;
}
}  // namespace

TEST_CASE("the kernel's transparent huge page mode is the bracketed word") {
    CHECK(selectedThpMode("always [madvise] never\n") == "madvise");
    CHECK(selectedThpMode("[always] madvise never") == "always");
    CHECK(selectedThpMode("always madvise [never]") == "never");
    CHECK(selectedThpMode("") == "");
    CHECK(selectedThpMode("garbage]") == "");
}

TEST_CASE("a restart helps only where glibc must ask for huge pages and nobody has decided yet") {
    CHECK(restartHelps(madviseGlibc()));
    auto c = madviseGlibc();
    c.thpMode = "always";  // the kernel already gives them
    CHECK_FALSE(restartHelps(c));
    c.thpMode = "never";  // nothing to ask for
    CHECK_FALSE(restartHelps(c));
    c = madviseGlibc();
    c.glibcTunables = "glibc.malloc.hugetlb=1";  // the restarted process: no second restart
    CHECK_FALSE(restartHelps(c));
    c.glibcTunables = "glibc.malloc.hugetlb=0";  // a user's choice is kept
    CHECK_FALSE(restartHelps(c));
    c = madviseGlibc();
    c.glibcTunables = "glibc.malloc.arena_max=2";  // other tunables do not decide
    CHECK(restartHelps(c));
    c = madviseGlibc();
    c.ldPreload = "/usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so";  // a tool the exec would lose
    CHECK_FALSE(restartHelps(c));
    c = madviseGlibc();
    c.sanitized = true;  // the sanitizer's malloc ignores the tunable
    CHECK_FALSE(restartHelps(c));
    c = madviseGlibc();
    c.glibc = false;
    CHECK_FALSE(restartHelps(c));
}

TEST_CASE("the tunable is added to the ones already set") {
    CHECK(withHugePageTunable("") == "glibc.malloc.hugetlb=1");
    CHECK(withHugePageTunable("glibc.malloc.arena_max=2") == "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    auto restarted = madviseGlibc();
    restarted.glibcTunables = withHugePageTunable("glibc.malloc.arena_max=2");
    CHECK(hugePagesActive(restarted));
    CHECK_FALSE(restartHelps(restarted));
    CHECK_FALSE(hugePagesActive(madviseGlibc()));
    auto always = madviseGlibc();
    always.thpMode = "always";
    CHECK(hugePagesActive(always));
}
