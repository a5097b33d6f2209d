// Writes a whole scene as one binary PLY mesh, so other viewers can be timed on exactly the
// triangles tpatlas draws (the benchmark's comparison with F3D).
#pragma once

#include "core/scene.h"

#include <filesystem>

namespace tpa::io {

// Positions and normals of every part, merged; throws std::runtime_error naming the path.
void writePly(const std::filesystem::path& path, const core::Scene& scene);

}  // namespace tpa::io
