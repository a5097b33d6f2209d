// Stable JSON keys (scripts and the CI test read them) and an aligned text report.
#include "app/bench_report.h"

#include <cstdio>

namespace tpa::app {
namespace {

nlohmann::json summaryJson(const TimingSummary& s) {
    return {{"count", s.count}, {"median", s.median}, {"p95", s.p95}, {"max", s.max}, {"mean", s.mean}};
}

nlohmann::json countsJson(const FrameCounts& c) {
    return {{"draw_calls", c.drawCalls}, {"triangles", c.triangles}};
}

std::string fixed(double v, int digits = 1) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

std::string fps(double ms) { return ms > 0.0 ? fixed(1000.0 / ms) : "-"; }

}  // namespace

nlohmann::json benchJson(const BenchResult& r) {
    nlohmann::json j;
    j["source"] = r.source;
    j["renderer"] = r.renderer;
    j["huge_pages"] = r.hugePages;
    j["size"] = {r.width, r.height};
    j["msaa_samples"] = r.samples;
    j["import_ms"] = r.importMs;
    j["cache_load_ms"] = r.cacheLoadMs ? nlohmann::json(*r.cacheLoadMs) : nlohmann::json(nullptr);
    j["first_frame_ms"] = r.firstFrameMs;
    j["first_frame_steps_ms"] = {{"load", r.loadMs},         {"knowledge", r.knowledgeMs},
                                 {"scene_setup", r.sceneSetupMs}, {"gl_setup", r.glSetupMs},
                                 {"upload", r.uploadMs},     {"referral_setup", r.referralSetupMs},
                                 {"draw", r.firstDrawMs}};
    j["after_first_frame_ms"] = {
        {"first_click", r.coldPickMs}, {"picking_bvhs", r.pickingBuildMs}, {"skin_model", r.skinModelMs}};
    j["orbit_ms"] = summaryJson(r.orbitMs);
    j["orbit_fps_median"] = r.orbitMs.median > 0.0 ? 1000.0 / r.orbitMs.median : 0.0;
    j["orbit_full_detail_ms"] = summaryJson(r.orbitFullMs);
    j["orbit_cpu_ms"] = summaryJson(r.orbitCpuMs);
    j["moving_resolution"] = r.movingResolution;
    j["orbit_full_detail_cpu_ms"] = summaryJson(r.orbitFullCpuMs);
    j["pick_ms"] = summaryJson(r.pickMs);
    j["pick_hits"] = r.pickHits;
    j["zone_update_ms"] = summaryJson(r.zoneUpdateMs);
    j["query_pain_ms"] = summaryJson(r.queryPainMs);
    j["parts"] = r.parts;
    j["closed_parts"] = r.closedParts;
    j["closed_triangles"] = r.closedTriangles;
    j["triangles"] = r.triangles;
    j["lod_triangles"] = r.lodTriangles;
    j["resting_frame"] = countsJson(r.restingFrame);
    j["moving_frame"] = countsJson(r.movingFrame);
    j["draw_calls"] = r.restingFrame.drawCalls;
    j["geometry_mb"] = r.geometryMb;
    j["lod_mb"] = r.lodMb;
    j["gpu_mb"] = r.gpuMb;
    j["peak_memory_mb"] = r.peakViewMb > 0.0 ? r.peakViewMb : r.peakImportMb;
    j["peak_import_memory_mb"] = r.peakImportMb;
    j["heap_end_mb"] = {{"in_use", r.heapEnd.inUseMb}, {"held", r.heapEnd.heldMb}};
    return j;
}

void printBenchText(const BenchResult& r, std::ostream& out) {
    auto row = [&out](const std::string& what, const std::string& value) {
        out << "  " << what << std::string(what.size() < 30 ? 30 - what.size() : 1, ' ') << value << "\n";
    };
    auto timing = [&](const std::string& what, const TimingSummary& s) {
        row(what, "median " + fixed(s.median, 2) + " ms, p95 " + fixed(s.p95, 2) + " ms, max " + fixed(s.max, 2) +
                      " ms (" + std::to_string(s.count) + " runs)");
    };
    out << "tpatlas bench: " << r.source << " at " << r.width << "x" << r.height << ", " << r.samples
        << " sample(s) per pixel\n  on " << r.renderer << (r.hugePages ? ", heap on huge pages" : ", heap on 4 KiB pages")
        << "\n";
    row("import from source files", fixed(r.importMs) + " ms");
    row("load from cache", r.cacheLoadMs ? fixed(*r.cacheLoadMs) + " ms" : "- (no cache for this source)");
    row("time to first frame", fixed(r.firstFrameMs) + " ms");
    row("  load / knowledge / scene", fixed(r.loadMs) + " / " + fixed(r.knowledgeMs) + " / " + fixed(r.sceneSetupMs) + " ms");
    row("  GL / upload / zones / draw", fixed(r.glSetupMs) + " / " + fixed(r.uploadMs) + " / " +
                                            fixed(r.referralSetupMs) + " / " + fixed(r.firstDrawMs) + " ms");
    row("then: click / picking / skin", fixed(r.coldPickMs) + " / " + fixed(r.pickingBuildMs) + " / " +
                                            fixed(r.skinModelMs) + " ms");
    // Moving frames may be drawn at reduced resolution (software renderers): say at how much.
    timing(r.movingResolution < 1.0f ? "orbit frame (moving, " + fixed(100.0 * r.movingResolution, 0) + "%)"
                                     : std::string("orbit frame (moving)"),
           r.orbitMs);
    row("", fps(r.orbitMs.median) + " frames/s median, CPU " + fixed(r.orbitCpuMs.median, 2) + " ms a frame");
    timing("orbit frame (full detail)", r.orbitFullMs);
    row("", fps(r.orbitFullMs.median) + " frames/s median, CPU " + fixed(r.orbitFullCpuMs.median, 2) + " ms a frame");
    timing("pick", r.pickMs);
    row("", std::to_string(r.pickHits) + " of " + std::to_string(r.pickMs.count) + " clicks hit a part");
    timing("zone update (new muscle)", r.zoneUpdateMs);
    timing("query pain (in-process)", r.queryPainMs);
    row("parts", std::to_string(r.parts));
    row("closed (back faces culled)", std::to_string(r.closedParts) + " parts, " + std::to_string(r.closedTriangles) +
                                          " triangles");
    row("triangles (full / LOD)", std::to_string(r.triangles) + " / " + std::to_string(r.lodTriangles));
    row("draw calls, triangles drawn", "resting " + std::to_string(r.restingFrame.drawCalls) + ", " +
                                           std::to_string(r.restingFrame.triangles) + "; moving " +
                                           std::to_string(r.movingFrame.drawCalls) + ", " +
                                           std::to_string(r.movingFrame.triangles));
    row("geometry (full / LOD / GPU)", fixed(r.geometryMb) + " / " + fixed(r.lodMb) + " / " + fixed(r.gpuMb) + " MiB");
    row("peak memory (import)", fixed(r.peakImportMb) + " MiB");
    row("peak memory (viewing)", r.peakViewMb > 0.0 ? fixed(r.peakViewMb) + " MiB" : "- (could not reset the count)");
    row("heap at the end (used / held)", fixed(r.heapEnd.inUseMb) + " / " + fixed(r.heapEnd.heldMb) + " MiB");
}

}  // namespace tpa::app
