// Opens any mesh file Assimp reads (OBJ, STL, glTF/GLB, PLY, FBX, ...) as a scene:
// each node with meshes becomes one part named after the node.
#pragma once

#include "core/scene.h"

#include <cstdint>
#include <filesystem>

namespace tpa::io {

// Files above this size are refused before parsing, with a message saying so.
inline constexpr std::uintmax_t kMaxModelBytes = std::uintmax_t(2) << 30;

// Throws LoadError("<file>: <entry>: <what>") on a missing, unreadable, empty or broken file.
core::Scene importModel(const std::filesystem::path& path);

}  // namespace tpa::io
