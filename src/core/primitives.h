// Closed primitive meshes (box, UV sphere) for test scenes and markers.
#pragma once

#include "core/mesh.h"

namespace tpa::core {

Mesh makeBox(const glm::vec3& min, const glm::vec3& max);
Mesh makeSphere(const glm::vec3& centre, float radius, int slices = 32, int stacks = 16);

}  // namespace tpa::core
