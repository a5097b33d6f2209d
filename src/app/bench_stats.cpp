// Percentiles by sorting (runs are short), and Linux's own account of resident memory.
#include "app/bench_stats.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <malloc.h>
#include <numeric>
#include <string>
#include <time.h>

namespace tpa::app {
namespace {

double percentile(const std::vector<double>& sorted, double q) {
    // Nearest rank: a reported p95 is a time that was really measured.
    const std::size_t rank = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
}

TimingSummary summarize(std::vector<double> samples) {
    TimingSummary s;
    if (samples.empty()) return s;
    std::sort(samples.begin(), samples.end());
    s.count = samples.size();
    const std::size_t mid = samples.size() / 2;
    s.median = samples.size() % 2 ? samples[mid] : 0.5 * (samples[mid - 1] + samples[mid]);
    s.p95 = percentile(samples, 0.95);
    s.max = samples.back();
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    return s;
}

double peakMemoryMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
    return 0.0;
}

HeapUse heapUse() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 m = mallinfo2();
    constexpr double kMb = 1024.0 * 1024.0;
    return {double(m.uordblks + m.hblkhd) / kMb, double(m.arena + m.hblkhd) / kMb};
#else
    return {};
#endif
}

bool resetPeakMemory() {
    malloc_trim(0);
    // Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0+).
    std::ofstream refs("/proc/self/clear_refs");
    refs << "5";
    refs.flush();
    return bool(refs);
}

}  // namespace tpa::app
