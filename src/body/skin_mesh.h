// Meshing of the skin field into one smooth, closed, left-right symmetric surface.
#pragma once

#include "body/rig.h"
#include "core/mesh.h"

namespace tpa::body {

inline constexpr float kSkinCellMm = 6.0f;

core::Mesh buildSkinMesh(const Rig& rig);

}  // namespace tpa::body
