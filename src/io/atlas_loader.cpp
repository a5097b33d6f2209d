// Atlas loading pipeline: layout -> content key -> cache or parallel import (OBJ, normals,
// triangle order, LOD) -> cache write -> mapping -> landmarks.
#include "io/atlas_loader.h"

#include "core/mesh_topology.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "io/atlas_landmarks.h"
#include "io/atlas_lod.h"
#include "io/atlas_mapping.h"
#include "io/load_error.h"
#include "io/obj_reader.h"

namespace tpa::io {
namespace {

core::Layer layerFor(AtlasKind kind) {
    switch (kind) {
        case AtlasKind::Skin:
            return core::Layer::Skin;
        case AtlasKind::Muscle:
            return core::Layer::Intermediate;  // refined by the mapping
        case AtlasKind::Other:
            return core::Layer::Deep;
        default:
            return core::Layer::Bone;  // bones, and the cartilages and ligaments on them
    }
}

// Official lists do not side every element ("External intercostal muscle"): a mesh wholly on
// one side of the midline takes that side.
core::Side sideFromGeometry(const core::Mesh& mesh) {
    constexpr float kMarginMm = 2.0f;
    const core::Aabb box = mesh.bounds();
    if (box.max.x < -kMarginMm) return core::Side::Right;
    if (box.min.x > kMarginMm) return core::Side::Left;
    return core::Side::Midline;
}

void report(const AtlasLoadOptions& options, float fraction, std::string_view message) {
    if (options.progress) options.progress(fraction, message);
}

AtlasGeometry importGeometry(const AtlasLayout& layout, const AtlasLoadOptions& options,
                             unsigned threads) {
    const std::size_t n = layout.elements.size();
    AtlasGeometry g;
    g.parts.resize(n);
    g.lods.resize(n);
    g.info.resize(n);
    std::vector<std::string> errors(n);
    std::atomic<std::size_t> next{0}, done{0};
    auto work = [&](bool reporting) {
        for (std::size_t i; (i = next++) < n;) {
            const AtlasElement& e = layout.elements[i];
            core::Part& part = g.parts[i];
            part.id = e.elementId;
            part.name = e.name;
            part.kind = toPartKind(e.kind);
            part.side = e.side;
            part.layer = layerFor(e.kind);
            g.info[i] = {e.elementId, e.fmaId, e.kind};
            try {
                part.mesh = readObj(e.file);
                if (part.mesh.triangleCount() == 0)
                    errors[i] = e.file.string() + ": contains no triangles";
                if (layout.kind != AtlasLayoutKind::Prepared && part.side == core::Side::Midline)
                    part.side = sideFromGeometry(part.mesh);
                optimizeTriangleOrder(part.mesh);
                part.mesh.computeNormals();
                g.lods[i] = simplifiedLod(part.mesh, options.lodRatio);
                part.closedOutward = core::isClosedOutward(part.mesh) &&
                                     core::isClosedOutward(g.lods[i], /*requireManifold=*/false);
            } catch (const LoadError& err) {
                errors[i] = err.what();
            }
            const std::size_t count = ++done;
            if (reporting)
                report(options, 0.05f + 0.85f * float(count) / float(n),
                       "Importing " + std::to_string(count) + " of " + std::to_string(n) +
                           " atlas parts");
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, false);
    work(true);
    for (auto& t : pool) t.join();
    // The first broken file stops the load: a half-loaded body would mislead more than an error.
    for (const auto& err : errors)
        if (!err.empty()) throw LoadError(err);
    return g;
}

}  // namespace

AtlasLoadResult loadAtlasFull(const std::filesystem::path& dir, const AtlasLoadOptions& options) {
    report(options, 0.0f, "Reading the atlas lists");
    AtlasLayout layout = detectAtlasLayout(dir);
    if (!options.includeOtherKinds)
        std::erase_if(layout.elements,
                      [](const AtlasElement& e) { return e.kind == AtlasKind::Other; });
    if (layout.elements.empty())
        throw LoadError(dir.string() + ": the atlas has no muscles, bones or skin");
    const unsigned threads =
        options.threads ? options.threads : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);

    AtlasLoadResult result;
    result.layout = layout.kind;
    std::optional<AtlasGeometry> geometry;
    std::uint64_t key = 0, statKey = 0;
    if (options.useCache) {
        report(options, 0.02f, "Checking the atlas cache");
        const auto cacheDir = options.cacheDir.value_or(defaultAtlasCacheDir());
        std::string problem;
        bool viaNote = false;
        if (options.trustFileTimes) {
            statKey = atlasStatKey(layout, options.lodRatio);
            if (auto noted = readAtlasKeyNote(cacheDir, statKey)) {
                // A bad cache found this way is rebuilt below after a content check.
                geometry = readAtlasCache(atlasCacheFile(cacheDir, *noted), *noted, problem);
                if (geometry) {
                    viaNote = true;
                    key = *noted;
                    result.cacheFile = atlasCacheFile(cacheDir, key);
                }
            }
        }
        if (!geometry) {
            key = atlasContentKey(layout, options.lodRatio, threads);
            result.cacheFile = atlasCacheFile(cacheDir, key);
            geometry = readAtlasCache(result.cacheFile, key, problem);
            if (!problem.empty())
                result.warnings.push_back("ignored the atlas cache (" + problem +
                                          "); rebuilding it");
        }
        result.fromCache = geometry.has_value();
        if (geometry && options.trustFileTimes && !viaNote)
            writeAtlasKeyNote(cacheDir, statKey, key);
    }
    if (!geometry) {
        geometry = importGeometry(layout, options, threads);
        if (options.useCache) {
            report(options, 0.92f, "Writing the atlas cache");
            try {
                writeAtlasCache(result.cacheFile, key, *geometry);
                if (options.trustFileTimes)
                    writeAtlasKeyNote(options.cacheDir.value_or(defaultAtlasCacheDir()), statKey,
                                      key);
            } catch (const std::exception& e) {
                result.warnings.push_back(std::string("could not write the atlas cache: ") +
                                          e.what());
            }
        }
    }
    result.scene.source = dir.string();
    result.scene.parts = std::move(geometry->parts);
    for (std::size_t i = 0; i < result.scene.parts.size() && i < geometry->lods.size(); ++i) {
        core::Part& part = result.scene.parts[i];
        if (geometry->lods[i].triangleCount() < part.mesh.triangleCount()) part.lod = std::move(geometry->lods[i]);
    }
    result.info = std::move(geometry->info);
    if (!options.mappingFile.empty()) {
        report(options, 0.95f, "Mapping the atlas to the knowledge base");
        applyAtlasMapping(loadAtlasMapping(options.mappingFile), options.knowledge, result.scene);
    }
    if (options.registerLandmarks) {
        report(options, 0.97f, "Finding the landmarks");
        for (auto& w : registerAtlasLandmarks(result.scene))
            result.warnings.push_back(std::move(w));
    }
    report(options, 1.0f, "Atlas ready");
    return result;
}

core::Scene loadAtlas(const std::filesystem::path& dir, const AtlasLoadOptions& options) {
    return loadAtlasFull(dir, options).scene;
}

core::Scene loadAtlas(const std::filesystem::path& dir) {
    return loadAtlas(dir, AtlasLoadOptions{});
}

}  // namespace tpa::io
