// Muscle table rows for the trunk, abdomen, hip, thigh, leg and foot (see muscle_table.cpp).
#include "body/muscle_table.h"

namespace tpa::body {

using S = MuscleShape;
using L = core::Layer;

std::vector<MuscleSpec> trunkAndLeg() {
    // One row per muscle reads better unwrapped.
    // clang-format off
    return {
        {.id = "iliocostalis-thoracis", .name = "Iliocostalis thoracis", .shape = S::Column, .layer = L::Intermediate, .origin = {{"t12", {58, -14, -10}}}, .insertion = {{"t1", {48, -14, -20}}}, .via = {{"t7", {62, -14, 0}}}, .width = 20, .thickness = 12, .depth0 = 9, .depth1 = 9},
        {.id = "iliocostalis-lumborum", .name = "Iliocostalis lumborum", .shape = S::Column, .layer = L::Intermediate, .origin = {{"psis", {12, 2, 20}}}, .insertion = {{"t7", {60, -14, -40}}}, .via = {{"l1", {56, -8, 0}}}, .width = 26, .thickness = 18, .depth0 = 6, .depth1 = 9},
        {.id = "longissimus-thoracis", .name = "Longissimus thoracis", .shape = S::Column, .layer = L::Intermediate, .origin = {{"s2", {26, -4, 0}}}, .insertion = {{"t1", {28, -16, 0}}}, .via = {{"l3", {30, -2, 0}}, {"t7", {30, -10, 0}}}, .width = 24, .thickness = 22, .depth0 = 6, .depth1 = 9},
        {.id = "multifidus", .name = "Multifidus", .shape = S::Column, .layer = L::Deep, .origin = {{"s2", {12, -6, -10}}}, .insertion = {{"c2", {8, -4, -10}}}, .via = {{"l3", {14, -8, 0}}, {"t7", {12, -12, 0}}}, .width = 14, .thickness = 12, .depth0 = 20, .depth1 = 20},
        {.id = "quadratus-lumborum", .name = "Quadratus lumborum", .shape = S::Sheet, .layer = L::Deep, .origin = {{"iliac-crest", {-30, 14, -6}}, {"iliac-crest", {-84, 30, -20}}}, .insertion = {{"t12", {70, -40, -10}}, {"l1", {30, -40, 0}}}, .width = 0, .thickness = 14, .depth0 = 44, .depth1 = 44},
        // The rectus' top end sinks 7 mm, starting a tenth of its length lower (depthProfile),
        // and its medial corner reaches 12 mm higher on the xiphoid, under the pectoralis major's
        // lowest slip: sunk 4.5 mm over its last tenth, it lay about a millimetre under that
        // slip near its origin and showed through it in teeth along the lower border, and
        // beside the xiphoid a hole opened between the two (pectoral_fan_test.cpp). Its top
        // intersection moves to 0.85 of the way up so that it stays at the xiphoid.
        // Its medial corner is on the midline at the xiphoid and its top sinks only 1 mm at 0.9
        // of its length, so the two recti nearly meet there: 6 mm out and 2 mm down, their
        // rounded medial borders lay under the linea alba's flat face, which read as a rod
        // 19-22 mm wide from the umbilicus to the xiphoid (linea_alba_test.cpp).
        {.id = "rectus-abdominis", .name = "Rectus abdominis", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"pubic-symphysis", {2, -2, -24}}, {"pubic-symphysis", {36, -2, -6}}}, .insertion = {{"xiphoid", {0, -4, 44}}, {"rib-5-front", {6, -8, 12}}}, .width = 0, .thickness = 10, .depth0 = 0.7f, .depth1 = 0.7f, .intersections = {0.42f, 0.62f, 0.85f}, .intersectionRimKeep = 0.8f, .thicknessProfile = {0.3f, 0.62f, 0.84f, 0.92f, 0.98f, 1.0f, 0.98f, 0.92f, 0.84f, 0.72f, 0.15f}, .spreadProfile = {0.72f, 0.86f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f}, .depthProfile = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0f, 7.0f}},
        // The external oblique's first digitations start under the pectoralis major's lower
        // border: its origin dives 2.5 mm along the stretch from beside the rectus out toward
        // the armpit (originDive), where at the skin's depth it lay 0.1-1.3 mm in front of the
        // pectoral's lowest slip, a dark shard over its border. Its top medial corner starts
        // 36 mm medial of the 5th rib's front, under the rectus' lateral rim: 22 mm out, its
        // medial border sank beside the rectus' sinking rim and the 7th-8th costal cartilages
        // showed between the two as white specks (oblique_border_test.cpp). Its insertion end
        // stands 0.1 mm prouder (depthProfile): its lower border met the aponeurosis' top corner
        // face to face, and with the medial corner moved the corner showed as a pale tooth.
        // Its corner on the crest lies 24 mm under and 6 mm out from the crest's highest point,
        // so its lower border runs over the outer lip: 16 mm under it, the feathered border sank
        // onto the crest's lateral bulge on the way from the anterior spine and the ilium
        // showed through as a white pinhole (oblique_border_test.cpp). Standing prouder there
        // (0.7 mm) it was narrowed away from the skin and bared the crest and gluteus medius.
        {.id = "external-oblique", .name = "External oblique", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"rib-5-front", {-36, 2, -8}}, {"rib-5-front", {36, 10, 30}}, {"rib-8-lateral", {2, -12, 12}}, {"rib-10-lateral", {-6, 60, -30}}}, .insertion = {{"umbilicus", {34, 0, 40}}, {"asis", {2, -2, -10}}, {"iliac-crest", {6, 2, -24}}}, .width = 0, .thickness = 8, .depth0 = 1.5f, .depth1 = 1.5f, .originDive = 2.5f, .depthProfile = {0, 0, 0, 0, 0, 0, 0, 0, 0, -0.1f}},
        {.id = "iliopsoas", .name = "Iliopsoas", .shape = S::Fan, .layer = L::Deep, .origin = {{"l1", {30, -62, 0}}, {"iliac-fossa", {0, 0, 20}}}, .insertion = {{"lesser-trochanter", {0, -4, 0}}}, .via = {{"hip-joint", {-22, -40, 22}}}, .width = 16, .thickness = 28, .depth0 = -1, .depth1 = -1},
        // Its corners are carried back from the trunk's axis before they are fitted under the
        // skin (liftCorners): the lines between its anchors run 40-60 mm deep through the
        // buttock, and projected from there onto the nearest skin its faces went to the side
        // of the hip or back and folded into angular plates. Its origin runs on from the
        // coccyx along the sacrotuberous ligament over the ischial tuberosity, so its lower
        // border is a curve over the tuberosity rather than a corner at the coccyx. Its lower
        // fibres insert 160 mm under the trochanter (the tract and the gluteal tuberosity): at
        // 100 mm, level with the tuberosity anchor, the lower border ran as a horizontal seam
        // across the buttock seen from the side instead of obliquely down and forward. Its
        // origin dives 10 mm at the PSIS, fading toward the tuberosity (originDive), under the
        // thoracolumbar fascia: at the skin's level its first rings bridged out over the crest,
        // were laid unbevelled and folded, and relaxing the folds left a spike at the corner
        // (6 mm left its face crossing the fascia's below the corner in a notched edge).
        // Its lower border thins and sinks 1 mm (lastRimFeather): at full thickness to the
        // rim, its lower part stood off the thigh as a flat plate with a hard edge. Its lowest
        // insertion reaches 160 mm under the trochanter, so the lower border runs obliquely from
        // the coccyx to the tract (at 130 it read as a level cut across the buttock with a flap
        // below it); over 40 % of the half-width sunk 1 mm, the thin rim stays over the
        // hamstrings' tops (sunk 2 mm over 60 % at this length, they showed through it). Its
        // face still ran flat to a 4 mm bevel there, and from the side the border read as the
        // cut edge of a card, a lit rim over a dark line: it rolls under over its last 10 mm
        // (lastRimRoll, 3 mm at the rim), turning down into the thigh's face. Its lowest
        // insertion lies 20 mm behind the trochanter's line, on the tract's back part: at 28 its
        // corner ended over the vastus lateralis 5 mm behind the tract.
        {.id = "gluteus-maximus", .name = "Gluteus maximus", .shape = S::Fan, .layer = L::Superficial, .origin = {{"psis", {18, 6, 28}}, {"sacrum-lateral", {2, 8, 0}}, {"coccyx", {2, 10, -16}}, {"ischial-tuberosity", {-6, 22, -30}}}, .insertion = {{"greater-trochanter", {8, 14, 12}}, {"greater-trochanter", {-6, 20, -160}}}, .width = 0, .thickness = 30, .depth0 = 1.5f, .depth1 = 1.5f, .sheetOverlap = 0.25f, .originDive = 10, .liftCorners = true, .lastRimFeather = 0.4f, .lastRimSink = 1, .lastRimRoll = 10, .lastRimRollDrop = 3},
        // Its origin reaches a little over the crest and lies nearer the skin there than its
        // belly: at the belly's depth the ilium showed between it and the obliques. Its top
        // ends 8 mm above the PSIS and 12 mm lateral to it, under the latissimus' crest border:
        // ending 10 mm below the PSIS and 20 mm lateral, it left the fascia showing between
        // them as a white channel, its own border toothed across it (lower_back_test.cpp). Its
        // crest anchor lies 6 mm behind the crest: at 4, with its posterior end raised, the
        // internal oblique showed through its top there in dark triangles. Its posterior top
        // lies 4 mm nearer the back: from the side, the crest showed in a dark slit between it
        // and the gluteus maximus' upper rim (lower_back_test.cpp).
        {.id = "gluteus-medius", .name = "Gluteus medius", .shape = S::Fan, .layer = L::Superficial, .origin = {{"asis", {4, 0, 8}}, {"iliac-crest", {8, 6, 14}}, {"psis", {12, 4, 8}}}, .insertion = {{"greater-trochanter", {0, -4, 8}}}, .width = 0, .thickness = 20, .depth0 = 2.5f, .depth1 = 4},
        // Laid freely on the outer face of the ilium's wing (its anchors 6-8 mm off the bone),
        // from the anterior gluteal line to the front of the greater trochanter: under the skin
        // at one depth it lay in the gluteus medius' place as a flap at the foot of the wing.
        {.id = "gluteus-minimus", .name = "Gluteus minimus", .shape = S::Fan, .layer = L::Deep, .origin = {{"asis", {20, 12, 34}}, {"iliac-crest", {-4, -12, -37}}, {"psis", {46, -29, -17}}}, .insertion = {{"greater-trochanter", {-6, -10, 4}}}, .width = 0, .thickness = 12, .depth0 = -1, .depth1 = -1},
        // Free, not under the skin: at one depth under the buttock it followed its curve as a
        // crumpled flap. Broad on the front of the sacrum (S2-S4), out through the greater
        // sciatic notch to the top of the greater trochanter.
        {.id = "piriformis", .name = "Piriformis", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"sacrum-lateral", {-2, -16, 12}}, {"sacrum-lateral", {-4, -18, -34}}}, .insertion = {{"greater-trochanter", {-14, 10, 14}}}, .width = 14, .thickness = 16, .depth0 = -1, .depth1 = -1},
        // From the anterior superior iliac spine and the crest's outer lip behind it, 46 mm
        // wide: from the spine alone, its thin end left the ilium bare above and behind it, and
        // 38 mm wide it left the trochanter's front between it and the gluteus medius.
        {.id = "tensor-fasciae-latae", .name = "Tensor fasciae latae", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"asis", {8, 4, 4}}, {"asis", {12, 26, 8}}}, .insertion = {{"greater-trochanter", {6, -16, -90}}}, .width = 46, .thickness = 16, .depth0 = 3, .depth1 = 3},
        // Laid freely from the pecten (the tubercle to the iliopubic eminence) down and back to
        // the pectineal line, a flat plate in the femoral triangle's floor medial to the
        // iliopsoas: fitted under the skin of the groin's crease, its top crumpled into a fan.
        // 36 mm wide, its medial edge reaches under the adductor longus' outer edge: at 30 a
        // slot between them showed the pubis and the hamstrings behind it.
        {.id = "pectineus", .name = "Pectineus", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"pubic-tubercle", {6, 4, 6}}, {"pubic-tubercle", {38, 32, 32}}}, .insertion = {{"lesser-trochanter", {-2, -14, -28}}}, .width = 36, .thickness = 12, .depth0 = -1, .depth1 = -1},
        // The sartorius' belly ends on the knee's medial side just below the joint line, narrowed
        // to half its width; its tendon, the pes anserinus' superficial sheet, runs on from there
        // as a part of its own (limb_bands.cpp), and its last tenth sinks 5 mm under that
        // tendon's top. Run on below the knee and fanned forward onto the tibia as a red sheet
        // (its insertion a line from below the tuberosity down and back), its back border met
        // that line at an acute angle, a red flag hooked at the tibia beside the patellar
        // ligament: from the front 992 rays below the tibial condyle met it first, its lowest
        // 12 rows tapering to a point (pes_anserinus_test.cpp). Anchors, a wider or shallower
        // end and a three-point insertion each left the point or folded its front corner.
        {.id = "sartorius", .name = "Sartorius", .shape = S::Strap, .layer = L::Superficial, .origin = {{"asis", {0, -4, -8}}}, .insertion = {{"knee-joint", {-33, -8, -5}}}, .via = {{"hip-joint..knee-joint:0.5", {-40, -40, 0}}, {"knee-joint", {-42, 12, 70}}}, .width = 30, .thickness = 8, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {0.6f, 0.829f, 0.881f, 0.916f, 0.941f, 0.961f, 0.975f, 0.986f, 0.994f, 0.998f, 1, 0.998f, 0.994f, 0.986f, 0.975f, 0.93f, 0.86f, 0.78f, 0.7f, 0.6f, 0.5f}, .thicknessProfile = {0.5f, 0.787f, 0.852f, 0.894f, 0.926f, 0.951f, 0.969f, 0.983f, 0.992f, 0.998f, 1, 0.998f, 0.992f, 0.983f, 0.95f, 0.83f, 0.7f, 0.57f, 0.45f, 0.37f, 0.3f}, .depthProfile = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5f, 5}, .keepsSide = true},
        {.id = "rectus-femoris", .name = "Rectus femoris", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"asis", {-6, -2, -30}}}, .insertion = {{"patella", {0, 2, 18}}}, .width = 52, .thickness = 30, .depth0 = 2, .depth1 = 2, .widthProfile = {0.65f, 0.78f, 0.87f, 0.93f, 0.98f, 1.0f, 0.97f, 0.9f, 0.8f, 0.7f, 0.62f, 0.56f, 0.52f}, .thicknessProfile = {0.3f, 0.5f, 0.7f, 0.87f, 0.97f, 1.0f, 0.97f, 0.87f, 0.7f, 0.5f, 0.35f, 0.25f, 0.2f}},
        // The vastus medialis' teardrop bulges down to the patella's middle against the
        // quadriceps tendon's medial border: ending 8 mm higher, the medial retinaculum spread
        // out beside the patella's upper half as a pale sheet; with its tip off the tendon, the
        // sheet showed on both sides of it.
        {.id = "vastus-medialis", .name = "Vastus medialis", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"hip-joint..knee-joint:0.45", {-18, -20, 0}}}, .insertion = {{"patella", {-8, 0, 26}}, {"patella", {-14, 0, -2}}}, .via = {{"knee-joint", {-36, -42, 84}}}, .width = 50, .thickness = 30, .depth0 = 2, .depth1 = 2},
        // The vastus lateralis wraps back to the biceps femoris: on the fuller thigh of the ANSUR
        // girths (skin_field.cpp) its 90 mm left the femur bare between them below the gluteus.
        // Its origin runs from the back of the trochanter forward so that depthAcross sinks its
        // posterior border (by half at mid-thigh) under the biceps' long head: at one depth with
        // it, it covered the long head there but for a strip at its lateral edge.
        // Its lower fibres reach the patella's upper lateral border, not one point over its top,
        // down to its middle; there its posterior border comes back up near the skin
        // (depthAcrossProfile): sunk the full 20 mm, it left the side of the patella's upper half
        // to the lateral retinaculum's pale sheet and a gap onto the biceps 50 mm deep.
        {.id = "vastus-lateralis", .name = "Vastus lateralis", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"greater-trochanter", {-36, 46, -90}}, {"greater-trochanter", {-6, 34, -60}}, {"greater-trochanter", {4, -10, -40}}}, .insertion = {{"patella", {24, 8, 0}}, {"patella", {13, 4, 22}}}, .via = {{"hip-joint..knee-joint:0.5", {50, 38, 0}}}, .width = 134, .thickness = 28, .depth0 = 2, .depth1 = 2, .depthAcross = 20, .depthAcrossProfile = {0, 0.125f, 0.25f, 0.375f, 0.5f, 0.625f, 0.75f, 0.6f, 0.1f}},
        // A narrow tendon on the body of the pubis below the tubercle fanning down and laterally
        // to the middle third of the linea aspera, laid freely (thin at its origin, widest
        // toward the femur): fitted under the skin its top curled into a cup at the groin's
        // crease and its belly was a spindle pressed against the medial thigh. Its upper third
        // is broader (widthProfile) so its outer edge meets the pectineus' medial edge in the
        // femoral triangle's floor: narrower, the adductor brevis poked through that edge.
        {.id = "adductor-longus", .name = "Adductor longus", .shape = S::Fan, .layer = L::Superficial, .origin = {{"pubic-tubercle", {-2, -4, -10}}}, .insertion = {{"linea-aspera", {-10, -2, 60}}, {"linea-aspera", {-10, -2, -50}}}, .width = 44, .thickness = 16, .depth0 = -1, .depth1 = -1, .widthProfile = {0.36f, 0.6f, 0.8f, 0.9f, 0.95f, 0.97f, 1.0f, 0.95f, 0.85f, 0.7f, 0.5f}, .thicknessProfile = {0.35f, 0.6f, 0.8f, 0.95f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.45f}},
        // Its face 3 mm under the skin and 40 mm wider than its anchors, so from behind it is a
        // band medial to the semitendinosus (21, 16, 9 mm of a row at 0.35, 0.5, 0.65 down the
        // thigh): 9 mm under, it lay in a trough behind the gracilis, a strip 15, 6 and 1 mm
        // wide at the silhouette's turn that read as a thin cord. Its top sinks back
        // (depthProfile), where near the skin it crumpled into a knot under the gluteal fold.
        {.id = "adductor-magnus", .name = "Adductor magnus", .shape = S::Fan, .layer = L::Intermediate, .origin = {{"pubic-symphysis", {24, 30, -30}}, {"ischial-tuberosity", {0, 0, -6}}}, .insertion = {{"linea-aspera", {-10, 0, 60}}, {"adductor-tubercle", {0, 0, 6}}}, .width = 40, .thickness = 24, .depth0 = 3, .depth1 = 3, .depthProfile = {6, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0}},
        // From the lower body of the pubis beside the symphysis, a strap narrower at its top
        // (widthProfile), back onto the medial thigh through a point 100 mm down: from 40 mm
        // under the symphysis its top was pressed onto the perineum's skin and hooked in to the
        // midline as a rod, with the gluteus maximus showing through the pelvic outlet above it;
        // without that point its course ran forward and opened a slit onto the vastus medialis
        // between it and the adductor magnus from behind. Its top rises onto the front of the
        // pubis' body 9 mm from the midline and sinks there (depthProfile) toward the bone, 16-19
        // mm under the skin: from 32 mm under the symphysis it lay under the crotch's skin, which
        // faces down, and curled in toward the midline as a flat hook, the pubis a bare bar above.
        // Its lower end narrows to its tendon and sinks 3-10 mm under the sartorius' expansion.
        {.id = "gracilis", .name = "Gracilis", .shape = S::Strap, .layer = L::Superficial, .origin = {{"pubic-symphysis", {9, 4, -17}}}, .insertion = {{"pes-anserinus", {2, 6, 6}}}, .via = {{"pubic-symphysis", {22, 35, -100}}, {"knee-joint", {-52, 20, 70}}}, .width = 42, .thickness = 9, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {0.45f, 0.75f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 0.8f, 0.5f, 0.3f}, .thicknessProfile = {0.5f, 0.787f, 0.852f, 0.894f, 0.926f, 0.951f, 0.969f, 0.983f, 0.992f, 0.998f, 1, 0.998f, 0.992f, 0.983f, 0.969f, 0.951f, 0.85f, 0.7f, 0.55f, 0.47f, 0.4f}, .depthProfile = {8, 6, 4, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2.5f, 3, 5, 10}},
        // The long head runs through a point near the back of the thigh (62 mm behind the
        // femur): through one inside the thigh its rings folded over each other under the
        // gluteal fold into a crumpled flap. It is the wider head (headScale), broad over the
        // vastus lateralis' sunk border, and that point lies 10 mm lateral of the femur rather
        // than 14: leaving the tuberosity more steeply lateral it opened a window between it
        // and the semitendinosus through the whole thigh to the rectus femoris. Above the knee
        // it lies 8 mm further forward and its short head a little wider, against the
        // iliotibial tract's narrowed back border: the lateral femoral condyle showed between.
        // The long head and the semitendinosus are laid from behind the ischial tuberosity (at
        // the bone itself their tops were pressed onto the nearest skin, the perineum's, and
        // twisted in toward the midline) and sink under the gluteus maximus toward it
        // (firstHeadDepthProfile, depthProfile; the long head's lateral, upper rim further,
        // depthAcross): laid 2-5 mm under the skin there, they ran through its lower part and
        // stood out of it round the gluteal fold as tendon-tops and shards. The semitendinosus
        // is fullest in its upper half (widthProfile): fusiform, its top was a thin tube. It
        // runs down the middle of the back of the thigh beside the long head (through a point
        // 5.5 mm medial of the femur at mid-thigh, 62 mm wide) before turning to the pes
        // anserinus: straight to 38 mm medial of the knee and 46 wide, it was a strip down the
        // thigh's medial edge and the semimembranosus filled the middle (back_of_thigh_test);
        // 8 mm medial, where its belly tapers 220 mm under the tuberosity it parted from the
        // long head and the vastus lateralis showed 20-25 mm deep between them, the femur in
        // white specks beside it.
        // Its belly tapers into its long tendon a little below mid-thigh (widthProfile,
        // thicknessProfile), the tendon 14 mm medial of the knee over the semimembranosus:
        // full down to the knee, it hid the semimembranosus but for a strip lateral of it. The
        // short head starts 24 mm lateral of the femur at 0.62 of the thigh and sinks toward
        // its top (depthProfile) under the long head: 16 mm lateral and at the long head's
        // depth, its top stood out of the long head's medial border as a ragged notch.
        // The long head's profiles run in its own course's parameter, whose first half ends at
        // the point behind the thigh, so the gluteus' border crosses it at 0.35-0.45: there it
        // was full width (70-80 mm) and unsunk where its course bends down the thigh, and its
        // rings crowded and crossed on their medial side in a dark lobe facing down with a notch
        // under the border (gluteal_fold_test). It is narrow there, widening to its belly by 0.65
        // (firstHeadWidthProfile), and sinks on under the border to 0.5 (firstHeadDepthProfile).
        {.id = "biceps-femoris", .name = "Biceps femoris", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"ischial-tuberosity", {12, 40, -12}}, {"hip-joint..knee-joint:0.62", {24, 30, 0}}}, .insertion = {{"fibular-head", {0, 4, 6}}}, .via = {{"hip-joint..knee-joint:0.3", {10, 62, 0}}, {"hip-joint..knee-joint:0.85", {22, 26, 0}}}, .width = -36, .thickness = 26, .depth0 = 2, .depth1 = 2, .heads = 2, .depthAcross = -24, .depthAcrossProfile = {1, 1, 1, 0.7f, 0.3f, 0, 0, 0, 0, 0, 0}, .headScale = {1.35f, 1.15f}, .depthProfile = {22, 15, 9, 4, 1, 0, 0, 0, 0, 0, 0}, .firstHeadDepthProfile = {30, 26, 20, 15, 11, 8.5f, 6.5f, 4.5f, 3, 1.5f, 0.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, .firstHeadWidthProfile = {0.15f, 0.2f, 0.24f, 0.28f, 0.32f, 0.36f, 0.38f, 0.4f, 0.44f, 0.5f, 0.6f, 0.72f, 0.81f, 0.87f, 0.87f, 0.79f, 0.71f, 0.6f, 0.48f, 0.34f, 0.15f}},
        // Its tendon sinks 3-8 mm toward its end, under the sartorius' expansion: 2 mm under
        // the skin, it stood beside the expansion's back rim as a strip with a cut end.
        {.id = "semitendinosus", .name = "Semitendinosus", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"ischial-tuberosity", {-8, 40, -12}}}, .insertion = {{"pes-anserinus", {2, 10, -4}}}, .via = {{"hip-joint..knee-joint:0.5", {-5.5f, 60, 0}}, {"knee-joint", {-14, 44, 80}}}, .width = 62, .thickness = 22, .depth0 = 2, .depth1 = 2, .widthProfile = {0.6f, 0.85f, 0.97f, 1.0f, 0.8f, 0.45f, 0.25f, 0.18f, 0.16f, 0.15f, 0.14f}, .thicknessProfile = {0.5f, 0.75f, 0.9f, 1.0f, 0.85f, 0.5f, 0.32f, 0.28f, 0.26f, 0.24f, 0.2f}, .depthProfile = {24, 12, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 8}},
        // 70 mm wider than its line: 64 left a pinhole 60 mm under the ischial tuberosity
        // between its lateral edge and the biceps' long head, through the thigh to the rectus
        // femoris (hidden until then by the gluteus maximus' folded lower border). Laid from
        // behind the tuberosity like the semitendinosus, and deeper than it at the top, under
        // the two (at the bone its top curled in to the midline as a hook). Its lowest third
        // bends medially toward its insertion and narrows (pathBend, widthProfile from 0.7 of
        // its length; above, the fusiform class's widths sampled every 0.05): it came down the
        // middle of the thigh as a broad lozenge ending in a V in the fossa, where the
        // hamstrings part above the knee (popliteal_fossa_test.cpp). Its lower belly runs 16
        // and 20 mm medial of the femur at 0.6 and 0.8 of the thigh, 90 mm wide, so it shows
        // either side of the semitendinosus' tendon, more medially (back_of_thigh_test); 4 mm
        // medial at 0.7 and 70 wide, it showed only lateral of the tendon's line.
        {.id = "semimembranosus", .name = "Semimembranosus", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"ischial-tuberosity", {2, 34, -16}}}, .insertion = {{"tibia-medial-condyle", {0, 16, 0}}}, .via = {{"hip-joint..knee-joint:0.6", {-16, 42, 0}}, {"hip-joint..knee-joint:0.8", {-20, 36, 0}}}, .width = 90, .thickness = 24, .depth0 = 8, .depth1 = 5, .pathBend = {-16, 0, 0}, .pathBendProfile = {0, 0, 0, 0, 0, 0, 0, 0.6f, 1, 0.8f, 0.3f}, .widthProfile = {0.15f, 0.343f, 0.482f, 0.602f, 0.706f, 0.794f, 0.867f, 0.925f, 0.967f, 0.992f, 1.0f, 0.992f, 0.967f, 0.925f, 0.64f, 0.545f, 0.45f, 0.365f, 0.28f, 0.2f, 0.12f}, .depthProfile = {20, 12, 5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        // 18 mm under the skin: the fuller calf's skin stands further off the back of the tibia,
        // and 12 mm under it the popliteus left the tibia showing between the gastrocnemius' heads.
        {.id = "popliteus", .name = "Popliteus", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"femur-lateral-condyle", {-4, 16, -2}}}, .insertion = {{"tibia-medial-condyle", {10, 20, -35}}}, .width = 36, .thickness = 8, .depth0 = 18, .depth1 = 16},
        // Gastrocnemius: two heads from the femoral condyles that swell below the knee and taper
        // into the calcaneal tendon (whose top lies under their ends), the medial head bigger and
        // reaching lower (0.55 of the shank) than the lateral (0.47); the soleus shows either side
        // of the tendon below them. With the Pennate profile and one shared insertion they ran
        // as two straight, even tubes down to the tendon. Their ends taper to points 2 mm under
        // the skin, in front of the tendon's top: 4 mm under it, thin and level with the
        // tendon's face, the two crossed and tore the heads' lower border into teeth.
        // The heads run through points 15-16 mm either side of the calf's axis (22 and 20, they
        // met 6-7 mm under the skin in a dark gap) and are wider, so they lie side by side along
        // a shallow groove; they rise broad from higher on the condyles (their tops were points),
        // still standing proud of the popliteal fossa's floor (limb_view_test.cpp).
        // Their tops taper up onto the condyles as tendinous heads and sink 4 mm under the
        // hamstrings' tendons (depthProfile): cut off at 0.45 of the width and 0.35 of the
        // thickness they ended as blunt domes, 20-26 mm wide, in front of the hamstrings' ends.
        // Their lower halves stay broad and thin out (the lateral head's own profile ends at 0.2
        // of its width, the medial head's at 0.08 of a narrower one) and rise 1 mm at their
        // ends, so each ends in a broad border lying on the calcaneal tendon's top, the
        // aponeurosis: tapered to 0.06 round insertions 17 mm apart they parted over a pale
        // blade of tendon and ended in two points (calf_ends_test.cpp). The medial head ends
        // at 0.55 of the shank 14 mm medial, clear of the axis and of the soleus' medial
        // strip at 0.56 (calf_profile_test.cpp); the lateral at 0.47, 13 mm lateral (at 0.49
        // its end border still spanned mid-calf, 66 mm of heads against 86 at the widest).
        {.id = "gastrocnemius", .name = "Gastrocnemius", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"femur-medial-condyle", {2, 24, 28}}, {"femur-lateral-condyle", {0, 24, 28}}}, .insertion = {{"knee-joint..ankle-joint:0.55", {-14, 44, 0}}, {"knee-joint..ankle-joint:0.47", {13, 48, 0}}}, .via = {{"knee-joint..ankle-joint:0.3", {-16, 62, 0}}, {"knee-joint..ankle-joint:0.26", {15, 60, 0}}}, .width = 90, .thickness = 28, .depth0 = 2, .depth1 = 2, .heads = 2, .ownInsertions = true, .headScale = {1.1f, 0.9f}, .widthProfile = {0.12f, 0.46f, 0.7f, 0.75f, 0.95f, 1.0f, 0.97f, 0.92f, 0.84f, 0.74f, 0.62f, 0.48f, 0.2f}, .thicknessProfile = {0.1f, 0.38f, 0.7f, 0.88f, 1.0f, 1.0f, 0.95f, 0.84f, 0.68f, 0.5f, 0.32f, 0.16f, 0.05f}, .depthProfile = {4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0.5f, -1.0f}, .firstHeadWidthProfile = {0.12f, 0.46f, 0.7f, 0.75f, 0.95f, 1.0f, 0.97f, 0.9f, 0.78f, 0.62f, 0.45f, 0.28f, 0.08f}},
        // Its lower end a little medial of the calcaneal tendon, where it shows beside the tendon
        // at mid-calf medial to the gastrocnemius' longer medial head. Its lateral origin hugs the
        // fibula's head and posterior border 7 mm under the skin: 9 mm deep and further back, it
        // crumpled in a trench between the fibularis longus and the gastrocnemius from the side.
        // Its belly runs through a point 6 mm lateral of the calf's axis, 72 wide and 15 thick:
        // through one 10 mm lateral the skin's normal there faced sideways and it lay edge-on
        // on the side of the leg, a lateral strip from behind (soleus_band_test.cpp); wider or
        // thicker, its lateral rim curls round in front of the tibia's axis (lower_limb_test).
        // Its top 8 mm under the skin: at 7 it showed through the lateral head's thin front
        // border in slivers from the side.
        // Its medial half dives toward the tibia's medial border over its upper half (up to
        // 18 mm at the rim, depthAcross; fading out by mid-length so from behind it still shows
        // beside the gastrocnemius' lower half), its tibial origin 12 mm further lateral: the
        // tibia lies 30 mm inside the medial skin, and its rim left at 8 mm poked past the
        // border as dark specks from the front 90 mm below the knee, and crossed the medial
        // head's deep face in a flickering seam further down (medial_leg_test.cpp). At 22 mm
        // it came in front of the tibia's axis (lower_limb_test.cpp).
        // Its centre line bends up to 10 mm lateral and 12 mm back over its upper half
        // (pathBend), nearer the skin behind the fibula: straight, it ran through the middle of
        // the calf there, 35-45 mm under any skin, and its outer face, carried out from it, landed
        // anywhere round the leg (one ring on the medial side); the folded top lay 14-17 mm
        // under the skin behind the fibula and the belly stepped out to 8 mm 80 mm below the
        // fibular head, a square block with a flat, lit top from the side (soleus_band_test.cpp).
        {.id = "soleus", .name = "Soleus", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"fibular-head", {2, 22, -80}}, {"fibular-head", {-2, 22, -12}}, {"tibia-medial-condyle", {22, 42, -66}}}, .insertion = {{"heel", {-4, -8, 30}}}, .via = {{"knee-joint..ankle-joint:0.4", {6, 36, 0}}}, .width = 72, .thickness = 15, .depth0 = 8, .depth1 = 4, .depthAcross = -18, .depthAcrossProfile = {0.3f, 1, 1, 1, 0.4f, 0, 0, 0, 0}, .pathBend = {10, 12, 0}, .pathBendProfile = {0, 0.5f, 1, 1, 0.4f, 0, 0, 0, 0}},
        // The tibialis anterior lies on the tibia's lateral surface up to the crest: from the
        // front a full belly in the upper two thirds, the tibia's subcutaneous face a band
        // medial to it (arising at the condyle's lateral edge, 34 mm wide, it was a strap beside
        // a bone band wider than itself). Its top reaches 14 mm higher and sinks 5 mm
        // (depthProfile) under the lateral patellar retinaculum: it ended just below the
        // retinaculum's lower border at its depth, a flat, square, ragged top (ankle_test.cpp).
        {.id = "tibialis-anterior", .name = "Tibialis anterior", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"tibia-lateral-condyle", {-12, -18, 4}}}, .insertion = {{"first-metatarsal-base", {0, -4, 8}}}, .via = {{"ankle-joint", {-5, -32, 40}}, {"ankle-joint", {-6, -18, 8}}}, .width = 44, .thickness = 20, .depth0 = 2, .depth1 = 2, .widthProfile = {0.55f, 0.75f, 0.9f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.4f, 0.3f, 0.2f, 0.15f}, .thicknessProfile = {0.45f, 0.7f, 0.9f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.4f, 0.3f, 0.25f, 0.2f}, .depthProfile = {5, 2, 0.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        // 44 mm under the fuller calf's skin (40 swept it inside out there), along the bones.
        {.id = "tibialis-posterior", .name = "Tibialis posterior", .shape = S::Pennate, .layer = L::Deep, .origin = {{"tibia-mid", {18, 20, 120}}}, .insertion = {{"navicular", {0, 0, -4}}}, .via = {{"medial-malleolus", {6, 14, 10}}}, .width = 22, .thickness = 14, .depth0 = 40, .depth1 = 10},
        // The fibulares from the side: two overlapping bellies between the extensors and the
        // soleus (fibular_side_test.cpp). Their tendons, from the longus' belly and the brevis'
        // down behind and under the malleolus onto the foot, are a part of their own
        // (fibularis-tendons, foot_bands.cpp): swept on to the foot, the bellies' tapered ends
        // had stood for the tendons.
        // The longus tapers up to one point on the fibular head, its top sunk 3 mm where it
        // meets the biceps' tendon (depthProfile): its origin was a line of three points down
        // the head and neck with its belly 36 mm wide over that spread, a flat, square top under
        // the knee. At 0.35 of its width there (0.2 left a slit to the neck behind it,
        // lower_limb_test.cpp) its top is 15 mm wide. Its belly ends 140 mm above the malleolus in
        // a point on its tendon, which runs on down the brevis: ended at 70 mm, blunt and wide,
        // it was the only muscle seen there and the fibula showed bare below it.
        // The brevis arises from the fibula's lower half under the longus (3 mm deeper at its
        // top) and comes up beside and under the longus' tendon in the lower third, 40 mm wide,
        // over the lower fibula and in front of it as far as the extensors (18 mm wide and 8 mm
        // under the skin it showed only as a strip behind the bare fibula). Its end runs behind
        // the malleolus, 9 mm thick, sinking 3 mm under the tendons there: from behind it covers
        // the hollow beside the calcaneal tendon (heel_back_test.cpp), and level with the
        // tendons' faces it crossed them in a ragged seam.
        {.id = "fibularis-longus", .name = "Fibularis longus", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"fibular-head", {4, 3, 2}}}, .insertion = {{"lateral-malleolus", {-8, 4, 140}}}, .via = {{"fibula-mid", {6, 2, 0}}}, .width = 44, .thickness = 12, .depth0 = 2, .depth1 = 2, .widthProfile = {0.35f, 0.65f, 0.8f, 0.92f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.4f, 0.25f, 0.12f}, .thicknessProfile = {0.3f, 0.6f, 0.85f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.4f, 0.3f, 0.2f, 0.15f}, .depthProfile = {3, 1.5f, 0.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {.id = "fibularis-brevis", .name = "Fibularis brevis", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"fibula-mid", {4, -2, 50}}}, .insertion = {{"lateral-malleolus", {-8, 18, 4}}}, .via = {{"lateral-malleolus", {-4, -3, 100}}}, .width = 40, .thickness = 9, .depth0 = 2, .depth1 = 2.5f, .widthProfile = {0.3f, 0.5f, 0.7f, 0.85f, 0.95f, 1.0f, 1.0f, 1.0f, 0.95f, 0.8f, 0.6f, 0.35f, 0.15f}, .thicknessProfile = {0.3f, 0.5f, 0.7f, 0.85f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f}, .depthProfile = {3, 2.5f, 2, 1.5f, 1.2f, 1, 0.6f, 0.2f, 0, 0, 0, 0.5f, 3}},
        // The extensor digitorum longus' top likewise runs up under the retinaculum, 14 mm higher
        // and 5 mm deeper: it stopped below it, ragged, with the tibia showing between.
        {.id = "extensor-digitorum-longus", .name = "Extensor digitorum longus", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"tibia-lateral-condyle", {8, -2, 6}}}, .insertion = {{"ankle-joint", {4, -44, 14}}, {"ankle-joint", {18, -40, 14}}}, .via = {{"ankle-joint", {12, -34, 50}}}, .width = 32, .thickness = 9, .depth0 = 4, .depth1 = 3, .widthProfile = {0.55f, 0.75f, 0.9f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.4f, 0.3f, 0.2f, 0.15f}, .thicknessProfile = {0.45f, 0.7f, 0.9f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.55f, 0.4f, 0.3f, 0.25f, 0.2f}, .depthProfile = {5, 2, 0.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        // Extensor hallucis longus ends on the base of the big toe's distal phalanx, under its
        // extensor expansion (ended at the tip, it showed through the sheath's rounded end).
        {.id = "extensor-hallucis-longus", .name = "Extensor hallucis longus", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"fibula-mid", {-12, -20, 0}}}, .insertion = {{"toe-tip", {0, 22, 8}}}, .via = {{"ankle-joint", {-4, -30, 20}}}, .width = 14, .thickness = 8, .depth0 = 8, .depth1 = 3},
        // The flexor digitorum longus arises deep on the back of the tibia, under the soleus,
        // and comes out beside the tibia's medial border only in the lower third: its top sinks
        // 28 mm more (depthProfile), back at its depth three tenths of the way down. Laid 12 mm
        // under the medial skin from its origin, its top stood 18 mm medial of the tibia, level
        // with it, a dark spike between the soleus and the gastrocnemius from the front.
        {.id = "flexor-digitorum-longus", .name = "Flexor digitorum longus", .shape = S::Pennate, .layer = L::Deep, .origin = {{"tibia-mid", {-8, 18, 40}}}, .insertion = {{"first-mtp", {20, 30, -10}}}, .via = {{"medial-malleolus", {2, 16, 10}}}, .width = 22, .thickness = 12, .depth0 = 12, .depth1 = 5, .depthProfile = {28, 20, 8, 0, 0, 0, 0, 0, 0, 0, 0}},
        {.id = "abductor-hallucis", .name = "Abductor hallucis", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"heel", {-22, -20, -10}}}, .insertion = {{"first-mtp", {-4, -10, 0}}}, .width = 22, .thickness = 14, .depth0 = 2, .depth1 = 2},
        {.id = "quadratus-plantae", .name = "Quadratus plantae", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"calcaneus-plantar", {0, -10, 4}}}, .insertion = {{"cuboid", {-20, -10, -4}}}, .width = 26, .thickness = 10, .depth0 = 12, .depth1 = 12},
    };
    // clang-format on
}

}  // namespace tpa::body
