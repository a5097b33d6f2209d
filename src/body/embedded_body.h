// Public entry point: the body generated from code (skin, skeleton, muscles, landmarks).
#pragma once

#include <glm/glm.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/scene.h"

namespace tpa::body {

// Builds the whole embedded body, deterministically, in the shared frame (mm, +Z up, -Y
// anterior, -X the subject's right, feet on z = 0). scene.source = "embedded body".
core::Scene buildEmbeddedBody();

// Every landmark of the vocabulary on this body, sided ones as "<name>.left"/"<name>.right",
// sorted by key. Cheap: needs no meshing.
std::vector<std::pair<std::string, glm::vec3>> embeddedLandmarks();

}  // namespace tpa::body
