// What covers the fingers and the thumb in an écorché hand: on the palm side the fibrous flexor
// sheaths with the long flexor tendons in them, on the back the extensor expansions.
#pragma once

#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/mesh.h"

namespace tpa::body {

// Left side, five pieces each (four fingers, then the thumb), laid on the finger layout that
// the skin and the hand skeleton share (hand_layout.h). Each piece is half a shell round its
// digit, from over the knuckle to round the tip: cast out from the digit's axis, it lies a
// set depth under the skin (so it tapers with the finger and rounds off over the pad) and
// clear of the phalanges; it thins toward its rims and its proximal end. The palmar half is
// the sheath, the dorsal half the expansion; they overlap along the sides, the sheath above.
// Swept as straps pressed under the skin they stood out of it over the decimated fingers,
// ended square at the knuckles and showed the thumb edge-on from the front.
struct FingerCovers {
    core::Mesh sheaths;     // "digital-flexor-sheaths"
    core::Mesh expansions;  // "extensor-expansions"
};

FingerCovers fingerCovers(const Rig& rig, const SdfModel& skin);

}  // namespace tpa::body
