// Benchmark measuring tools: a stopwatch, order statistics of a run of samples, peak memory.
#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace tpa::app {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    void restart() { start_ = std::chrono::steady_clock::now(); }
    double ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_;
};

// CPU time of the whole process (every thread, llvmpipe's rasterisers included), in ms.
// On a machine shared with other work it varies far less than wall time.
double processCpuMs();

struct TimingSummary {
    std::size_t count = 0;
    double median = 0.0;
    double p95 = 0.0;
    double max = 0.0;
    double mean = 0.0;
};

// Order statistics of the samples (milliseconds); all zero for an empty run.
TimingSummary summarize(std::vector<double> samples);

// The process's peak resident memory in MiB (VmHWM in /proc/self/status), or 0 if unknown.
double peakMemoryMb();
// Gives freed heap back to the system and restarts the peak-memory count, so a later
// peakMemoryMb() covers only what follows. False where the kernel refuses.
bool resetPeakMemory();

// What the C heap holds now (MiB): in use by live allocations, and held from the system (its
// arenas and separately mapped blocks). Held minus in use is freed memory it keeps resident:
// a peak that grows while in use does not is fragmentation, not a new allocation. Zeros where
// the C library cannot tell.
struct HeapUse {
    double inUseMb = 0.0;
    double heldMb = 0.0;
};
HeapUse heapUse();

}  // namespace tpa::app
