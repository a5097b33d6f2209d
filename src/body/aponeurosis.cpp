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
    static const std::vector<MuscleSpec> rows{
        // From the apex of the patella (its bone reaches 23 mm below the landmark) to the
        // tibial tuberosity: about 28 mm wide, 5 mm thick, narrowing a little downward.
        {"patellar-ligament", "Patellar ligament", S::Strap, kSuperficial,
         {{"patella", {-14, 6, -14}}, {"patella", {14, 6, -14}}},
         {{"tibial-tuberosity", {-11, 0, -4}}, {"tibial-tuberosity", {11, 0, -4}}},
         {}, 0, 5, 1.5f, 1.5f},
        // The calcaneal tendon: from under the ends of the gastrocnemius' heads (its top at
        // 0.46 of the shank, 5 mm deep, under the lateral head's end at 0.5 and the medial
        // head's at 0.58, and between them), over the soleus, to the back of the calcaneus,
        // narrowing from 44 to 12 mm. Two
        // overlapping pieces: the skin of the calf meets the back of the heel in a step about
        // 150 mm up, and one sweep bridging it was narrowed to a thread there. Straps, not
        // sheets: a sheet this thin and near the skin also narrowed to a thread.
        {"calcaneal-tendon", "Calcaneal tendon", S::Strap, kSuperficial,
         {{"knee-joint..ankle-joint:0.46", {-18, 40, 0}}, {"knee-joint..ankle-joint:0.46", {18, 40, 0}}},
         {{"knee-joint..ankle-joint:0.82", {-9, 46, 0}}, {"knee-joint..ankle-joint:0.82", {9, 46, 0}}},
         {}, 8, 5, 5.0f, 2.0f},
        {"calcaneal-tendon", "Calcaneal tendon", S::Strap, kSuperficial,
         {{"knee-joint..ankle-joint:0.76", {-12, 48, 0}}, {"knee-joint..ankle-joint:0.76", {12, 48, 0}}},
         {{"heel", {-9, -4, -2}}, {"heel", {9, -4, -2}}},
         {}, 8, 6, 2.0f, 2.0f},
        // The thoracolumbar fascia's posterior layer, each side's half of a diamond over the
        // erector spinae from T12 down over the sacrum, out to the posterior iliac crest, in
        // two pieces (above and below its widest line, overlapping there); the halves overlap
        // 3 mm across the midline, where it is fixed to the spinous processes. Without it the
        // lumbar spines, the sacrum and the posterior iliac crests showed bare. The upper
        // piece lies under the latissimus dorsi (which arises from it) and the lower one
        // under the gluteus maximus' origin. Halves, not one sheet across the midline: the
        // wide midline sweep was tilted by its one-sided normal there and folded.
        {"thoracolumbar-fascia", "Thoracolumbar fascia", S::Sheet, kSuperficial,
         {{"t12", {-3, 10, 8}}, {"t12", {30, 10, 8}}},
         {{"l5", {-3, 20, 36}}, {"l5", {134, 20, 60}}},
         {}, 0, 2, 5.5f, 4.0f, 1, false, 1.0f, kFlat},
        {"thoracolumbar-fascia", "Thoracolumbar fascia", S::Sheet, kSuperficial,
         {{"l5", {-3, 20, 64}}, {"l5", {134, 20, 76}}},
         {{"coccyx", {-3, 14, -8}}, {"coccyx", {10, 14, -8}}},
         {}, 0, 2, 3.5f, 2.5f, 1, false, 1.0f, kFlat},
        // The external oblique's aponeurosis over the lower abdomen: from under the muscle's
        // lower border (the umbilicus' level at the rectus to the anterior superior iliac
        // spine) down to the inguinal ligament (that spine to the pubic tubercle), medially to
        // the rectus' lateral border, under which it passes. Without it the iliopsoas, the
        // pelvis and the piriformis showed from the front between rectus and oblique.
        {"external-oblique-aponeurosis", "Aponeurosis of external oblique", S::Sheet, kSuperficial,
         {{"umbilicus", {56, 0, 24}}, {"asis", {6, -4, 10}}},
         {{"pubic-tubercle", {12, -4, 4}}, {"pubic-tubercle", {20, -4, 10}}},
         {}, 0, 2, 4.0f, 2.5f, 1, false, 1.0f, kFlat},
        // The four tendons of extensor digitorum over the back of the hand, from under the
        // extensor retinaculum at the wrist, diverging to the knuckles (the metacarpophalangeal
        // joints: index 44 mm lateral and 74 mm below the wrist, little finger 8 mm medial and
        // 86 mm below); one part in four pieces. The back of the hand showed bare metacarpals.
        {"extensor-digitorum-tendons", "Tendons of extensor digitorum", S::Strap, kSuperficial,
         {{"wrist-joint", {12, 10, -4}}}, {{"wrist-joint", {42, 8, -72}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        {"extensor-digitorum-tendons", "Tendons of extensor digitorum", S::Strap, kSuperficial,
         {{"wrist-joint", {8, 10, -4}}}, {{"wrist-joint", {26, 8, -80}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        {"extensor-digitorum-tendons", "Tendons of extensor digitorum", S::Strap, kSuperficial,
         {{"wrist-joint", {4, 10, -4}}}, {{"wrist-joint", {9, 8, -84}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        {"extensor-digitorum-tendons", "Tendons of extensor digitorum", S::Strap, kSuperficial,
         {{"wrist-joint", {0, 10, -4}}}, {{"wrist-joint", {-7, 8, -84}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        // The long extensor's four tendons over the dorsum of the foot, from the front of the
        // ankle (under the extensor retinacula) along the second to fifth toes to their middle and
        // distal phalanges; one part in four pieces.
        {"extensor-digitorum-longus-tendons", "Tendons of extensor digitorum longus", S::Strap, kSuperficial,
         {{"ankle-joint", {4, -40, 10}}}, {{"ankle-joint", {-10, -194, -40}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        {"extensor-digitorum-longus-tendons", "Tendons of extensor digitorum longus", S::Strap, kSuperficial,
         {{"ankle-joint", {8, -40, 10}}}, {{"ankle-joint", {2, -188, -42}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        {"extensor-digitorum-longus-tendons", "Tendons of extensor digitorum longus", S::Strap, kSuperficial,
         {{"ankle-joint", {12, -40, 10}}}, {{"ankle-joint", {13, -178, -44}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        {"extensor-digitorum-longus-tendons", "Tendons of extensor digitorum longus", S::Strap, kSuperficial,
         {{"ankle-joint", {16, -40, 10}}}, {{"ankle-joint", {23, -166, -44}}}, {}, 5, 2.5f, 1.5f, 1.5f},
        // The iliotibial tract: from over the greater trochanter, where tensor fasciae latae
        // (in front) and gluteus maximus (behind) end in it, down the lateral thigh over
        // vastus lateralis to Gerdy's tubercle on the lateral tibial condyle, about 45 mm
        // wide at mid-thigh. It began 70 mm below the trochanter, which
        // showed bare between the two muscles.
        {"iliotibial-tract", "Iliotibial tract", S::Strap, kSuperficial,
         {{"greater-trochanter", {6, -2, 24}}}, {{"tibia-lateral-condyle", {4, -8, 4}}},
         {}, 44, 2, 2.0f, 2.0f, 1, false, 1.0f, kFlat},
    };
    return rows;
}

// Tendons of the arm and forearm: the triceps' on the back of the elbow, and the forearm
// flexors' and brachioradialis', from where their bellies end (0.62-0.8 of the forearm) to
// their insertions: swept to the wrist as muscle, the bellies thinned to a bundle of cords with
// the radius and ulna showing between them.
const std::vector<MuscleSpec>& armTendons() {
    static const std::vector<MuscleSpec> rows{
        // Triceps: the flat aponeurotic plate on the distal half of the back of the arm, about
        // 34 mm wide, to the olecranon, its sides under the ends of the lateral and long heads
        // (the heads alone tapered to a point and left the humerus bare; a strap from one
        // point stood off the arm as a cone).
        {"triceps-tendon", "Tendon of triceps brachii", S::Sheet, kSuperficial,
         {{"shoulder-joint..elbow-joint:0.45", {-15, 30, 0}}, {"shoulder-joint..elbow-joint:0.45", {15, 30, 0}}},
         {{"olecranon", {-15, 0, 2}}, {"olecranon", {15, 0, 2}}}, {}, 0, 3, 12.0f, 3.5f, 1, false, 1.0f,
         kFlat},
        // Brachioradialis: along the radial border to the base of the radial styloid.
        {"brachioradialis-tendon", "Tendon of brachioradialis", S::Strap, kSuperficial,
         {{"elbow-joint..wrist-joint:0.58", {22, -12, 0}}}, {{"radial-styloid", {-4, -8, 12}}},
         {}, 14, 4, 1.5f, 1.5f},
        // The flexor tendons at the wrist are rounded cords converging on the carpal tunnel,
        // not the flat slabs they were (9 and 28 mm wide, 4-5 mm thick); they dive under the
        // flexor retinaculum (2 mm under the skin) toward their ends.
        // Flexor carpi radialis: down the front of the wrist, lateral to the digital flexors,
        // into the palm to the base of the second metacarpal.
        {"flexor-carpi-radialis-tendon", "Tendon of flexor carpi radialis", S::Strap, kSuperficial,
         {{"elbow-joint..wrist-joint:0.58", {6, -18, 0}}}, {{"second-metacarpal-base", {-4, -12, 4}}},
         {{"wrist-joint", {12, -20, 14}}}, 5, 5, 1.5f, 5.0f},
        // Flexor digitorum profundus' tendons, one flat band under the superficialis' cords
        // into the carpal tunnel: without it the radius and ulna showed between the cords.
        {"flexor-digitorum-profundus-tendons", "Tendons of flexor digitorum profundus",
         S::Strap, kSuperficial, {{"elbow-joint..wrist-joint:0.62", {0, -12, 0}}},
         {{"wrist-joint", {0, -12, -8}}}, {}, 30, 2.5f, 6.0f, 6.0f, 1, false, 1.0f, kFlat},
        // Flexor digitorum superficialis: its four tendons, two over two, converging from the
        // end of the belly into the carpal tunnel; one part in four pieces.
        {"flexor-digitorum-superficialis-tendons", "Tendons of flexor digitorum superficialis",
         S::Strap, kSuperficial, {{"elbow-joint..wrist-joint:0.7", {12, -14, 0}}},
         {{"wrist-joint", {8, -14, -10}}}, {}, 5, 5, 4.0f, 5.0f},
        {"flexor-digitorum-superficialis-tendons", "Tendons of flexor digitorum superficialis",
         S::Strap, kSuperficial, {{"elbow-joint..wrist-joint:0.7", {4, -14, 0}}},
         {{"wrist-joint", {2, -14, -10}}}, {}, 5, 5, 3.0f, 4.5f},
        {"flexor-digitorum-superficialis-tendons", "Tendons of flexor digitorum superficialis",
         S::Strap, kSuperficial, {{"elbow-joint..wrist-joint:0.7", {-4, -14, 0}}},
         {{"wrist-joint", {-4, -14, -10}}}, {}, 5, 5, 3.0f, 4.5f},
        {"flexor-digitorum-superficialis-tendons", "Tendons of flexor digitorum superficialis",
         S::Strap, kSuperficial, {{"elbow-joint..wrist-joint:0.7", {-12, -14, 0}}},
         {{"wrist-joint", {-10, -14, -10}}}, {}, 5, 5, 4.0f, 5.0f},
    };
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
    // Across the midline: from 6 mm either side at the pubis to 11 mm at the xiphoid, under
    // the recti's medial borders (they lie 2 and 6 mm from the midline), a little deeper
    // than their outer face so their edges lie over it.
    const MuscleSpec lineaAlba{"linea-alba", "Linea alba", MuscleShape::Sheet,
                               core::Layer::Superficial,
                               {{"pubic-symphysis", {-6, -2, 10}}, {"pubic-symphysis", {6, -2, 10}}},
                               {{"xiphoid", {-11, -4, 6}}, {"xiphoid", {11, -4, 6}}},
                               {}, 0, 2, 2.5f, 2.5f};
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
