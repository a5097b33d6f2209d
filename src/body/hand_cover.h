// What covers the palm in an écorché hand: the palmar aponeurosis (the fingers' covers are in
// finger_cover.h).
#pragma once

#include <vector>

#include "body/muscle_table.h"
#include "body/rig.h"

namespace tpa::body {

// The palmar aponeurosis ("palmar-aponeurosis", one part in five pieces): a fan from its apex
// just below the flexor retinaculum (where palmaris longus ends) over the middle of the palm,
// and four slips from its wide end to the bases of the fingers, each into its flexor sheath.
// Drawn as one wide band it read as a rectangle.
std::vector<MuscleSpec> palmarAponeurosisRows(const Rig& rig);

// The lumbricals ("lumbricals-hand", one muscle part in four pieces, no knowledge-base entry):
// each from the flexor digitorum profundus tendon in the middle of the palm to the radial side
// of its finger's knuckle, under the palmar aponeurosis, so they show between its slips.
std::vector<MuscleSpec> lumbricalRows(const Rig& rig);

}  // namespace tpa::body
