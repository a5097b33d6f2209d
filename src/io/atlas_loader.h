// Opens a BodyParts3D atlas directory (any layout atlas_layout.h detects) as a scene: meshes
// from the binary cache when it is current, else imported in parallel and cached; then the
// knowledge-base mapping and the landmarks. Never copies anything into the repository.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "core/scene.h"
#include "io/atlas_cache.h"
#include "io/atlas_layout.h"

namespace tpa::io {

// Progress for the loading screen: fraction 0..1 and what is happening. Called from the
// loading thread only.
using AtlasProgress = std::function<void(float fraction, std::string_view message)>;

struct AtlasLoadOptions {
    std::filesystem::path mappingFile;  // empty: parts get no muscleId (layer by kind only)
    const anatomy::KnowledgeBase* knowledge = nullptr;  // layers of mapped muscles
    bool useCache = true;
    // Trust a cache whose files kept their sizes and mtimes (atlasStatKey) without rehashing
    // their contents; false always hashes the bytes.
    bool trustFileTimes = true;
    std::optional<std::filesystem::path> cacheDir;  // default: defaultAtlasCacheDir()
    // Share of triangles kept in the LOD meshes drawn while the view moves. The atlas is dense
    // (1.9M triangles): at 8 %, drawn at half resolution, a turning body looks the same.
    float lodRatio = 0.08f;
    bool includeOtherKinds = false;  // organs, vessels, nerves of the official downloads
    bool registerLandmarks = true;
    unsigned threads = 0;  // 0: hardware concurrency, at most 8
    AtlasProgress progress;
};

struct AtlasLoadResult {
    core::Scene scene;
    std::vector<AtlasPartInfo> info;  // element id, FMA id and atlas kind of scene.parts[i]
    AtlasLayoutKind layout = AtlasLayoutKind::Prepared;
    bool fromCache = false;
    std::filesystem::path cacheFile;    // empty when the cache is off
    std::vector<std::string> warnings;  // cache ignored or not written, landmarks not found, ...
};

// Throws LoadError naming the directory, list, or OBJ file and line.
AtlasLoadResult loadAtlasFull(const std::filesystem::path& dir,
                              const AtlasLoadOptions& options = {});
// The scene alone, with the default options (cache on, no mapping).
core::Scene loadAtlas(const std::filesystem::path& dir);
core::Scene loadAtlas(const std::filesystem::path& dir, const AtlasLoadOptions& options);

}  // namespace tpa::io
