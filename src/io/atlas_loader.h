// Opens a BodyParts3D atlas directory (the prepared layout: one OBJ per element plus
// parts.tsv with names, kind and side) as a scene. Never copies anything from it.
#pragma once

#include "core/scene.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tpa::io {

struct AtlasRow {
    std::string file, fjId, fmaId, name, kind, side;
};

// Reads and checks parts.tsv; throws LoadError "<dir>/parts.tsv:<line>: column '<c>': ...".
std::vector<AtlasRow> readAtlasManifest(const std::filesystem::path& dir);
// Loads every row's mesh (in parallel); throws LoadError naming the file and line.
core::Scene loadAtlas(const std::filesystem::path& dir);

}  // namespace tpa::io
