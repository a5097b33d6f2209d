// Tendon-coloured parts of the foot and ankle (parts of kind Other, no knowledge-base muscle):
// without them the toes were bare bone rays and the ankle's tendons ran free over the bone.
#include "body/foot_bands.h"

namespace tpa::body {

const std::vector<MuscleSpec>& footBandRows() {
    using S = MuscleShape;
    constexpr core::Layer kSuperficial = core::Layer::Superficial;
    // Placed freely round the bone (depth < 0) and kept under the skin: each runs along its
    // toe's ray (skeleton_limbs.cpp) from 14 mm behind the metatarsal head (2-4 mm higher, over
    // the shaft) to 5-6 mm past the tip of the distal phalanx, thick enough to hold the head at
    // its base and, tapering and rounded (S::Digit), the phalanges to the tip. Offsets from the
    // ankle joint, where the rig places the foot's landmarks. The big toe's is clearly the
    // biggest.
    // clang-format off
    static const std::vector<MuscleSpec> rows{
        {"extensor-expansions-foot", "Extensor expansions (foot)", S::Digit, kSuperficial,
         {{"ankle-joint", {-19.7f, -134.1f, -38.7f}}}, {{"ankle-joint", {-21.1f, -207.5f, -47.6f}}}, {}, 22, 20, -1, -1},
        {"extensor-expansions-foot", "Extensor expansions (foot)", S::Digit, kSuperficial,
         {{"ankle-joint", {-13.1f, -130.8f, -39.8f}}}, {{"ankle-joint", {-2.75f, -198.4f, -52.8f}}}, {}, 12, 12, -1, -1},
        {"extensor-expansions-foot", "Extensor expansions (foot)", S::Digit, kSuperficial,
         {{"ankle-joint", {-4.1f, -127.3f, -41.9f}}}, {{"ankle-joint", {5.75f, -191.9f, -53.75f}}}, {}, 11, 11.5f, -1, -1},
        {"extensor-expansions-foot", "Extensor expansions (foot)", S::Digit, kSuperficial,
         {{"ankle-joint", {4.9f, -123.8f, -44.1f}}}, {{"ankle-joint", {14.2f, -185.4f, -54.7f}}}, {}, 10, 11, -1, -1},
        {"extensor-expansions-foot", "Extensor expansions (foot)", S::Digit, kSuperficial,
         {{"ankle-joint", {14.4f, -120.3f, -44.3f}}}, {{"ankle-joint", {22.7f, -178.9f, -55.6f}}}, {}, 10.5f, 11, -1, -1},
        // The superior extensor retinaculum: a band across the front of the leg above the
        // ankle, from the anterior border of the tibia to that of the fibula, over the tendons
        // of tibialis anterior, extensor hallucis longus and extensor digitorum longus. Both
        // bands lie 1 mm under the skin, 1.5 mm thick with the flat section, over those
        // tendons (1.5-3 mm under it), through a via on the front of the ankle: a band laid
        // deeper had gone under the tendons it holds down, which showed through it.
        {"extensor-retinacula-foot", "Extensor retinacula (ankle)", S::Strap, kSuperficial,
         {{"ankle-joint", {-26, -12, 40}}}, {{"ankle-joint", {30, -4, 40}}},
         {{"ankle-joint", {2, -34, 40}}}, 24, 1.5f, 1.0f, 1.0f, 1, false, 1.0f, 0.25f},
        // The inferior extensor retinaculum's stem and upper band: from the front of the
        // calcaneus, lateral, up over the front of the ankle to the medial malleolus.
        {"extensor-retinacula-foot", "Extensor retinacula (ankle)", S::Strap, kSuperficial,
         {{"ankle-joint", {32, -26, -26}}}, {{"ankle-joint", {-28, -14, 2}}},
         {{"ankle-joint", {4, -42, -8}}}, 14, 1.5f, 1.0f, 1.0f, 1, false, 1.0f, 0.25f},
    };
    // clang-format on
    return rows;
}

}  // namespace tpa::body
