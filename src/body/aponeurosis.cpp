// Aponeuroses and tendons swept like muscles as thin straps, parts of kind Other: without
// them the écorché showed bone (lumbar spine, the front of the knee) or bare muscle ends
// where an anatomist looks for a tendon.
#include "body/aponeurosis.h"

#include "body/finger_cover.h"
#include "body/foot_bands.h"
#include "body/galea.h"
#include "body/hand_cover.h"
#include "body/limb_bands.h"
#include "body/muscle_builder.h"
#include "body/part_pair.h"

namespace tpa::body {
namespace {

using S = MuscleShape;
constexpr core::Layer kSuperficial = core::Layer::Superficial;
// Wide, thin sheets take the flat section with feathered rims (any sheetOverlap > 0): the
// elliptical one thins to a sliver at each rim, whose faces folded, and unfolding them drew
// the whole sheet into a thread.
constexpr float kFlat = 0.25f;

core::Part tendonPart(std::string id, std::string name, core::Side side,
                      core::Mesh mesh) {
    core::Part part;
    part.id = std::move(id);
    part.name = std::move(name);
    part.kind = core::PartKind::Other;
    part.side = side;
    part.layer = kSuperficial;
    part.mesh = std::move(mesh);
    return part;
}

// Left and right parts of one paired tendon; the right is the mirror of the left.
void addPaired(std::vector<core::Part>& parts, const MuscleSpec& spec, core::Mesh left) {
    core::Part base = tendonPart({}, {}, core::Side::Left, {});
    appendLeftRight(parts, std::move(base), spec.id, spec.name, std::move(left));
}

// Paired tendons: the width comes from the spread of the origin and insertion anchors (+x
// lateral, +y posterior, +z up), the depth is under the skin, over the muscles they cover.
const std::vector<MuscleSpec>& pairedTendons() {
    // One row per tendon reads better unwrapped.
    // clang-format off
    static const std::vector<MuscleSpec> rows{
        // From the apex of the patella (its bone reaches 23 mm below the landmark) to the
        // tibial tuberosity: about 25 mm wide, 5 mm thick, narrowing to about 20 (at 31 to 22
        // it read as a short, fat block between the retinacula). Anchors near
        // the depth it lies at (ones 14-20 mm inside the knee were pushed sideways onto the
        // skin's curve and flared its ends into flanges), a little wider than the band since
        // the skin's hollows beside it narrow it one fitting step. It lies 18-20 mm over the
        // bones (the skin's knee is thick): at one depth it stood off them as a box with square
        // ends. Its ends thin and sink toward the bone instead (thickness and depth profiles),
        // the top from over the patella's lower pole, and its lens section rounds its edges.
        {.id = "patellar-ligament", .name = "Patellar ligament", .shape = S::Strap, .layer = kSuperficial, .origin = {{"patella", {-12, -2, -12}}, {"patella", {12, -2, -12}}}, .insertion = {{"tibial-tuberosity", {-12, -8, -6}}, {"tibial-tuberosity", {12, -8, -6}}}, .width = 0, .thickness = 5, .depth0 = 1.5f, .depth1 = 1.5f, .thicknessProfile = {0.4f, 0.8f, 1, 1, 1, 1, 0.8f, 0.4f}, .depthProfile = {9, 4, 1, 0, 0, 0.5f, 4, 10}, .rimThinning = 1.0f},
        // The quadriceps tendon: from under the rectus femoris' end over the patella's base and
        // front to its apex, where its superficial fibres run on into the patellar ligament.
        // Without it the patella showed as a bare ball of bone between the muscles' ends and
        // the ligament, whose sunk top edge stood in front of it, concave with raised corners.
        // Its top sinks under the rectus, its lower end thins and sinks under the ligament's
        // face below that edge, so the band's face runs on without a step. 12 mm thick, its
        // deep face near the patella (the skin stands 18 mm off it): 3-6 mm thick, it left a
        // slit from the side between its borders and the retinacula, through the whole knee.
        // 6 mm wider than its anchors at the patella's middle: no narrower, the patella's
        // borders showed as bone between it and the retinacula.
        {.id = "quadriceps-tendon", .name = "Quadriceps tendon", .shape = S::Strap, .layer = kSuperficial, .origin = {{"patella", {-21, -4, 44}}, {"patella", {21, -4, 44}}}, .insertion = {{"patella", {-15, -6, -32}}, {"patella", {15, -6, -32}}}, .width = 6, .thickness = 12, .depth0 = 2.0f, .depth1 = 2.0f, .thicknessProfile = {0.6f, 1, 1, 1, 1, 0.8f, 0.5f, 0.3f}, .depthProfile = {7, 5, 2.8f, 0.8f, 0, 0, 2, 3.2f}, .rimThinning = 1.0f, .rings = 6},
        // The patellar retinacula: fibrous sheets either side of the patella and its ligament,
        // from their borders back to the femoral and tibial condyles, over the knee joint's
        // capsule and fat pad. Without them the side of the knee below the patella was a hole:
        // rays from the side passed between the ligament and the bones and out of the leg.
        // Swept from their upper border (from the patella's upper half back to the femoral
        // condyle) down to the tibial condyle, so their top sinks under the vasti's lower ends
        // (across one depth, it stood over them as a pale plate with a hard edge) and their
        // front and back borders take the sheet's feathered rims. The medial one's back edge
        // dives toward its lower end (depthAcross < 0) under the sartorius and vastus
        // medialis: at one depth with their faces the two crossed in a saw-toothed edge.
        // 4.5 mm under the skin, under the ligament's level, their front borders run down
        // under its edges (at 2 mm they stood as high as the ligament, as two pale shields
        // beside a box, and their borders stopped short of it over a strip of bone). The
        // lateral one's back border runs back under the iliotibial tract and the biceps over
        // the lateral tibial condyle, which showed between them from the side.
        // Their front borders run 2 mm further in than the ligament's narrower edges.
        {.id = "patellar-retinaculum-lateral", .name = "Lateral patellar retinaculum", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"patella", {16, 4, 18}}, {"patella", {36, 44, -14}}}, .insertion = {{"patella", {6, 8, -52}}, {"patella", {34, 62, -58}}}, .width = 0, .thickness = 1.5f, .depth0 = 4.5f, .depth1 = 4.5f, .sheetOverlap = kFlat, .depthProfile = {4, 1.5f, 0, 0, 0}, .rings = 12},
        {.id = "patellar-retinaculum-medial", .name = "Medial patellar retinaculum", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"patella", {-16, 4, 18}}, {"patella", {-34, 34, -14}}}, .insertion = {{"patella", {-6, 8, -52}}, {"patella", {-32, 34, -54}}}, .width = 0, .thickness = 1.5f, .depth0 = 4.5f, .depth1 = 4.5f, .sheetOverlap = kFlat, .depthAcross = -4, .depthProfile = {4, 1.5f, 0, 0, 0}, .rings = 12},
        // The calcaneal tendon: from under the ends of the gastrocnemius' heads (its top at
        // 0.44 of the shank, under the lateral head's end at 0.47 and the medial head's at
        // 0.55, and between them), over the soleus, to the back of the calcaneus. Its top is
        // the gastrocnemius' aponeurosis, a broad thin sheet (its anchors 50 mm apart, more of
        // it lateral, where the lateral head ends higher) that narrows quickly below the heads
        // (spreadProfile) into the tendon; its face lies about 1.5 mm under the heads' thin
        // ends and over the soleus (depth 4.6 mm, its top 3 mm deeper still under the heads'
        // lateral rim, where its corner showed as a white sliver). As a 28 mm strap 5 mm deep
        // it was a pale blade between the heads' points (calf_ends_test.cpp); 7 mm deep the
        // soleus cut through it; with its lateral anchor at 28 mm the sweep sank whole under
        // the soleus. It narrows to 12 mm (centre lines 12 mm apart at 0.82, the lower
        // piece's top 14 at 0.76: at 18 and 24, wider than the upper piece there, a
        // broad pale Y under the heads covered most of the soleus from behind;
        // achilles_top_test.cpp). Two overlapping pieces: the skin of the calf meets the back
        // of the heel in a step about 150 mm up, and one sweep bridging it was narrowed to a
        // thread there. Straps, not sheets: a sheet this thin and near the skin also narrowed
        // to a thread. The lower piece flares onto the calcaneal tuberosity (ending 18 mm wide,
        // the tuberosity showed as bare bone either side of it from behind;
        // heel_back_test.cpp). Where they overlap the
        // lower piece's top sinks under the upper one and the upper one's end sinks under the
        // lower (depthProfile), so they cross once: level, the lower top stood proud as a pale
        // collar and the upper end lay 0.03-0.05 mm over the lower face, whose facets crossed
        // it back and forth: a jagged line across the tendon (achilles_top_test.cpp).
        {.id = "calcaneal-tendon", .name = "Calcaneal tendon", .shape = S::Strap, .layer = kSuperficial, .origin = {{"knee-joint..ankle-joint:0.44", {-18, 40, 0}}, {"knee-joint..ankle-joint:0.44", {32, 40, 0}}}, .insertion = {{"knee-joint..ankle-joint:0.82", {-6, 46, 0}}, {"knee-joint..ankle-joint:0.82", {6, 46, 0}}}, .width = 8, .thickness = 5, .depth0 = 4.6f, .depth1 = 2.0f, .thicknessProfile = {0.4f, 0.45f, 0.6f, 0.8f, 1.0f, 1.0f, 1.0f, 0.6f}, .spreadProfile = {0.75f, 0.95f, 0.9f, 0.6f, 0.5f, 0.5f, 0.65f, 1.0f}, .depthProfile = {3.0f, 0.4f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 1.2f}},
        {.id = "calcaneal-tendon", .name = "Calcaneal tendon", .shape = S::Strap, .layer = kSuperficial, .origin = {{"knee-joint..ankle-joint:0.76", {-7, 48, 0}}, {"knee-joint..ankle-joint:0.76", {7, 48, 0}}}, .insertion = {{"heel", {-14, -4, -2}}, {"heel", {14, -4, -2}}}, .width = 8, .thickness = 6, .depth0 = 2.0f, .depth1 = 2.0f, .depthProfile = {1.6f, 0.2f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}},
        // The thoracolumbar fascia's posterior layer, each side's half of a diamond over the
        // erector spinae from T12 down over the sacrum, out to the posterior iliac crest, in
        // two pieces (above and below its widest line, overlapping there); the halves overlap
        // 3 mm across the midline, where it is fixed to the spinous processes. Without it the
        // lumbar spines, the sacrum and the posterior iliac crests showed bare. The upper
        // piece lies under the latissimus dorsi (which arises from it) and the lower one
        // under the gluteus maximus' origin. Halves, not one sheet across the midline: the
        // wide midline sweep was tilted by its one-sided normal there and folded. Its top lies
        // 16 mm above T12, under the latissimus' borders, which meet beside the spines there (at
        // T12 + 8 the spines showed between them; at + 26 the piece folded away). The lower
        // piece ends 21 mm wide at the coccyx, under the gluteus maximus' medial border: 13 mm
        // wide, its feathered edge fell short of that border and the sacrum showed between.
        // The lower piece's top starts 3.8 mm down, 0.3-0.6 mm over the upper piece's face: at
        // 3.5 its edge stood 0.7-1.4 mm proud across the loin; under that face, the pieces lay
        // within 0.1 mm of each other and the upper piece's end showed as a ragged line; at 4
        // the gluteus medius' top cut into its feathered lateral corner over the crest. Its
        // lateral corners end 116 and 110 mm out, 44 and 54 mm above L5, under the latissimus'
        // crest border and the gluteus medius: at 134 mm (60 and 76 mm above L5) they stood out
        // between those muscles as white spikes round the lumbar triangle; with the lower one
        // at 124 mm its lateral edge still showed as a white pointed triangle between the
        // latissimus' lowest tip and the gluteus medius' top; at 106 mm the sacrum showed
        // beside the gluteus maximus' origin. Both pieces take the skin field's normals and the
        // lower piece's top sinks 1 mm, fading over a seventh of its length, so its edge runs
        // under the upper piece's end and their faces cross where they shade alike: with their
        // own normals and that edge on top, a crease ran across the diamond at the crests. Its
        // lateral rim sinks up to 4 mm beside the sacrum's upper half (depthAcross, fading
        // above and below), under the gluteus maximus' diving origin: at one depth the
        // muscle's border came up through it straight down 30 mm, bulged out and turned in a
        // notch onto the rim's diagonal; now one curve from the corner to the coccyx. It sinks
        // 2-5.5 mm from the corner down too, under the gluteus medius' top: at its depth there
        // it lay over that top, a white pointed triangle from behind between the latissimus'
        // tip and the gluteus medius and from the side a white spike reaching down between
        // the two glutei (lower_back_test.cpp). Most, 5.5 mm, a third of the way down, where
        // at 3 mm it floored a pit 10 mm deep lateral of the gluteus maximus' upper corner under
        // the latissimus' tip, its rim and side lit like a block of bone: now the gluteus
        // medius floors it. Sunk so far down to the sacrum, the gluteus maximus' medial border
        // bulged over it; further at the corner, the crest showed from the side in a slit.
        {.id = "thoracolumbar-fascia", .name = "Thoracolumbar fascia", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"t12", {-3, 10, 16}}, {"t12", {30, 10, 16}}}, .insertion = {{"l5", {-3, 20, 36}}, {"l5", {116, 20, 44}}}, .width = 0, .thickness = 2, .depth0 = 5.5f, .depth1 = 4.0f, .sheetOverlap = kFlat, .fieldNormals = true},
        {.id = "thoracolumbar-fascia", .name = "Thoracolumbar fascia", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"l5", {-3, 20, 64}}, {"l5", {110, 20, 54}}}, .insertion = {{"coccyx", {-3, 14, -8}}, {"coccyx", {18, 14, -8}}}, .width = 0, .thickness = 2, .depth0 = 3.8f, .depth1 = 2.5f, .sheetOverlap = kFlat, .depthAcross = -5.5f, .depthAcrossProfile = {0.36f, 0.55f, 1, 1, 0.73f, 0.73f, 0.36f, 0, 0}, .depthProfile = {1.0f, 0, 0, 0, 0, 0, 0, 0}, .fieldNormals = true},
        // The external oblique's aponeurosis over the lower abdomen: from under the muscle's
        // lower border (the umbilicus' level at the rectus to the anterior superior iliac
        // spine) down to the inguinal ligament (that spine to the pubic tubercle), medially to
        // the rectus' lateral border, under which it passes. Without it the iliopsoas, the
        // pelvis and the piriformis showed from the front between rectus and oblique. Its
        // inguinal border runs 14 mm below the line between the landmarks, under the tops of
        // the sartorius and iliopsoas: on the line, the ilium's front showed between them.
        // 2.5 mm under the skin at the top, 2 at the tubercle: at 4 its face lay a 2.3 mm step
        // below the muscle's lower border, a sheet cut out and laid in.
        {.id = "external-oblique-aponeurosis", .name = "Aponeurosis of external oblique", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"umbilicus", {56, 0, 24}}, {"asis", {4, -4, -10}}}, .insertion = {{"pubic-tubercle", {12, -4, 4}}, {"pubic-tubercle", {24, -4, -4}}}, .width = 0, .thickness = 2, .depth0 = 2.5f, .depth1 = 2.0f, .sheetOverlap = kFlat},
        // The four tendons of extensor digitorum, side by side from under the end of its belly
        // 50 mm above the wrist, under the extensor retinaculum (limb_bands.cpp) and
        // diverging over the back of the hand to the knuckles (the metacarpophalangeal joints:
        // index 49 mm lateral and 76 mm below the wrist, little finger 13 mm medial and 85 mm
        // below), where the extensor expansions carry them on to the fingertips; one part in
        // four pieces. Their tops sink under the belly's end (depthProfile); they flatten over
        // the heads (widthProfile), where the expansions begin. Begun at the wrist, they stood
        // on the belly's end as short pegs. 16 rings each: at one every few millimetres the
        // longer course took the body over its triangle budget (embedded_body_test.cpp).
        {.id = "extensor-digitorum-tendons", .name = "Tendons of extensor digitorum", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {8, 14, 0}}}, .insertion = {{"wrist-joint", {46, 8, -73}}}, .via = {{"wrist-joint", {10, 16, 2}}}, .width = 6, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.15f, 1.3f, 1.4f}, .depthProfile = {3.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}, .rings = 16},
        {.id = "extensor-digitorum-tendons", .name = "Tendons of extensor digitorum", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {3, 14, 0}}}, .insertion = {{"wrist-joint", {28, 8, -81}}}, .via = {{"wrist-joint", {6, 16, 2}}}, .width = 6, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.15f, 1.3f, 1.4f}, .depthProfile = {3.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}, .rings = 16},
        {.id = "extensor-digitorum-tendons", .name = "Tendons of extensor digitorum", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {-2, 14, 0}}}, .insertion = {{"wrist-joint", {8, 8, -84}}}, .via = {{"wrist-joint", {2, 16, 2}}}, .width = 6, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.15f, 1.3f, 1.4f}, .depthProfile = {3.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}, .rings = 16},
        {.id = "extensor-digitorum-tendons", .name = "Tendons of extensor digitorum", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {-7, 14, 0}}}, .insertion = {{"wrist-joint", {-10, 8, -83}}}, .via = {{"wrist-joint", {-2, 16, 2}}}, .width = 6, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.15f, 1.3f, 1.4f}, .depthProfile = {3.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}, .rings = 16},
        // The extensor digiti minimi's tendon, ulnar to them under the retinaculum and along
        // the back of the fifth metacarpal to the little finger's knuckle (its belly is drawn
        // with the extensor digitorum's): without it that metacarpal showed from behind.
        {.id = "extensor-digiti-minimi-tendon", .name = "Tendon of extensor digiti minimi", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {-12, 14, 0}}}, .insertion = {{"wrist-joint", {-15, 8, -82}}}, .via = {{"wrist-joint", {-7, 16, 0}}, {"wrist-joint", {-13, 12, -36}}}, .width = 6, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.15f, 1.3f, 1.4f}, .depthProfile = {3.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}, .rings = 16},
        // The long extensor's four tendons over the dorsum of the foot, from the front of the
        // ankle (under the extensor retinacula) along the second to fifth toes to their middle and
        // distal phalanges; one part in four pieces.
        {.id = "extensor-digitorum-longus-tendons", .name = "Tendons of extensor digitorum longus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"ankle-joint", {4, -40, 10}}}, .insertion = {{"ankle-joint", {-10, -194, -40}}}, .width = 5, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f},
        {.id = "extensor-digitorum-longus-tendons", .name = "Tendons of extensor digitorum longus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"ankle-joint", {8, -40, 10}}}, .insertion = {{"ankle-joint", {2, -188, -42}}}, .width = 5, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f},
        {.id = "extensor-digitorum-longus-tendons", .name = "Tendons of extensor digitorum longus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"ankle-joint", {12, -40, 10}}}, .insertion = {{"ankle-joint", {13, -178, -44}}}, .width = 5, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f},
        {.id = "extensor-digitorum-longus-tendons", .name = "Tendons of extensor digitorum longus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"ankle-joint", {16, -40, 10}}}, .insertion = {{"ankle-joint", {23, -166, -44}}}, .width = 5, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f},
        // The iliotibial tract: from over the greater trochanter, where tensor fasciae latae
        // (in front) and gluteus maximus (behind) end in it, down the lateral thigh over
        // vastus lateralis to Gerdy's tubercle on the lateral tibial condyle, about 45 mm
        // wide at mid-thigh. It began 70 mm below the trochanter, which
        // showed bare between the two muscles. It narrows over the last third of the thigh
        // (widthProfile) to about 25 mm on the tubercle, in front of the fibular head and below
        // the joint line: as wide there as at mid-thigh, it ended square across the joint and
        // read from the side as a bone-white plank. Its top is 30 mm over the trochanter: at
        // 24 the piriformis showed above it between the two glutei.
        {.id = "iliotibial-tract", .name = "Iliotibial tract", .shape = S::Strap, .layer = kSuperficial, .origin = {{"greater-trochanter", {6, -2, 30}}}, .insertion = {{"tibia-lateral-condyle", {4, -13, -6}}}, .width = 44, .thickness = 2, .depth0 = 2.0f, .depth1 = 2.0f, .sheetOverlap = kFlat, .widthProfile = {0.6f, 0.91f, 0.97f, 0.97f, 0.9f, 0.78f, 0.6f, 0.42f}},
    };
    // clang-format on
    return rows;
}

// Tendons of the arm and forearm: the triceps' on the back of the elbow, and the forearm
// flexors', brachioradialis' and the thumb's long abductor and extensors', from where their
// bellies end (0.62-0.9 of the forearm) to their insertions: swept to the wrist as muscle, the
// bellies thinned to a bundle of cords with the radius and ulna showing between them.
const std::vector<MuscleSpec>& armTendons() {
    // clang-format off
    static const std::vector<MuscleSpec> rows{
        // Triceps: the flat aponeurotic plate on the distal half of the back of the arm, from a
        // rounded top below the middle of the arm, about 30 mm wide, narrowing onto the
        // olecranon, its sides under the ends of the lateral and long heads (the heads alone
        // tapered to a point and left the humerus bare; a strap from one point stood off the
        // arm as a cone; as wide at the olecranon as above, it ended square across the elbow).
        // Anchors near the skin: from deeper chords the plate widened as it was pressed out.
        // It ends over the olecranon's back, below its tip, between the anconeus and the flexor
        // carpi ulnaris; ending at the tip, it left a band of bare olecranon below it. Its end
        // spans 20 mm of the olecranon, centred 4 mm lateral of it: 14 mm wide and centred on
        // it, the plate showed 17 mm wide over the olecranon as a narrow strip off to the
        // medial side, ending beside the anconeus. It lies 2.5 mm under the skin, its top only
        // 1.5 mm deeper (depthProfile), over the heads' inner borders, so its own feathered rim
        // is its outline, and its top narrows to a point (spreadProfile): 5 mm down and
        // sinking 4 more at the top, under the heads, the long head's border lay within 1 mm
        // over it across 4-10 mm of each row, their faces crossing back and forth in a ragged
        // line, and it showed as a pale strip 23 mm wide (now 31 over 0.58-0.92 of the arm;
        // arm_back_test.cpp); 8.5 mm down at the top it stood out of the groove between the
        // heads as a pale tongue with a jagged top. Its medial corner at the top is 8 mm
        // nearer the middle, under the long head, which keeps its breadth. Its last fifth keeps
        // more of its breadth onto the olecranon (spreadProfile's last samples 1.0, 0.6 -> 1.1,
        // 0.75): narrowing to 12 mm it ended in a point between the anconeus and the flexor carpi
        // ulnaris, a tongue that stopped short of the elbow's point.
        {.id = "triceps-tendon", .name = "Tendon of triceps brachii", .shape = S::Sheet, .layer = kSuperficial, .origin = {{"shoulder-joint..elbow-joint:0.53", {-32, 45, 0}}, {"shoulder-joint..elbow-joint:0.53", {18, 45, 0}}}, .insertion = {{"olecranon", {-6, 12, -10}}, {"olecranon", {14, 12, -10}}}, .width = 0, .thickness = 3, .depth0 = 2.5f, .depth1 = 2.5f, .sheetOverlap = kFlat, .spreadProfile = {0.02f, 0.6f, 0.9f, 1.0f, 1.15f, 1.25f, 1.1f, 0.75f}, .depthProfile = {1.5f, 0.5f, 0.0f, 0.0f, 0.0f}},
        // Brachioradialis: along the radial border to the base of the radial styloid, its end
        // over the styloid's front (6 mm higher, the styloid showed below it). Widening from
        // 14 mm under the belly's end to 17 over the lower half: at 14 there the radius showed
        // between it and the profundus' band above the styloid.
        {.id = "brachioradialis-tendon", .name = "Tendon of brachioradialis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.58", {22, -12, 0}}}, .insertion = {{"radial-styloid", {-4, -8, 6}}}, .width = 17, .thickness = 4, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {0.82f, 0.82f, 0.9f, 1.0f, 1.0f}},
        // The flexor tendons at the wrist are rounded cords converging on the carpal tunnel,
        // not the flat slabs they were (9 and 28 mm wide, 4-5 mm thick); they dive under the
        // flexor retinaculum (2 mm under the skin) toward their ends.
        // Flexor carpi radialis: down the front of the wrist, lateral to the digital flexors,
        // into the palm to the base of the second metacarpal; from under its belly's end.
        {.id = "flexor-carpi-radialis-tendon", .name = "Tendon of flexor carpi radialis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.68", {6, -18, 0}}}, .insertion = {{"second-metacarpal-base", {-4, -12, 4}}}, .via = {{"wrist-joint", {12, -20, 14}}}, .width = 5, .thickness = 5, .depth0 = 1.5f, .depth1 = 5.0f},
        // Flexor digitorum profundus' tendons, one flat band under the superficialis' cords
        // into the carpal tunnel: without it the radius and ulna showed between the cords.
        // Out to the flexor carpi radialis' tendon, standing in for the flexor pollicis
        // longus' (not drawn), and 4.5 mm under the skin: at 6 mm and 30 mm wide it passed
        // under the front of the radius, which showed beside the radial flexor's tendon. Its
        // radial end reaches the styloid's front, where a speck of radius showed. From 0.72,
        // under the superficialis' belly: from 0.62 its jagged top showed through that belly.
        // Its ulnar end reaches the flexor carpi ulnaris: 8 mm short, the ulna showed between.
        {.id = "flexor-digitorum-profundus-tendons", .name = "Tendons of flexor digitorum profundus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.72", {-10, -12, 0}}, {"elbow-joint..wrist-joint:0.72", {14, -12, 0}}}, .insertion = {{"wrist-joint", {-24, -12, -8}}, {"wrist-joint", {28, -12, -8}}}, .width = 14, .thickness = 2.5f, .depth0 = 4.5f, .depth1 = 4.5f, .sheetOverlap = kFlat},
        // Flexor digitorum superficialis: its four tendons converging from under the end of the
        // belly into the carpal tunnel; one part in four pieces. Flat (9 by 3.5 mm) and side by
        // side, touching, one band 3 mm under the skin; they rise to it from under the belly's
        // end (depthProfile), where at its depth their square tops cut notches in it. As round
        // 5 mm cords apart, 3-4 mm deep, they read as white sticks with dark gaps between.
        {.id = "flexor-digitorum-superficialis-tendons", .name = "Tendons of flexor digitorum superficialis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.74", {12, -14, 0}}}, .insertion = {{"wrist-joint", {8, -14, -10}}}, .width = 9, .thickness = 3.5f, .depth0 = 3.0f, .depth1 = 5.0f, .depthProfile = {4.0f, 2.0f, 0.5f, 0.0f, 0.0f, 0.0f}},
        {.id = "flexor-digitorum-superficialis-tendons", .name = "Tendons of flexor digitorum superficialis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.74", {4, -14, 0}}}, .insertion = {{"wrist-joint", {2, -14, -10}}}, .width = 9, .thickness = 3.5f, .depth0 = 3.0f, .depth1 = 4.5f, .depthProfile = {4.0f, 2.0f, 0.5f, 0.0f, 0.0f, 0.0f}},
        {.id = "flexor-digitorum-superficialis-tendons", .name = "Tendons of flexor digitorum superficialis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.74", {-4, -14, 0}}}, .insertion = {{"wrist-joint", {-4, -14, -10}}}, .width = 9, .thickness = 3.5f, .depth0 = 3.0f, .depth1 = 4.5f, .depthProfile = {4.0f, 2.0f, 0.5f, 0.0f, 0.0f, 0.0f}},
        {.id = "flexor-digitorum-superficialis-tendons", .name = "Tendons of flexor digitorum superficialis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.74", {-12, -14, 0}}}, .insertion = {{"wrist-joint", {-10, -14, -10}}}, .width = 9, .thickness = 3.5f, .depth0 = 3.0f, .depth1 = 5.0f, .depthProfile = {4.0f, 2.0f, 0.5f, 0.0f, 0.0f, 0.0f}},
        // The thumb's long abductor and extensors, which bound the anatomical snuffbox (the
        // knowledge base has no entry for them, so they are drawn as their tendons): from behind
        // the first metacarpal showed between the abductor pollicis brevis and the dorsal
        // interossei, and the carpus at the wrist's lateral side. Abductor pollicis longus and
        // extensor pollicis brevis side by side from the back of the distal forearm, where
        // their bellies end, round its lateral border over the extensor carpi radiales and the
        // radial styloid (the snuffbox's front border), to the base of the first metacarpal and
        // the base of the proximal phalanx; the thumb's extensor expansion carries on to its
        // tip. 12 rings each (412 triangles, not 796): short cords whose bends still read round.
        {.id = "abductor-pollicis-longus-tendon", .name = "Tendon of abductor pollicis longus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.78", {24, 10, 0}}}, .insertion = {{"thumb-base", {16, 2, -4}}}, .via = {{"radial-styloid", {11, -10, 1}}}, .width = 6, .thickness = 3, .depth0 = 1.5f, .depth1 = 1.5f, .rings = 12},
        {.id = "extensor-pollicis-brevis-tendon", .name = "Tendon of extensor pollicis brevis", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {24, 6, 0}}}, .insertion = {{"thumb-base", {40, -4, -38}}}, .via = {{"radial-styloid", {12, -5, -2}}, {"thumb-base", {16, 10, -14}}}, .width = 5, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 2.5f, .rings = 12},
        // Extensor pollicis longus, the snuffbox's back border: from the back of the forearm,
        // round the radius' dorsal tubercle, obliquely over the extensor carpi radiales'
        // tendons and along the back of the first metacarpal to its metacarpophalangeal joint.
        {.id = "extensor-pollicis-longus-tendon", .name = "Tendon of extensor pollicis longus", .shape = S::Strap, .layer = kSuperficial, .origin = {{"elbow-joint..wrist-joint:0.8", {16, 22, 0}}}, .insertion = {{"thumb-base", {30, 2, -34}}}, .via = {{"wrist-joint", {8, 23, 8}}, {"wrist-joint", {27, 11, -10}}, {"thumb-base", {11, 18, -10}}}, .width = 5, .thickness = 2.5f, .depth0 = 1.5f, .depth1 = 1.5f, .rings = 12},
    };
    // clang-format on
    return rows;
}

// Consecutive rows with one id are pieces of one part (closed each), left and right.
void addPieces(std::vector<core::Part>& parts, const std::vector<MuscleSpec>& rows,
               const Rig& rig, const SdfModel& skin, const SdfModel& cranium) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        core::Mesh mesh = buildMuscleMesh(rows[i], rig, skin, cranium);
        while (i + 1 < rows.size() && rows[i + 1].id == rows[i].id)
            mesh.append(buildMuscleMesh(rows[++i], rig, skin, cranium));
        addPaired(parts, rows[i], std::move(mesh));
    }
}

}  // namespace

std::vector<core::Part> aponeurosisParts(const Rig& rig, const SdfModel& skin,
                                         const SdfModel& cranium) {
    // Across the midline: from 6 mm either side at the pubis to 8 mm at the xiphoid, under
    // the recti's medial borders (they lie 2 mm from the midline and on it), a little deeper
    // than their outer face so their edges lie over it. Sunk below the umbilicus and,
    // 1.4-1.9 mm, above it (depthProfile), so the recti's rounded medial borders cover all but
    // a seam: at one depth it read as a finger-wide rod from xiphoid to pubis, and at 1 mm
    // above the umbilicus as a 19-22 mm rod, a second sternum. Its top rises to the skin's
    // level over the xiphoid, which showed through it 0.8 mm down; 13 mm either side there it
    // was 22 mm wide below the xiphoid, and at 6-7 mm the sternum's lower corners showed
    // beside its top.
    const MuscleSpec lineaAlba{
        .id = "linea-alba",
        .name = "Linea alba",
        .shape = MuscleShape::Sheet,
        .layer = core::Layer::Superficial,
        .origin = {{"pubic-symphysis", {-6, -2, -18}}, {"pubic-symphysis", {6, -2, -18}}},
        .insertion = {{"xiphoid", {-8, -4, 30}}, {"xiphoid", {8, -4, 30}}},
        .width = 0,
        .thickness = 2,
        .depth0 = 2.5f,
        .depth1 = 2.5f,
        .depthProfile = {2.5f, 2.5f, 2.2f, 1.8f, 1.4f, 1.1f, 1.4f, 1.8f, 1.9f, 1.2f, 0.0f}};
    std::vector<core::Part> parts;
    parts.push_back(tendonPart("linea-alba", "Linea alba", core::Side::Midline,
                               buildMuscleMesh(lineaAlba, rig, skin, cranium)));
    addPieces(parts, pairedTendons(), rig, skin, cranium);
    appendLeftRight(parts, tendonPart({}, {}, core::Side::Left, {}), "galea-aponeurotica",
                    "Galea aponeurotica", galeaHalf(rig, skin, cranium));
    addPieces(parts, limbBandRows(), rig, skin, cranium);
    addPieces(parts, toeCoverRows(), rig, skin, cranium);
    addPieces(parts, footBandRows(), rig, skin, cranium);
    addPieces(parts, armTendons(), rig, skin, cranium);
    // The hand: the palmar aponeurosis and what covers the fingers and the thumb (hand_cover.h).
    addPieces(parts, palmarAponeurosisRows(rig), rig, skin, cranium);
    FingerCovers covers = fingerCovers(rig, skin);
    appendLeftRight(parts, tendonPart({}, {}, core::Side::Left, {}), "digital-flexor-sheaths",
                    "Fibrous flexor sheaths and long flexor tendons", std::move(covers.sheaths));
    appendLeftRight(parts, tendonPart({}, {}, core::Side::Left, {}), "extensor-expansions",
                    "Extensor expansions (dorsal digital hoods)", std::move(covers.expansions));
    return parts;
}

}  // namespace tpa::body
