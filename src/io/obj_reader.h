// A fast reader for the plain OBJ files of anatomy atlases ("v" and "f" lines): an order
// of magnitude quicker than a general importer on hundreds of files.
#pragma once

#include "core/mesh.h"

#include <filesystem>
#include <string_view>

namespace tpa::io {

// Parses OBJ text; polygons are fanned into triangles. Throws LoadError
// "<name>:<line>: <what>" on malformed numbers, bad indices or non-finite coordinates.
core::Mesh parseObj(std::string_view text, std::string_view name);
core::Mesh readObj(const std::filesystem::path& path);

}  // namespace tpa::io
