// What `tpatlas bench` measured, and how it is printed: a table for people, JSON for scripts.
#pragma once

#include "app/bench_stats.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

namespace tpa::app {

// Draw calls and triangles of one frame.
struct FrameCounts {
    std::size_t drawCalls = 0;
    std::size_t triangles = 0;
};

struct BenchResult {
    std::string source;    // "embedded body", a model file or an atlas directory
    std::string renderer;  // GL renderer and version
    bool hugePages = false;  // the heap is on transparent huge pages (platform/huge_pages.h)
    int width = 0;
    int height = 0;
    int samples = 0;  // MSAA samples per pixel, as the viewer would use on this renderer
    // Loading.
    double importMs = 0.0;                // from the source files (atlas: no cache)
    std::optional<double> cacheLoadMs;    // atlas only: from its binary cache
    double loadMs = 0.0;                  // the load the first frame waited for
    double knowledgeMs = 0.0;             // shipped knowledge base
    double sceneSetupMs = 0.0;            // state: selection, camera, pain drawing (no BVHs, no skin model)
    double glSetupMs = 0.0;               // context, shaders, offscreen target
    double uploadMs = 0.0;                // geometry to the GPU
    double referralSetupMs = 0.0;         // referral display for the start-up state
    double firstDrawMs = 0.0;             // the first frame itself
    double firstFrameMs = 0.0;            // all of the above from "load" on
    // Built after the first frame (the viewer does it on a worker thread): what a first click
    // and a first zone would otherwise wait for.
    double coldPickMs = 0.0;      // a click in the middle of the view with no BVH built yet
    double pickingBuildMs = 0.0;  // every other part's picking BVH
    double skinModelMs = 0.0;     // the skin's regions and edge graph for zones and painting
    // Interaction.
    TimingSummary orbitMs;      // camera moving: what the viewer draws while it orbits
    TimingSummary orbitFullMs;  // the same orbit at full detail (what a resting view draws)
    TimingSummary orbitCpuMs, orbitFullCpuMs;  // CPU time of all threads per frame, same frames
    float movingResolution = 1.0f;  // fraction of the resolution moving frames are drawn at
    TimingSummary pickMs;
    std::size_t pickHits = 0;
    TimingSummary zoneUpdateMs;  // selecting a new muscle: zones computed and uploaded
    TimingSummary queryPainMs;   // `query pain --side right temple` in-process
    // Size.
    std::size_t parts = 0;
    std::size_t triangles = 0;     // full detail, whole scene
    std::size_t lodTriangles = 0;  // simplified meshes, whole scene
    std::size_t closedParts = 0;   // closed outward meshes, drawn with back faces culled
    std::size_t closedTriangles = 0;
    FrameCounts restingFrame;
    FrameCounts movingFrame;
    double geometryMb = 0.0;  // positions, normals and indices at full detail
    double lodMb = 0.0;       // the same for the simplified meshes
    double gpuMb = 0.0;       // buffers uploaded
    double peakImportMb = 0.0;  // peak resident memory up to the end of the import
    double peakViewMb = 0.0;    // peak from the first frame on (0 when it cannot be reset)
    HeapUse heapEnd;            // the C heap after the last measure (bench_stats.h)
};

nlohmann::json benchJson(const BenchResult& r);
void printBenchText(const BenchResult& r, std::ostream& out);

}  // namespace tpa::app
