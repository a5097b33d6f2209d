// A window-less OpenGL 3.3 core context through EGL (a GPU's own EGL device first, then Mesa's
// surfaceless platform, then the default display), for `tpatlas render`, the benchmark and the
// GL tests.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

namespace tpa::platform {

class HeadlessContext {
public:
    // Throws std::runtime_error saying which EGL step failed.
    HeadlessContext();
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    void makeCurrent();
    // "OpenGL renderer string / version", for logs and benchmark reports.
    std::string description() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tpa::platform
