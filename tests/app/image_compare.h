// Whole-image comparison against tests/baselines/*.png with stated tolerances. A missing
// baseline is written and the test fails; a mismatch writes the actual and a diff image
// into the build tree and reports the worst pixels. TPA_UPDATE_BASELINES=1 rewrites them.
#pragma once

#include "core/image.h"

#include <filesystem>
#include <string>

namespace tpa::test {

struct ImageTolerance {
    double maxMeanDiff;        // mean absolute channel difference, 0..255
    double maxShareOver;       // share of pixels whose largest channel difference exceeds `over`
    int over = 40;
};

struct CompareResult {
    bool ok = false;
    std::string message;
};

CompareResult compareWithBaseline(const core::Image& actual, const std::string& name, const ImageTolerance& tol);

}  // namespace tpa::test
