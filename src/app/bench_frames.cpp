// Benchmark frames: the orbit the user drives with the mouse, timed with glFinish so the
// clock covers the rasterisation, not just the queuing of commands.
#include "app/bench_steps.h"

#include "app/frame_builder.h"

#include <glm/gtc/constants.hpp>

namespace tpa::app {

render::RenderStats drawFinished(const state::AppState& state, render::Renderer& renderer,
                                 const ReferralPresenter& referral, bool moving) {
    render::FrameParams params = buildFrame(state, referral.showingZones());
    referral.decorate(state, params);
    params.moving = moving;
    const render::RenderStats stats = renderer.draw(params);
    glFinish();
    return stats;
}

void measureOrbit(state::AppState& state, render::Renderer& renderer, const ReferralPresenter& referral,
                  int frames, BenchResult& result) {
    const core::CameraPose start = state.camera.pose();
    result.movingResolution = renderer.defaultMovingResolution();
    for (const bool moving : {true, false}) {
        std::vector<double> samples, cpu;
        for (int i = 0; i < frames; ++i) {
            core::CameraPose pose = start;
            pose.yaw += glm::two_pi<float>() * float(i) / float(std::max(frames, 1));
            state.camera.setPose(pose);
            Stopwatch clock;
            const double cpuStart = processCpuMs();
            const render::RenderStats stats = drawFinished(state, renderer, referral, moving);
            samples.push_back(clock.ms());
            cpu.push_back(processCpuMs() - cpuStart);
            if (i == 0) (moving ? result.movingFrame : result.restingFrame) = {stats.drawCalls, stats.triangles};
        }
        (moving ? result.orbitMs : result.orbitFullMs) = summarize(std::move(samples));
        (moving ? result.orbitCpuMs : result.orbitFullCpuMs) = summarize(std::move(cpu));
    }
    state.camera.setPose(start);
}

}  // namespace tpa::app
