// Binary cache of an imported atlas: parts, full meshes (with normals) and their simplified
// levels of detail, keyed by a hash of the source files' bytes. Later opens skip OBJ parsing,
// normals and simplification. Format and key are described in docs/atlas.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/part.h"
#include "io/atlas_layout.h"

namespace tpa::io {

// What the atlas lists say about a part beyond core::Part (same index as the parts).
struct AtlasPartInfo {
    std::string elementId;  // "FJ1521", file stem for other layouts
    std::string fmaId;      // "FMA33586", or ""
    AtlasKind kind = AtlasKind::Other;
};

// Everything the cache stores: one entry per part, in the same order in all three vectors.
struct AtlasGeometry {
    std::vector<core::Part> parts;  // muscleId empty, layer by kind (the mapping sets both later)
    std::vector<core::Mesh> lods;   // simplified mesh of each part (may equal the full mesh)
    std::vector<AtlasPartInfo> info;
};

// Bumped whenever the file format or the import (normals, simplification) changes.
inline constexpr std::uint32_t kAtlasCacheVersion = 3;  // 3: parts' closedOutward flag

// 64-bit hash of the layout's list files and every element file's bytes (read in parallel),
// plus the cache version and the LOD ratio. Content, not size+mtime: a copied or touched file
// keeps its key, an edited one of the same size changes it. Throws LoadError when a file
// cannot be read.
std::uint64_t atlasContentKey(const AtlasLayout& layout, float lodRatio, unsigned threads);

// Fast pre-check key: the list files' bytes plus each element file's name, size and mtime
// (stat only, no reading). A note file maps it to the content key, so an unchanged atlas opens
// without rehashing 53 MB; any size or mtime change falls back to the content key.
std::uint64_t atlasStatKey(const AtlasLayout& layout, float lodRatio);
// The content key noted for a stat key, if any ("<cacheDir>/atlas-<stat key>.key").
std::optional<std::uint64_t> readAtlasKeyNote(const std::filesystem::path& cacheDir,
                                              std::uint64_t statKey);
// Notes the content key for a stat key (atomically); failures are ignored (the note is a hint).
void writeAtlasKeyNote(const std::filesystem::path& cacheDir, std::uint64_t statKey,
                       std::uint64_t contentKey);

// $XDG_CACHE_HOME/tpatlas, else $HOME/.cache/tpatlas, else the temp dir's tpatlas folder.
std::filesystem::path defaultAtlasCacheDir();
// "<cacheDir>/atlas-<16 hex digits>.bin".
std::filesystem::path atlasCacheFile(const std::filesystem::path& cacheDir, std::uint64_t key);

// Writes atomically (temporary file + rename); throws std::runtime_error on I/O failure.
void writeAtlasCache(const std::filesystem::path& file, std::uint64_t key,
                     const AtlasGeometry& geometry);
// Reads a cache file written for `key`. A missing file gives nullopt with `problem` empty; a
// corrupt, truncated, foreign or stale one gives nullopt and says why in `problem`.
std::optional<AtlasGeometry> readAtlasCache(const std::filesystem::path& file, std::uint64_t key,
                                            std::string& problem);

// Hash used for the key and the payload checksum (exposed for tests).
std::uint64_t hashBytes(const void* data, std::size_t size, std::uint64_t seed = 0);

}  // namespace tpa::io
