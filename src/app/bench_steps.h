// The benchmark's measuring steps, one file each: loading, frames, interaction.
#pragma once

#include "app/bench_command.h"
#include "app/bench_report.h"
#include "app/referral_presenter.h"
#include "render/offscreen_target.h"
#include "render/renderer.h"
#include "state/app_state.h"

#include <filesystem>

namespace tpa::app {

// Atlas only: imports from the source files into `cacheDir` (a fresh, empty directory), then
// times a second load from that cache. Other sources have no cache; nothing is done.
void measureImport(const BenchOptions& options, const std::filesystem::path& cacheDir, BenchResult& result);
// The load the first frame waits for: from `cacheDir` for an atlas, else from the source.
core::Scene loadForFirstFrame(const BenchOptions& options, const std::filesystem::path& cacheDir,
                              const anatomy::KnowledgeBase* knowledge, BenchResult& result);

// One full turn around the body, every frame finished (glFinish) before the clock stops:
// first while moving (simplified meshes), then at full detail.
void measureOrbit(state::AppState& state, render::Renderer& renderer, const ReferralPresenter& referral,
                  int frames, BenchResult& result);
// Draws one frame of the current state and waits for it; returns what was drawn.
render::RenderStats drawFinished(const state::AppState& state, render::Renderer& renderer,
                                 const ReferralPresenter& referral, bool moving);

// Clicks at random pixels of the view through state::pickVisible.
void measurePicks(const state::AppState& state, int clicks, BenchResult& result);
// Selects muscle after muscle and times the zone computation and upload.
void measureZoneUpdates(state::AppState& state, ReferralPresenter& referral, render::Renderer& renderer,
                        BenchResult& result);
// `tpatlas query pain --side right temple` without the process start: load, rank, format.
void measureQueryPain(BenchResult& result);

}  // namespace tpa::app
