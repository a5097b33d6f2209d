// Backing the heap with transparent huge pages: see huge_pages.h for why.
#include "platform/huge_pages.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tpa::platform {
namespace {

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define TPA_SANITIZED_MALLOC 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TPA_SANITIZED_MALLOC 1
#endif

constexpr const char* kTunable = "glibc.malloc.hugetlb";

// glibc's malloc, not a sanitizer's, on a kernel that gives huge pages to those who ask.
bool glibcCanAsk(const HugePageContext& context) {
    return context.glibc && !context.sanitized && context.thpMode == "madvise";
}

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

}  // namespace

std::string selectedThpMode(const std::string& sysfsText) {
    const auto open = sysfsText.find('[');
    const auto close = sysfsText.find(']', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos) return "";
    return sysfsText.substr(open + 1, close - open - 1);
}

HugePageContext currentHugePageContext() {
    HugePageContext context;
    std::ifstream sysfs("/sys/kernel/mm/transparent_hugepage/enabled");
    std::stringstream text;
    text << sysfs.rdbuf();
    context.thpMode = selectedThpMode(text.str());
    context.glibcTunables = environment("GLIBC_TUNABLES");
    context.ldPreload = environment("LD_PRELOAD");
#ifdef __GLIBC__
    context.glibc = true;
#endif
#ifdef TPA_SANITIZED_MALLOC
    context.sanitized = true;
#endif
    return context;
}

bool restartHelps(const HugePageContext& context) {
    return glibcCanAsk(context) && context.glibcTunables.find(kTunable) == std::string::npos &&
           context.ldPreload.empty();
}

std::string withHugePageTunable(const std::string& tunables) {
    const std::string setting = std::string(kTunable) + "=1";
    return tunables.empty() ? setting : tunables + ":" + setting;
}

bool hugePagesActive(const HugePageContext& context) {
    if (context.thpMode == "always") return true;
    return glibcCanAsk(context) && context.glibcTunables.find(std::string(kTunable) + "=1") != std::string::npos;
}

void restartWithHugePagesIfHelpful(char** argv) {
    const HugePageContext context = currentHugePageContext();
    if (!restartHelps(context)) return;
    const std::string tunables = withHugePageTunable(context.glibcTunables);
    if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0) return;
    execv("/proc/self/exe", argv);
    // The exec failed (no /proc, say): go on as we are, without the tunable in our children.
    if (context.glibcTunables.empty()) unsetenv("GLIBC_TUNABLES");
    else setenv("GLIBC_TUNABLES", context.glibcTunables.c_str(), 1);
}

}  // namespace tpa::platform
