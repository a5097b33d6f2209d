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
        // The bicipital aponeurosis: from the medial side of the biceps' tendon where the belly
        // ends, a thin triangle fanning down and medially over the pronator teres and the
        // flexors' origin toward the ulna. Its top starts under the biceps' end (depthProfile),
        // so it leaves the biceps instead of lying on it as a white card 30 mm wide with
        // straight ends. Widest at its lower end (insertion anchors farther apart, the spread
        // growing along it, spreadProfile): 15 mm there with a rounded end, it read as a pale
        // banana across the elbow. That end lies about 2.3 mm under the skin, deeper than the
        // 1.5 mm every muscle is pressed under (kMinDepth in muscle_builder.cpp): shallower, a
        // wider end was pressed unevenly, folded, and the unfolding crumpled it to a blob. Its
        // last rings sink half a millimetre onto the flexors so its lower corner tapers into
        // them; sunk further (1.1 mm once the flexors' bellies ran further down, or under their
        // faces), its border followed their seams in notches and
        // holes. 0.8 mm thick, laid at the depth of the muscles under it, its medial rim sunk
        // half a millimetre toward them where they fall away to the forearm's border
        // (sheetRimSink; at 1 mm the pronator teres' face bit into that border); at 1.5 mm,
        // 1 mm under the skin and running nearly straight down the medial side, it stood off
        // them as a white blade. Fifteen rings: the count its former, longer course took.
        {.id = "bicipital-aponeurosis", .name = "Bicipital aponeurosis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint", {10, -26, -8}}}, .insertion = {{"elbow-joint..wrist-joint:0.145", {-42, -11, 0}}, {"elbow-joint..wrist-joint:0.215", {-24, -18, 0}}}, .width = 3, .thickness = 0.8f, .depth0 = 1.0f, .depth1 = 1.0f, .sheetOverlap = kFlat, .spreadProfile = {0.8f, 0.8f, 0.8f, 0.85f, 0.9f, 0.95f, 1.0f, 1.0f, 1.0f}, .depthProfile = {6.0f, 4.5f, 3.0f, 0.6f, 0.3f, 0.2f, 0.2f, 0.3f, 0.5f}, .sheetRimSink = 0.5f, .sheetRimSides = 1, .rings = 15},
        // The oblique popliteal ligament: the semimembranosus' expansion over the back of the
        // knee's capsule, from the medial tibial condyle up and out to the lateral femoral
        // condyle; it floors the popliteal fossa between the gastrocnemius' heads, where the
        // condyles showed. Its upper edge runs up the femur's popliteal surface to 0.8 of the
        // thigh (a second insertion anchor), a dark floor for the diamond's upper half where the
        // semimembranosus now turns medially (the femur showed there); 15 rings, the count it had.
        {.id = "oblique-popliteal-ligament", .name = "Oblique popliteal ligament", .shape = S::Strap, .layer = kSuperficial, .origin = {{"tibia-medial-condyle", {14, 22, 10}}}, .insertion = {{"femur-lateral-condyle", {-14, 22, 30}}, {"hip-joint..knee-joint:0.8", {4, 30, 0}}}, .width = 28, .thickness = 3, .depth0 = 10.0f, .depth1 = 10.0f, .sheetOverlap = kFlat, .rings = 15},
        // The pes anserinus: the sartorius' flat tendon, with the gracilis' and semitendinosus'
        // under it, from the end of the sartorius' belly on the knee's medial side down and
        // forward below the medial condyle, fanning onto the tibia's medial face below and
        // medial to the tuberosity (the sartorius' own end was a red pointed flag there, see
        // muscle_table_lower.cpp). Its top lies 1 mm under the skin, over the sartorius' end,
        // which sinks under it, so the red ends in one line across the strap (laid under the
        // belly and rising, it met the belly's rounded face first at its rims, and the red ran
        // on as a tongue down its middle); 18 mm wide there, it covers that end and the
        // gracilis beside it, which showed in front at 16. Its end is a line of two anchors,
        // taken over the last third (spreadProfile) and then drawn in, with the width, so its
        // corners round off: at full spread and width to the end it read as a pale card with a
        // pointed lower corner. 11 rings, to keep the body within its triangle budget.
        {.id = "pes-anserinus", .name = "Pes anserinus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"knee-joint", {-32, -12, 14}}}, .insertion = {{"knee-joint", {-8, -34, -46}}, {"knee-joint", {-18, -27, -70}}}, .via = {{"knee-joint", {-31, -14, -25}}}, .width = 18, .thickness = 2, .depth0 = 1.0f, .depth1 = 1.0f, .sheetOverlap = kFlat, .widthProfile = {1, 0.9f, 0.8f, 0.75f, 0.75f, 0.75f, 0.7f, 0.45f}, .spreadProfile = {0, 0, 0, 0.25f, 0.6f, 0.9f, 1, 0.6f}, .depthProfile = {0, 0, 0.3f, 0.5f, 0.5f, 0.5f, 0.8f, 2}, .rings = 11},
        // The flexor retinaculum: across the front of the wrist from the pisiform and hamate to
        // the scaphoid and trapezium, where the thenar, the hypothenar and the palmar
        // aponeurosis begin; the carpal bones showed between them. 24 mm from top to bottom,
        // 2 mm higher, and out over the pisiform: at 20 mm and ending 4 mm short of it, the
        // carpus showed in a seam along its upper border and beside its ulnar end. Its lower
        // border stays where it was over the hypothenar (hand_test.cpp). Narrower and sunk at
        // its ends, it blends into the eminences: full width to them it stood on the wrist as
        // a box lid with square corners. Its ulnar end sinks 3.5 mm under the hypothenar,
        // which arises from it: sunk 2.4 mm its end crossed the hypothenar's face in a ragged
        // notched edge, a rectangle's end laid against the eminence.
        {.id = "flexor-retinaculum", .name = "Flexor retinaculum", .shape = S::Strap, .layer = kSuperficial, .origin = {{"wrist-joint", {-22, -13, -18}}}, .insertion = {{"wrist-joint", {20, -16, -19}}}, .via = {{"wrist-joint", {2, -18, -18}}}, .width = 24, .thickness = 2.5f, .depth0 = 2.0f, .depth1 = 2.0f, .sheetOverlap = kFlat, .widthProfile = {0.7f, 0.92f, 1.0f, 1.0f, 1.0f, 1.0f, 0.75f}, .depthProfile = {3.5f, 1.4f, 0.2f, 0.0f, 0.0f, 0.1f, 2.0f}},
        // The extensor retinaculum: across the back of the wrist, obliquely from the radius'
        // lateral border above the styloid down to the triquetrum and pisiform, over the
        // extensor tendons, which fan out from under its lower border; the extensor digitorum's
        // belly ran on over the carpus as a red block with its tendons' tops as pegs on it.
        // Laid like the ankle's (foot_bands.cpp): 1 mm under the skin over the tendons, its
        // ends narrowed and sunk toward the bones they hold to. It and the floor below take
        // 12 and 8 rings, to keep the body within its triangle budget.
        {.id = "extensor-retinaculum", .name = "Extensor retinaculum", .shape = S::Strap, .layer = kSuperficial, .origin = {{"wrist-joint", {-27, 6, -2}}}, .insertion = {{"wrist-joint", {29, 2, 10}}}, .via = {{"wrist-joint", {2, 20, 3}}}, .width = 22, .thickness = 1.5f, .depth0 = 1.0f, .depth1 = 1.0f, .sheetOverlap = kFlat, .widthProfile = {0.55f, 0.85f, 1.0f, 1.0f, 1.0f, 0.85f, 0.55f}, .depthProfile = {4.0f, 1.0f, 0.0f, 0.0f, 0.0f, 1.0f, 4.0f}, .rings = 12},
        // The dorsal carpal ligaments and the deep fascia over the back of the carpus, a floor
        // under the extensor tendons from under the retinaculum's lower border to the
        // metacarpals' bases, under the interossei's tops: the carpal bones showed between
        // the tendons there. 2-2.5 mm under the skin, just under the tendons' faces: at
        // 3.5-4 mm the carpus still showed through it (8 of 95 rays in hand_test.cpp).
        {.id = "dorsal-carpal-ligaments", .name = "Dorsal carpal ligaments", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"wrist-joint", {-24, 10, -4}}, {"wrist-joint", {28, 10, 0}}}, .insertion = {{"wrist-joint", {-18, 8, -34}}, {"wrist-joint", {30, 8, -28}}}, .width = 0, .thickness = 1.5f, .depth0 = 2.0f, .depth1 = 2.5f, .sheetOverlap = kFlat, .rings = 8},
    };
    // clang-format on
    return rows;
}

}  // namespace tpa::body
