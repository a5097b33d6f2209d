// The skin as an implicit surface: a smooth union of shapes hung on the rig's joints.
#pragma once

#include "body/rig.h"
#include "body/sdf_model.h"

namespace tpa::body {

// Left half and midline only (x >= 0); the skin mesh is the mirror-welded polygonisation.
SdfModel skinField(const Rig& rig);

}  // namespace tpa::body
