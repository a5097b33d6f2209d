// `tpatlas bench`: the order of the measurements (the first frame as a user waits for it,
// then orbit, clicks, zones, query, memory) and the command-line flags.
#include "app/bench_command.h"

#include "app/bench_steps.h"
#include "app/cli.h"
#include "app/knowledge_store.h"
#include "io/ply_writer.h"
#include "platform/headless_context.h"
#include "platform/huge_pages.h"
#include "render/gl_setup.h"
#include "state/command.h"

#include <iostream>
#include <unistd.h>

namespace tpa::app {
namespace {

void addSizes(const core::Scene& scene, BenchResult& r) {
    constexpr double kMiB = 1024.0 * 1024.0;
    auto bytes = [](const core::Mesh& m) {
        return double(m.positions.size() * sizeof(glm::vec3) + m.normals.size() * sizeof(glm::vec3) +
                      m.indices.size() * sizeof(std::uint32_t));
    };
    r.parts = scene.parts.size();
    for (const auto& p : scene.parts) {
        r.triangles += p.mesh.triangleCount();
        r.lodTriangles += p.lod.indices.empty() ? p.mesh.triangleCount() : p.lod.triangleCount();
        r.geometryMb += bytes(p.mesh) / kMiB;
        r.lodMb += bytes(p.lod) / kMiB;
        if (p.closedOutward) {
            ++r.closedParts;
            r.closedTriangles += p.mesh.triangleCount();
        }
    }
}

// The viewer turns multisampling off on software renderers (see viewer.cpp); so does the bench.
int viewerSamples() {
    return render::isSoftwareRenderer() ? 0 : 4;
}

std::filesystem::path privateCacheDir() {
    auto dir = std::filesystem::temp_directory_path() / ("tpatlas-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

int runBench(const BenchOptions& options) {
    BenchResult r;
    const auto cacheDir = privateCacheDir();
    struct Cleanup {
        std::filesystem::path dir;
        ~Cleanup() {
            std::error_code ignored;
            std::filesystem::remove_all(dir, ignored);
        }
    } cleanup{cacheDir};
    measureImport(options, cacheDir, r);
    r.peakImportMb = peakMemoryMb();
    const bool reset = resetPeakMemory();

    // The first frame, step by step, as the viewer reaches it.
    Stopwatch total, step;
    state::AppState state;
    state.knowledge = loadShippedKnowledge().knowledge;
    r.knowledgeMs = step.ms();
    core::Scene scene = loadForFirstFrame(options, cacheDir, state.knowledge.get(), r);
    if (options.exportPly) io::writePly(*options.exportPly, scene);
    r.source = scene.source;
    step.restart();
    state.camera.setViewport(options.width, options.height);
    state.setScene(std::move(scene));
    r.sceneSetupMs = step.ms();
    step.restart();
    platform::HeadlessContext context;
    render::Renderer renderer;
    r.samples = viewerSamples();
    render::OffscreenTarget target(options.width, options.height, r.samples);
    target.bind();
    r.glSetupMs = step.ms();
    step.restart();
    renderer.setScene(state.scene);
    glFinish();
    r.uploadMs = step.ms();
    step.restart();
    ReferralPresenter referral;
    referral.setScene();
    referral.update(state, renderer);
    r.referralSetupMs = step.ms();
    step.restart();
    drawFinished(state, renderer, referral, false);
    r.firstDrawMs = step.ms();
    r.firstFrameMs = total.ms();
    step.restart();
    // A click in the middle of the view before anything is built: it builds what its ray meets.
    state::pickVisible(state, glm::vec2(options.width, options.height) * 0.5f);
    r.coldPickMs = step.ms();
    step.restart();
    state.picker->buildAll();
    r.pickingBuildMs = step.ms();
    step.restart();
    state.skin.field();
    r.skinModelMs = step.ms();
    r.renderer = context.description();
    r.hugePages = platform::hugePagesActive(platform::currentHugePageContext());
    r.width = options.width;
    r.height = options.height;

    measureOrbit(state, renderer, referral, options.frames, r);
    measurePicks(state, options.picks, r);
    measureZoneUpdates(state, referral, renderer, r);
    measureQueryPain(r);
    addSizes(state.scene, r);
    r.gpuMb = double(renderer.gpuBytes()) / (1024.0 * 1024.0);
    r.peakViewMb = reset ? peakMemoryMb() : 0.0;
    r.heapEnd = heapUse();
    if (options.json)
        std::cout << benchJson(r).dump(2) << "\n";
    else
        printBenchText(r, std::cout);
    return 0;
}

std::function<int()> addBenchCommand(CLI::App& app) {
    auto options = std::make_shared<BenchOptions>();
    auto* cmd = app.add_subcommand(
        "bench", "Measure load, first frame, orbit, picking, zone updates, queries and memory (headless, EGL)");
    cmd->add_option("--model", options->source.model, "Benchmark a mesh file")->check(CLI::ExistingFile);
    cmd->add_option("--atlas", options->source.atlas, "Benchmark a BodyParts3D atlas directory (its import "
                                                      "is timed into a private cache; yours is not touched)")
        ->envname("TPATLAS_ATLAS_DIR");
    cmd->add_flag("--embedded", options->source.embedded, "Benchmark the embedded body even when TPATLAS_ATLAS_DIR is set");
    cmd->add_option_function<std::string>("--size", sizeParser(options->width, options->height),
                                           "Frame size, WIDTHxHEIGHT (default 1280x720)");
    cmd->add_option("--frames", options->frames, "Orbit frames, one full turn (default 120)")->check(CLI::Range(1, 100000));
    cmd->add_option("--picks", options->picks, "Random clicks to time (default 500)")->check(CLI::Range(1, 1000000));
    cmd->add_flag("--json", options->json, "Print JSON for scripts");
    cmd->add_option("--export-ply", options->exportPly,
                    "Also write the scene's triangles as one binary PLY (to compare other viewers on the same mesh)");
    return [cmd, options]() { return cmd->parsed() ? runBench(*options) : -1; };
}

}  // namespace tpa::app
