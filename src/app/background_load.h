// Loads a body on a worker thread while the window stays responsive and shows progress; the
// scene is swapped in on the main thread once ready, or the error is reported and nothing changes.
#pragma once

#include "core/scene.h"

#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace tpa::app {

class BackgroundLoad {
public:
    using Reporter = std::function<void(float fraction, const std::string& what)>;
    using Job = std::function<core::Scene(const Reporter& report)>;

    BackgroundLoad(std::string what, Job job);
    ~BackgroundLoad();  // waits for the worker: a load cannot be abandoned halfway
    BackgroundLoad(const BackgroundLoad&) = delete;
    BackgroundLoad& operator=(const BackgroundLoad&) = delete;

    bool ready() const { return done_.load(); }
    // What the loading screen shows: fraction 0-1 (< 0: unknown) and a line of text.
    std::pair<float, std::string> progress() const;
    // Once ready: the scene, or rethrows the job's exception.
    core::Scene take();

private:
    mutable std::mutex mutex_;
    float fraction_ = -1.0f;
    std::string what_;
    std::optional<core::Scene> scene_;
    std::exception_ptr error_;
    std::atomic<bool> done_{false};
    std::thread worker_;
};

}  // namespace tpa::app
