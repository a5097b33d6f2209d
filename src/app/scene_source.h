// Which body to load: the embedded one, a mesh file, or a BodyParts3D atlas directory.
#pragma once

#include "core/scene.h"

#include <filesystem>
#include <optional>

namespace tpa::app {

struct SceneSource {
    std::optional<std::filesystem::path> model;  // --model FILE
    std::optional<std::filesystem::path> atlas;   // --atlas DIR or TPATLAS_ATLAS_DIR
    bool embedded = false;                        // --embedded: ignore TPATLAS_ATLAS_DIR
};

// Throws io::LoadError with a message naming the file when loading fails.
core::Scene loadScene(const SceneSource& source);

}  // namespace tpa::app
