// One left/right pair of body parts, the right mirrored from the left: the one place that
// names sides, so muscles and tendons read the same ("x.left", "X (left)").
#pragma once

#include <string_view>
#include <vector>

#include "core/part.h"

namespace tpa::body {

// Appends `base` (kind, layer, muscle id already set) twice: as "<id>.left" with `left`, and
// as "<id>.right" with the mirror of `left` across the midsagittal plane.
void appendLeftRight(std::vector<core::Part>& parts, core::Part base, std::string_view id,
                     std::string_view name, core::Mesh left);

}  // namespace tpa::body
