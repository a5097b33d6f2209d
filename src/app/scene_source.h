// Which body to load: the embedded one, a mesh file, or a BodyParts3D atlas directory.
#pragma once

#include "anatomy/knowledge_base.h"
#include "core/scene.h"
#include "io/atlas_loader.h"

#include <filesystem>
#include <optional>
#include <span>

namespace tpa::app {

struct SceneSource {
    std::optional<std::filesystem::path> model;  // --model FILE
    std::optional<std::filesystem::path> atlas;   // --atlas DIR or TPATLAS_ATLAS_DIR
    bool embedded = false;                        // --embedded: ignore TPATLAS_ATLAS_DIR
    std::optional<std::filesystem::path> atlasCache;  // instead of the user cache (the benchmark)
};

// Throws io::LoadError with a message naming the file when loading fails. An atlas is mapped
// to the knowledge base's muscles (layers, muscle ids) and registered to its landmarks.
// `progress` hears from an atlas load (the other sources are quick or give no steps).
core::Scene loadScene(const SceneSource& source, const anatomy::KnowledgeBase* knowledge = nullptr,
                      io::AtlasProgress progress = {});

// The embedded body, prepared for drawing: the copy baked in at build time, or, should that be
// unusable, generated (with the reason on stderr).
core::Scene loadEmbeddedBody();
// The same from a given copy of the baked blob (tests pass damaged ones).
core::Scene loadEmbeddedBody(std::span<const char> baked);

}  // namespace tpa::app
