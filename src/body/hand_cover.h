// What covers the palm, the fingers and the thumb in an écorché hand: the palmar aponeurosis,
// on the palm side of the fingers the fibrous flexor sheaths with the long flexor tendons in
// them, on the back the extensor expansions.
#pragma once

#include <vector>

#include "body/muscle_table.h"
#include "body/rig.h"

namespace tpa::body {

// Rows swept like the other tendons (aponeurosis.cpp), left side, from the finger layout that
// the skin and the hand skeleton share (hand_layout.h): the palmar half of each finger and of
// the thumb ("digital-flexor-sheaths", five pieces), then the dorsal half ("extensor-
// expansions", five pieces). Each is laid across three anchors round the finger (one side, the
// middle of its face, the other side), so pressed under the skin it wraps a little over half
// the finger and the two halves overlap along its sides: the bare phalanges showed before.
std::vector<MuscleSpec> fingerCoverRows(const Rig& rig);

// The palmar aponeurosis ("palmar-aponeurosis", one part in five pieces): a fan from its apex
// just below the flexor retinaculum (where palmaris longus ends) over the middle of the palm,
// and four slips from its wide end to the bases of the fingers, each into its flexor sheath.
// Drawn as one wide band it read as a rectangle.
std::vector<MuscleSpec> palmarAponeurosisRows(const Rig& rig);

}  // namespace tpa::body
