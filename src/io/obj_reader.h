// A fast reader for the plain OBJ files of anatomy atlases ("v" and "f" lines): an order
// of magnitude quicker than a general importer on hundreds of files.
#pragma once

#include "core/mesh.h"

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace tpa::io {

// Coordinates beyond this magnitude (10 km in millimetres) are refused: squared in normals,
// bounds and camera framing they would overflow to infinity.
inline constexpr float kMaxMeshCoordinate = 1.0e7f;
// OBJ files above this size are refused before reading.
inline constexpr std::uintmax_t kMaxObjBytes = std::uintmax_t(1) << 30;

// Parses OBJ text; polygons are fanned into triangles. Throws LoadError
// "<name>:<line>: <what>" on malformed numbers, bad indices or non-finite or out-of-range
// coordinates.
core::Mesh parseObj(std::string_view text, std::string_view name);
core::Mesh readObj(const std::filesystem::path& path);

}  // namespace tpa::io
