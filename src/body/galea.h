// The galea aponeurotica: one continuous tendinous cap over the vault, built directly on the
// cranium as a thin shell (not swept like a muscle).
#pragma once

#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// The left half of the galea (the right is its mirror): a closed slab 2 mm thick laid on the
// braincase (`cranium`, under the `skin`) from under the frontalis' upper border over the
// vertex to under the occipitalis' and, between the occipital bellies, down to the external
// occipital protuberance; laterally down to the superior temporal line, over the temporalis'
// upper border. It reaches 1.5 degrees across the midline, where it lies a little under its
// mirror twin so the two do not z-fight.
core::Mesh galeaHalf(const Rig& rig, const SdfModel& skin, const SdfModel& cranium);

}  // namespace tpa::body
