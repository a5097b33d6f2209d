// The worker thread and the hand-over of its result.
#include "app/background_load.h"

namespace tpa::app {

BackgroundLoad::BackgroundLoad(std::string what, Job job) : what_(std::move(what)) {
    worker_ = std::thread([this, job = std::move(job)] {
        const Reporter report = [this](float fraction, const std::string& what) {
            std::lock_guard lock(mutex_);
            fraction_ = fraction;
            what_ = what;
        };
        try {
            core::Scene scene = job(report);
            std::lock_guard lock(mutex_);
            scene_ = std::move(scene);
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
        }
        done_ = true;
    });
}

BackgroundLoad::~BackgroundLoad() {
    if (worker_.joinable()) worker_.join();
}

std::pair<float, std::string> BackgroundLoad::progress() const {
    std::lock_guard lock(mutex_);
    return {fraction_, what_};
}

core::Scene BackgroundLoad::take() {
    if (worker_.joinable()) worker_.join();
    if (error_) std::rethrow_exception(error_);
    return std::move(*scene_);
}

}  // namespace tpa::app
