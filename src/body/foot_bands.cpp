// Tendon-coloured parts of the foot and ankle (parts of kind Other, no knowledge-base muscle):
// without them the toes were bare bone rays and the ankle's tendons ran free over the bone.
#include "body/foot_bands.h"

namespace tpa::body {

const std::vector<MuscleSpec>& toeCoverRows() {
    using S = MuscleShape;
    constexpr core::Layer kSuperficial = core::Layer::Superficial;
    // Placed freely round the bone (depth < 0) and kept under the skin: each runs along its
    // toe's ray (skeleton_limbs.cpp) from 14 mm behind the metatarsal head (2-4 mm higher, over
    // the shaft; shorter, the heads showed from the front) to about the end of the distal
    // phalanx, thick enough to hold the head at its base and, tapering and rounded like a
    // finger's end (S::Digit), the phalanges to the tip. Ended 6 mm past the tip they stood out
    // as sticks with ends pressed flat by the skin. Offsets from the ankle joint, where the rig
    // places the foot's landmarks. The big toe's is clearly the biggest.
    // clang-format off
    static const std::vector<MuscleSpec> rows{
        {.id = "extensor-expansions-foot", .name = "Extensor expansions (foot)", .shape = S::Digit, .layer = kSuperficial, .origin = {{"ankle-joint", {-19.7f, -134.1f, -38.7f}}}, .insertion = {{"ankle-joint", {-21.1f, -207.5f, -47.6f}}}, .width = 22, .thickness = 20, .depth0 = -1, .depth1 = -1},
        {.id = "extensor-expansions-foot", .name = "Extensor expansions (foot)", .shape = S::Digit, .layer = kSuperficial, .origin = {{"ankle-joint", {-13.1f, -130.8f, -39.8f}}}, .insertion = {{"ankle-joint", {-2.8f, -198.0f, -52.7f}}}, .width = 12, .thickness = 12, .depth0 = -1, .depth1 = -1},
        {.id = "extensor-expansions-foot", .name = "Extensor expansions (foot)", .shape = S::Digit, .layer = kSuperficial, .origin = {{"ankle-joint", {-4.1f, -127.3f, -41.9f}}}, .insertion = {{"ankle-joint", {5.7f, -191.5f, -53.7f}}}, .width = 11, .thickness = 11.5f, .depth0 = -1, .depth1 = -1},
        {.id = "extensor-expansions-foot", .name = "Extensor expansions (foot)", .shape = S::Digit, .layer = kSuperficial, .origin = {{"ankle-joint", {4.9f, -123.8f, -44.1f}}}, .insertion = {{"ankle-joint", {14.2f, -185.0f, -54.6f}}}, .width = 10, .thickness = 11, .depth0 = -1, .depth1 = -1},
        {.id = "extensor-expansions-foot", .name = "Extensor expansions (foot)", .shape = S::Digit, .layer = kSuperficial, .origin = {{"ankle-joint", {14.4f, -120.3f, -44.3f}}}, .insertion = {{"ankle-joint", {22.7f, -178.5f, -55.6f}}}, .width = 10.5f, .thickness = 11, .depth0 = -1, .depth1 = -1},
    };
    // clang-format on
    return rows;
}

const std::vector<MuscleSpec>& footBandRows() {
    using S = MuscleShape;
    constexpr core::Layer kSuperficial = core::Layer::Superficial;
    // clang-format off
    static const std::vector<MuscleSpec> rows{
        // The superior extensor retinaculum: a band across the front of the leg above the
        // ankle, from the anterior border of the tibia to that of the fibula, over the tendons
        // of tibialis anterior, extensor hallucis longus and extensor digitorum longus and the
        // fibularis tertius, lying on them flush. Laid 1 mm under the skin throughout, it read
        // from the front as a thick bracelet: the skin stands 3-5 mm off the tendons, 7-10 mm off
        // the fibularis tertius and 15-20 mm off the tibia's medial face, so its edges stood
        // 2-8 mm proud of the parts above and below it as a lit rim and its medial end stood out
        // past the tibia (foot_dorsum_test.cpp). Its depth follows the parts under it ring
        // by ring (depthProfile, 1 mm thick, 26 rings: at 17 the chord between two rings cut
        // under the tibialis anterior's crest, which showed through in a red notch); its lower
        // border sinks 1.1 mm more over the tendons (depthAcross), which sink away from the
        // skin toward the ankle; its medial end stops on the tibialis anterior's medial edge,
        // and its lateral end sinks toward the fibula under the fibularis brevis. A band laid
        // deeper still goes under the tendons it holds down, which show through it. Its ends
        // narrow (widthProfile): at full width they ended square, pale plates standing off the
        // ankle from the side.
        {.id = "extensor-retinacula-foot", .name = "Extensor retinacula (ankle)", .shape = S::Strap, .layer = kSuperficial, .origin = {{"ankle-joint", {-14, -25, 40}}}, .insertion = {{"ankle-joint", {30, -4, 40}}}, .via = {{"ankle-joint", {2, -34, 40}}, {"ankle-joint", {20, -22, 40}}}, .width = 18, .thickness = 1.0f, .depth0 = 1.0f, .depth1 = 1.0f, .sheetOverlap = 0.25f, .depthAcross = -1.1f, .depthAcrossProfile = {1, 1, 1, 1, 1, 1, 1, 1, 0.6f, 0, 0, 0, 0}, .widthProfile = {0.4f, 0.75f, 1.0f, 1.0f, 1.0f, 0.75f, 0.4f}, .depthProfile = {6.0f, 0.6f, 1.1f, 1.6f, 1.2f, 1.2f, 1.2f, 2.2f, 4.7f, 6.9f, 6.3f, 7.1f, 9.0f}, .rings = 26},
        // The inferior extensor retinaculum's stem and upper band: from the front of the
        // calcaneus, lateral, up over the front of the ankle to the medial malleolus, 1 mm under
        // the skin and 1.5 mm thick with the flat section, over the tendons (1.5-3 mm under
        // it), through a via on the front of the ankle. The stem runs down under the top of the
        // extensor digitorum brevis, which arises in part from it (narrower and 6 mm deep at
        // its end): 2.5 mm deep it ended over the belly as a pale plate with a square, lifted
        // end, seen from the side.
        {.id = "extensor-retinacula-foot", .name = "Extensor retinacula (ankle)", .shape = S::Strap, .layer = kSuperficial, .origin = {{"ankle-joint", {32, -26, -26}}}, .insertion = {{"ankle-joint", {-28, -14, 2}}}, .via = {{"ankle-joint", {4, -42, -8}}}, .width = 14, .thickness = 1.5f, .depth0 = 1.0f, .depth1 = 1.0f, .sheetOverlap = 0.25f, .widthProfile = {0.3f, 0.7f, 1.0f, 1.0f, 1.0f, 0.8f, 0.45f}, .depthProfile = {6.0f, 2.5f, 0.5f, 0.0f, 0.0f, 1.0f, 2.0f}},
        // The fibular tendons, cords from the ends of the bellies above the lateral malleolus
        // (muscle_table_lower.cpp) down behind it in its groove, round under its tip and forward
        // along the lateral calcaneus: the brevis' in front, against the bone, then above the
        // fibular trochlea to the base of the fifth metatarsal; the longus' behind and outside
        // it, then below the trochlea to the groove of the cuboid, where it turns into the sole.
        // The longus' lies nearer the skin, so the two do not share a face where they touch.
        // The longus' begins 150 mm above the malleolus, 2.5 mm deeper at its top so it comes
        // out from under the point of the belly, and runs down on the brevis 0.5-1 mm proud of
        // it: begun at 80 mm, its top lay under the brevis, 7.5 mm deep, and from the side the
        // tendon appeared only 36 mm above the malleolus, a gap below the belly's end.
        {.id = "fibularis-tendons", .name = "Tendons of fibularis longus and brevis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"lateral-malleolus", {-8, 4, 150}}}, .insertion = {{"cuboid", {16, -4, -10}}}, .via = {{"lateral-malleolus", {-6, 8, 80}}, {"lateral-malleolus", {-2, 19, 6}}, {"lateral-malleolus", {6, 8, -24}}}, .width = 9, .thickness = 3, .depth0 = 1.5f, .depth1 = 1.5f, .depthProfile = {2.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {.id = "fibularis-tendons", .name = "Tendons of fibularis longus and brevis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"lateral-malleolus", {-4, 12, 36}}}, .insertion = {{"fifth-metatarsal-base", {2, 0, 4}}}, .via = {{"lateral-malleolus", {-1, 12, 4}}, {"lateral-malleolus", {6, -2, -14}}}, .width = 8, .thickness = 3, .depth0 = 2.0f, .depth1 = 2.0f},
        // The heel pad: the fibro-fatty cushion that cups the calcaneal tuberosity below the
        // calcaneal tendon's insertion, up its lateral and medial faces behind the fibular
        // tendons and the abductor hallucis and round under it (the tuberosity showed bare from
        // behind and from the side). Swept across three anchors, side, back, side, from its rim
        // down to the sole.
        {.id = "heel-pad", .name = "Heel pad", .shape = S::Strap, .layer = kSuperficial, .origin = {{"heel", {22, -30, 0}}, {"heel", {0, 8, -6}}, {"heel", {-22, -30, 0}}}, .insertion = {{"heel", {20, -44, -26}}, {"heel", {0, -14, -30}}, {"heel", {-20, -44, -26}}}, .width = 0, .thickness = 5, .depth0 = 1.5f, .depth1 = 1.5f},
        // Its lateral wall, the fat and fibrous septa over the lateral face of the tuberosity
        // under the fibular tendons and behind them to the calcaneal tendon: swept as one cup, the wide
        // rings were narrowed to its rim and its base, with the bone bare between them.
        {.id = "heel-pad", .name = "Heel pad", .shape = S::Strap, .layer = kSuperficial, .origin = {{"heel", {24, -44, 16}}, {"heel", {24, 4, 18}}}, .insertion = {{"heel", {24, -46, -16}}, {"heel", {24, 6, -16}}}, .width = 0, .thickness = 4, .depth0 = 3.0f, .depth1 = 3.0f},
    };
    // clang-format on
    return rows;
}

}  // namespace tpa::body
