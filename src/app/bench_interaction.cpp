// Benchmark interaction: clicks, selecting muscles (zones), and the pain query, each timed
// the way the user waits for it.
#include "app/bench_steps.h"

#include "app/data_paths.h"
#include "anatomy/pain_ranking.h"
#include "io/knowledge_loader.h"
#include "io/pain_report.h"
#include "state/command.h"

#include <random>

namespace tpa::app {
namespace {

constexpr std::size_t kZoneMuscles = 12;  // spread over the knowledge base
constexpr int kQueryRuns = 5;

}  // namespace

void measurePicks(const state::AppState& state, int clicks, BenchResult& result) {
    std::mt19937 random(8);  // fixed: runs compare the same clicks
    std::uniform_real_distribution<float> x(0.0f, float(state.camera.width()));
    std::uniform_real_distribution<float> y(0.0f, float(state.camera.height()));
    std::vector<double> samples;
    result.pickHits = 0;
    for (int i = 0; i < clicks; ++i) {
        const glm::vec2 pixel(x(random), y(random));
        Stopwatch clock;
        const auto hit = state::pickVisible(state, pixel);
        samples.push_back(clock.ms());
        result.pickHits += hit.has_value();
    }
    result.pickMs = summarize(std::move(samples));
}

void measureZoneUpdates(state::AppState& state, ReferralPresenter& referral, render::Renderer& renderer,
                        BenchResult& result) {
    std::vector<double> samples;
    const auto& muscles = state.knowledge->muscles;
    const std::size_t step = std::max<std::size_t>(1, muscles.size() / kZoneMuscles);
    for (std::size_t i = 0; i < muscles.size() && samples.size() < kZoneMuscles; i += step) {
        state::apply(state, state::SelectMuscle{muscles[i].id, core::Side::Right}, 0.0);
        Stopwatch clock;
        referral.update(state, renderer);
        glFinish();  // the upload is part of the wait
        samples.push_back(clock.ms());
    }
    state::apply(state, state::SelectPart{-1}, 0.0);
    referral.update(state, renderer);
    result.zoneUpdateMs = summarize(std::move(samples));
}

void measureQueryPain(BenchResult& result) {
    std::vector<double> samples;
    for (int i = 0; i < kQueryRuns; ++i) {
        Stopwatch clock;
        const auto loaded = io::loadKnowledgeBase(knowledgeDir());
        const std::vector<anatomy::PainArea> pain{{"temple", core::Side::Right, 1.0f}};
        anatomy::PainRankingOptions options;
        options.maxResults = 15;
        const std::string text = io::painText(anatomy::rankPain(loaded.knowledge, pain, options));
        samples.push_back(clock.ms());
        if (text.empty()) samples.back() = 0.0;  // keeps the work from being optimised away
    }
    result.queryPainMs = summarize(std::move(samples));
}

}  // namespace tpa::app
