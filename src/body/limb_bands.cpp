// Tendon-coloured bands of the limbs (parts of kind Other, no knowledge-base muscle): without
// them the écorché showed bone in the cubital fossa, the popliteal fossa and across the carpus.
#include "body/limb_bands.h"

namespace tpa::body {

const std::vector<MuscleSpec>& limbBandRows() {
    using S = MuscleShape;
    constexpr core::Layer kSuperficial = core::Layer::Superficial;
    // Thin bands take the flat section with feathered rims (see aponeurosis.cpp).
    constexpr float kFlat = 0.25f;
    // Rows wrapped by hand, as in aponeurosis.cpp.
    // clang-format off
    static const std::vector<MuscleSpec> rows{
        // The bicipital aponeurosis: from the end of the biceps' bellies down and medially over
        // the pronator teres and the flexors' origin toward the ulna.
        {"bicipital-aponeurosis", "Bicipital aponeurosis", S::Strap, kSuperficial,
         {{"elbow-joint", {2, -24, 4}}, {"elbow-joint", {16, -24, -4}}},
         {{"elbow-joint..wrist-joint:0.2", {-22, -12, 0}}},
         {}, 6, 2, 1.5f, 1.5f, 1, false, 1.0f, kFlat},
        // The oblique popliteal ligament: the semimembranosus' expansion over the back of the
        // knee's capsule, from the medial tibial condyle up and out to the lateral femoral
        // condyle; it floors the popliteal fossa between the gastrocnemius' heads, where the
        // condyles showed.
        {"oblique-popliteal-ligament", "Oblique popliteal ligament", S::Strap, kSuperficial,
         {{"tibia-medial-condyle", {14, 22, 10}}}, {{"femur-lateral-condyle", {-14, 22, 30}}},
         {}, 28, 3, 10.0f, 10.0f, 1, false, 1.0f, kFlat},
        // The flexor retinaculum: across the front of the wrist from the pisiform and hamate to
        // the scaphoid and trapezium, where the thenar, the hypothenar and the palmar
        // aponeurosis begin; the carpal bones showed between them.
        {"flexor-retinaculum", "Flexor retinaculum", S::Strap, kSuperficial,
         {{"wrist-joint", {-18, -14, -20}}}, {{"wrist-joint", {20, -16, -20}}},
         {{"wrist-joint", {2, -18, -20}}}, 20, 2.5f, 2.0f, 2.0f, 1, false, 1.0f, kFlat},
    };
    // clang-format on
    return rows;
}

}  // namespace tpa::body
