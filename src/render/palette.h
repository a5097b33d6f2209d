// Default colours of parts by kind, with a small stable variation so neighbouring muscles
// can be told apart without looking like a rainbow.
#pragma once

#include "core/part.h"

#include <glm/glm.hpp>

namespace tpa::render {

glm::vec3 defaultPartColor(const core::Part& part);

}  // namespace tpa::render
