// Benchmark loading: the atlas imported from its files into a private cache directory (the
// user's cache is neither used nor touched), then the first frame loads from that cache.
#include "app/bench_steps.h"

#include "app/knowledge_store.h"
#include "app/scene_source.h"

namespace tpa::app {
namespace {

SceneSource withCache(const BenchOptions& options, const std::filesystem::path& cacheDir) {
    SceneSource source = options.source;
    if (source.atlas && !source.embedded && !source.model) source.atlasCache = cacheDir;
    return source;
}

bool isAtlas(const SceneSource& s) { return s.atlas && !s.embedded && !s.model; }

}  // namespace

void measureImport(const BenchOptions& options, const std::filesystem::path& cacheDir, BenchResult& result) {
    if (!isAtlas(options.source)) return;
    const auto knowledge = loadShippedKnowledge();
    Stopwatch clock;
    const core::Scene scene = loadScene(withCache(options, cacheDir), knowledge.knowledge.get());
    result.importMs = clock.ms();
}

core::Scene loadForFirstFrame(const BenchOptions& options, const std::filesystem::path& cacheDir,
                              const anatomy::KnowledgeBase* knowledge, BenchResult& result) {
    Stopwatch clock;
    core::Scene scene = loadScene(withCache(options, cacheDir), knowledge);
    result.loadMs = clock.ms();
    if (isAtlas(options.source))
        result.cacheLoadMs = result.loadMs;
    else  // model files have no cache; the embedded body is read from the blob baked in
        result.importMs = result.loadMs;
    return scene;
}

}  // namespace tpa::app
