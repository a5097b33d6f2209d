// The intercostal muscles: a thin sheet over the side and front of the rib cage, between and
// just over the ribs, under the serratus anterior, the external oblique and the pectorals.
#pragma once

#include <vector>

#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/part.h"

namespace tpa::body {

// Left and right parts `intercostals.left/.right` (context muscles: deep layer, no
// knowledge-base id). Without them every gap between the superficial muscles of the chest
// wall showed the ribs as white bars with dark holes between them.
std::vector<core::Part> intercostalParts(const Rig& rig, const SdfModel& skin);

}  // namespace tpa::body
