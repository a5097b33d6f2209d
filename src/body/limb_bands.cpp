// Tendon-coloured bands of the limbs (parts of kind Other, no knowledge-base muscle): without
// them the biceps ended in a blunt stump over the cubital fossa.
#include "body/limb_bands.h"

namespace tpa::body {

const std::vector<MuscleSpec>& limbBandRows() {
    using S = MuscleShape;
    constexpr core::Layer kSuperficial = core::Layer::Superficial;
    static const std::vector<MuscleSpec> rows{
        // The bicipital aponeurosis: from the end of the biceps' bellies down and medially over the pronator teres
        // and the flexors' origin toward the ulna.
        {"bicipital-aponeurosis", "Bicipital aponeurosis", S::Strap, kSuperficial,
         {{"elbow-joint", {2, -24, 4}}, {"elbow-joint", {16, -24, -4}}}, {{"elbow-joint..wrist-joint:0.2", {-22, -12, 0}}}, {}, 6, 2, 1.5f, 1.5f, 1, false, 1.0f, 0.25f},
    };
    return rows;
}

}  // namespace tpa::body
