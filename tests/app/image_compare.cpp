// Baseline comparison: statistics, diff image, worst pixels.
#include "image_compare.h"

#include "io/image.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace tpa::test {

CompareResult compareWithBaseline(const core::Image& actual, const std::string& name, const ImageTolerance& tol) {
    namespace fs = std::filesystem;
    const fs::path baseline = fs::path(TPA_SOURCE_DIR) / "tests" / "baselines" / (name + ".png");
    const fs::path outDir = fs::path(TPA_BINARY_DIR) / "test-output" / "baselines";
    fs::create_directories(outDir);
    const char* update = std::getenv("TPA_UPDATE_BASELINES");
    if (!fs::exists(baseline) || (update && std::string(update) == "1")) {
        io::writePng(baseline, actual);
        return {false, "baseline " + baseline.string() + " was missing (or updating): written; check it and commit"};
    }
    const core::Image expected = io::readPng(baseline);
    if (expected.width != actual.width || expected.height != actual.height)
        return {false, name + ": size " + std::to_string(actual.width) + "x" + std::to_string(actual.height) +
                           " differs from the baseline's " + std::to_string(expected.width) + "x" +
                           std::to_string(expected.height)};
    core::Image diff{actual.width, actual.height, std::vector<std::uint8_t>(actual.rgba.size(), 255)};
    double sum = 0.0;
    std::size_t over = 0;
    struct Worst {
        int d, x, y;
    };
    std::vector<Worst> worst;
    for (int y = 0; y < actual.height; ++y)
        for (int x = 0; x < actual.width; ++x) {
            const auto a = actual.at(x, y), e = expected.at(x, y);
            int m = 0;
            for (int c = 0; c < 3; ++c) {
                const int d = std::abs(int(a[c]) - int(e[c]));
                sum += d;
                m = std::max(m, d);
            }
            const std::size_t i = (std::size_t(y) * actual.width + x) * 4;
            diff.rgba[i] = diff.rgba[i + 1] = diff.rgba[i + 2] = std::uint8_t(255 - std::min(255, m * 3));
            if (m > tol.over) ++over;
            worst.push_back({m, x, y});
        }
    const double mean = sum / (double(actual.width) * actual.height * 3.0);
    const double share = double(over) / (double(actual.width) * actual.height);
    if (mean <= tol.maxMeanDiff && share <= tol.maxShareOver) return {true, ""};
    io::writePng(outDir / (name + "-actual.png"), actual);
    io::writePng(outDir / (name + "-diff.png"), diff);
    std::partial_sort(worst.begin(), worst.begin() + std::min<std::size_t>(5, worst.size()), worst.end(),
                      [](const Worst& a, const Worst& b) { return a.d > b.d; });
    std::ostringstream msg;
    msg << name << ": mean diff " << mean << " (allowed " << tol.maxMeanDiff << "), " << share * 100.0
        << "% of pixels off by more than " << tol.over << " (allowed " << tol.maxShareOver * 100.0
        << "%); worst pixels:";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, worst.size()); ++i)
        msg << " (" << worst[i].x << "," << worst[i].y << ")=" << worst[i].d;
    msg << "; actual and diff images in " << outDir.string();
    return {false, msg.str()};
}

}  // namespace tpa::test
