// One row per muscle: attachments on the rig (origin and insertion as in standard anatomy texts,
// e.g. Gray's Anatomy), shape class, belly size and depth under the skin. Left side; the right
// side is its mirror image.
#include "body/muscle_table.h"

namespace tpa::body {
namespace {

using S = MuscleShape;
using L = core::Layer;

std::vector<MuscleSpec> headNeckAndShoulder() {
    // One row per muscle reads better unwrapped.
    // clang-format off
    return {
        // Temporalis: from the whole arch of the temporal fossa (behind the orbital rim, up 6 mm
        // under the galea's lateral edge at the superior temporal line, round above and behind
        // the ear) onto the coronoid under the arch, as six slips: one sweep lofted between
        // that horseshoe and the short insertion line folded, and a shallower arch left bone
        // round the fan's front, top and back. The slips lie as one sheet (sheetOverlap: flat
        // faces at one level, rims under the neighbour): as rounded bundles at alternate depths
        // they read as separate fascicles with grooves 0.5-1.2 mm deep between them. Its front
        // starts under the orbital rim's back edge and its back end reaches 40 mm behind the
        // tragus (3 mm short of the rim and 30 mm behind it, bone showed beside the rim and
        // above and behind the ear, under the galea's edge and the occipitalis). Each slip's
        // origin follows the temporal line's curve (slipsAlongOrigin): as straight chords across
        // the arch, neighbours' corners cut notches up to 2.4 mm deep into the fan's outline.
        {.id = "temporalis", .name = "Temporalis", .shape = S::Fan, .layer = L::Superficial, .origin = {{"temple", {-5, -33, -25}}, {"temple", {-7, -34, -6}}, {"temple", {-10, -23, 24}}, {"temple", {-12, -4, 37}}, {"temple", {-10, 16, 51}}, {"temple", {-8, 38, 55}}, {"temple", {-6, 57, 50}}, {"temple", {-5, 73, 39}}, {"temple", {-4, 85, 23}}, {"temple", {-5, 90, 2}}, {"temple", {-5, 84, -23}}}, .insertion = {{"zygoma", {-16, 15, -36}}, {"zygoma", {-14, 16, -14}}}, .width = 0, .thickness = 7, .depth0 = 0.5f, .depth1 = 0.5f, .heads = 6, .onCranium = true, .leavesCranium = 0.72f, .sheetOverlap = 0.25f, .slipsAlongOrigin = 6},
        // Superficial masseter: the zygomatic arch, from the zygomatic process of the maxilla
        // back toward the articular tubercle -> the angle and lower lateral ramus: a thick
        // quadrilateral, thickest in its middle and thinning to its borders (ended at 45 % of its
        // thickness, its ends stood as square caps along the arch and the mandible). 2.5 mm under
        // the skin: at 3.5 its borders dipped behind the mandible, 7-9 mm under it. Its section
        // is a lens (rimThinning) doming down to thin anterior and posterior borders: with an
        // elliptical section it ran flat under the skin to a wall at each border and read as
        // a square plate. Its origin reaches forward onto the zygomatic process of the maxilla,
        // so its anterior border runs down and back from where the zygomaticus major leaves the
        // bone (11 mm shorter, a seam of bone showed between them below the arch). Three slips
        // as one sheet, like the temporalis (one belly read as a flat plate with no fibre
        // direction): the middle one on top (slipDepth), its rims showing as two lines running
        // down and back (0.1 mm over the outer slips: at 0.6 its feathered rims stood over them
        // as dark steps, fan slivers; level, their faces took turns in a dashed line); the
        // first and last keep the lens so the borders stay thin
        // (muscle_pieces.cpp), the posterior one half as thick (slipThickness). 7 rings a
        // slip, for the triangle budget.
        {.id = "masseter-superficial", .name = "Masseter (superficial)", .shape = S::Fan, .layer = L::Superficial, .origin = {{"zygoma", {-6, -29, -10}}, {"zygoma", {0, 12, -10}}, {"zygoma", {0, 38, -8}}}, .insertion = {{"gonion", {0, -56, -18}}, {"gonion", {5, -4, -10}}, {"gonion", {6, 10, 18}}}, .width = 0, .thickness = 11, .depth0 = 2.5f, .depth1 = 2.5f, .heads = 3, .sheetOverlap = 0.25f, .thicknessProfile = {0.12f, 0.75f, 1.0f, 0.85f, 0.2f}, .slipsAlongOrigin = 3, .slipDepth = {0.1f, 0.0f, 0.1f}, .slipThickness = {1.0f, 1.0f, 0.5f}, .rimThinning = 1.5f, .rings = 7},
        // Deep part: the posterior arch -> the upper lateral ramus, seen behind the superficial
        // part's posterior border in front of the joint (further forward, the ramus showed there).
        // Its origin reaches back to the joint, shallow there: 6 mm deep and stopping short of
        // it, the condyle and the ramus' neck showed as a strip of bone in front of the ear.
        {.id = "masseter-deep", .name = "Masseter (deep)", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"zygoma", {-6, 43, 1}}}, .insertion = {{"gonion", {0, 3, 30}}}, .width = 18, .thickness = 7, .depth0 = 3.5f, .depth1 = 6},
        {.id = "lateral-pterygoid", .name = "Lateral pterygoid", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"tmj", {-30, -26, -20}}}, .insertion = {{"tmj", {-5, -2, -10}}}, .width = 14, .thickness = 10, .depth0 = -1, .depth1 = -1},
        {.id = "medial-pterygoid", .name = "Medial pterygoid", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"tmj", {-28, -22, -30}}}, .insertion = {{"gonion", {-9, -4, 8}}}, .width = 14, .thickness = 10, .depth0 = -1, .depth1 = -1},
        // Its anterior belly lies over the mylohyoid, 3 mm under the skin at the chin. Its
        // intermediate tendon is slung at the level of the hyoid's body, beside the sternohyoid's
        // top: through the rig's hyoid point, 10 mm lower, it hung in a V over the straps.
        // The anterior belly is a flat band 12 mm wide and 2.8 thick on the mylohyoid, widest
        // halfway to the chin and narrowing into the tendon (width/thicknessProfile): as the
        // round spindle of the posterior belly it hung from the jaw as a dark rod 4-6 mm wide
        // from the front. Its chin end lies 3 mm from the midline and narrows (widthProfile), so
        // the pair arises side by side from the digastric fossae and parts down to the hyoid, a
        // V over the floor of the mouth: 6 mm out and full width to both ends, the two stood as
        // upright dark teeth with the mylohyoid's seam and a speck of the mandible between.
        {.id = "digastric", .name = "Digastric", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"mastoid", {-4, -4, -4}}}, .insertion = {{"menton", {3, 8, 6}}}, .via = {{"hyoid", {0, 0, 10}}}, .width = 12, .thickness = 7, .depth0 = 6, .depth1 = 3, .widthProfile = {0.12f, 0.36f, 0.54f, 0.65f, 0.64f, 0.45f, 0.62f, 0.9f, 1.0f, 0.85f, 0.6f}, .thicknessProfile = {0.14f, 0.48f, 0.71f, 0.87f, 0.9f, 0.6f, 0.42f, 0.4f, 0.4f, 0.36f, 0.25f}},
        // Frontalis: a thin sheet (2 mm) laid on the bone as a patch (swept, its lens section and
        // thinned ends read as a dome with a cut top edge), feathering into the galea at its
        // upper border (8 % of its thickness there), crossing the midline 1.5 mm so the bellies
        // meet above the nose (3 mm from it, bone showed between them), and lifted 1.5 mm off
        // the bone at the brow, where the orbicularis oculi's upper part runs out onto it.
        // 12 rows: fewer triangles than the sweep's 24 rings would take as a patch. Its lateral
        // corner at the brow reaches back to the temporal line, over the temporalis' front border
        // (6 mm short of it, a pale strip of bone showed beside the ring from the front). Below
        // its upper third it rises off the bone to lie 2.5 mm under the skin (patchSkinDepth),
        // 1.8 mm thick: on the bone it lay 6.6 mm under the forehead's skin and the orbicularis
        // oculi, just under the skin, stood proud of it as goggles.
        {.id = "frontalis", .name = "Frontalis", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"vertex", {-1.5f, -74, -30}}, {"vertex", {22, -70, -31}}, {"vertex", {40, -60, -37}}, {"vertex", {54, -46, -52}}}, .insertion = {{"glabella", {-1.5f, 4, 0}}, {"glabella", {18, 5, -1}}, {"glabella", {34, 10, -3}}, {"glabella", {54, 28, -6}}}, .width = 0, .thickness = 1.8f, .depth0 = 0.5f, .depth1 = 1.5f, .onCranium = true, .cranialPatch = true, .patchRims = {0.08f, 0.6f, 0.6f, 0.3f}, .patchFeather = 0.25f, .patchSkinDepth = 2.5f, .patchSkinSpan = {0.15f, 0.65f}, .rings = 12},
        // Occipital bellies: from the lateral two thirds of the superior nuchal line (following
        // it down laterally toward the mastoid) up over the back of the vault into the galea,
        // about 5 cm wide and 3.5 cm tall, the galea coming down between them to the inion.
        // The lower border reaches 2-4 mm below the nuchal line, under the upper trapezius' top:
        // ending 2 mm above it, a strip of galea showed between the two from behind. A flat
        // sheet: its upper and medial borders thin to a twelfth and a tenth over 0.3 of the
        // way in (patchRims) and rise onto the galea's face (patchRimGaps), so they pass onto
        // its white without a step; at 0.7 all round they stood as a pad's 1 mm rim, a dark
        // line round it in the renders. The lateral border thins to 0.3 (it read as a lobe
        // from the side; at 0.15 a triangle folded at the upper corner); the lower one keeps
        // 0.7: thinner, it sank raggedly into the insertions behind the ear.
        {.id = "occipitalis", .name = "Occipitalis", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"inion", {17, -8, -3}}, {"inion", {45, -26, -4}}, {"inion", {59, -53, 0}}}, .insertion = {{"inion", {16, -3, 31}}, {"inion", {43, -20, 28}}, {"inion", {59, -46, 21}}}, .width = 0, .thickness = 1.5f, .depth0 = 0.5f, .depth1 = 0.5f, .onCranium = true, .cranialPatch = true, .patchRims = {0.7f, 0.08f, 0.1f, 0.3f}, .patchFeather = 0.3f, .patchRimGaps = {-1.0f, 1.65f, 1.65f, -1.0f}},
        // The trapezius as one diamond-shaped sheet (sheetOverlap: flat faces, feathered rims) in
        // three parts: the upper from the medial nuchal line, the inion and the ligamentum nuchae
        // (crossing the midline a little, so the two sides meet) to the lateral clavicle and the
        // acromion; the middle from C7-T4 to the acromion and the spine of the scapula; the lower
        // from T4-T12 to the root of the spine. Each border overlaps its neighbour by 1-2 cm at
        // nearly the same depth (depth plus the id's stagger): the upper part's face 0.4 mm over
        // the middle's at C7, 0.2 mm under it at the acromion, the lower's 0.2-0.3 mm over it, so
        // the feathered rims (0.5 mm) dive under the neighbour's face and the parts meet flush
        // (0.8-1.3 mm over, their borders stood as ledges across the back at T1-T3 and at T4).
        // The middle part keeps 2 mm at the acromion: shallower, its upper slip's rings bridge
        // the shoulder and the whole slip sinks. The lower lies over the latissimus dorsi. Each
        // side's upper and middle parts cross the midline by 1.5 mm (at 0 the rims left a gap
        // to the spine), the lower part by 0.4: over a 3 mm overlap the two sides' faces lay
        // within 0.1 mm of each other, their facets crossing back and forth, a dashed line
        // down the back from T4 (trapezius_seam_test.cpp); the middle part's slips shift with
        // its origin, and at 0.4 its end opened over the supraspinous fossa
        // (trunk_layer_test.cpp): it keeps 1.5.
        // The upper part's top slip follows its origin through the inion (slipsAlongOrigin) and
        // that line runs level along the nuchal line: along the chord to below the inion, with
        // the inion 9 mm above the lateral anchor, the middle slip's corner stood up between the
        // two sides as a 7 mm peak over a dark notch. The middle slip lies 0.3 mm under both
        // neighbours (slipDepth): at one depth, the lowest slip's sunk rim crossed its face
        // nearly parallel, a jagged step obliquely across the neck.
        // The upper part's origin on the nuchal line and the inion sinks 3 mm deeper toward the
        // occiput (originDive): 1 mm under the thick scalp there, its top stood up to 7 mm off
        // the bone as a collar behind the head. The middle part's slips lie 0.2 mm apart, each
        // under the one above (slipDepth), and the lower part's insertion 0.4 mm deeper: at one
        // depth, faces that wander by 0.3 mm crossed back and forth, a saw-tooth line between the
        // slips, a ragged upper border of the lower part and a diamond of the middle part on the
        // midline below T4. Where slips and parts overlap, their sections sink toward the rims
        // (sheetRimSink: the upper part's slips and lower border 0.4 mm, the middle part's
        // slips and lower border 0.6, the lower part's borders 0.45), so the slip or part on
        // top runs under its neighbour's face before its bevel: left on top to the rim, the
        // bevel and rim showed as thin bright lines across the back between the shoulders and
        // a dark seam along the lower part's border. The middle part's upper border keeps its
        // depth (sheetRimSides): sunk too, the upper part's edge stood over it as a ledge.
        // The lower part's upper border sinks 0.9 mm (sheetRimSinkLast keeps its lateral
        // border's 0.45), and 0.8 mm more toward the spine's root (depthAcross over its lateral
        // half, where the rim sink fades out), so it runs under the middle part's face well
        // before its bevel; both take the field's normals. At 0.45 its face met the middle
        // part's in its own bevel: a thin wavy edge over a dark line from one scapula to the
        // other (trapezius_border_test). The middle and lower parts' rims sink from the origin
        // on (sheetRimSinkFromOrigin): faded in over the first 6 % of the length, the lower
        // part's top corners at T4 stood 0.4 mm proud of the middle part on the midline as a
        // dark notch, and the middle part's lower rim stayed up where it crosses the midline.
        // The middle part's slips sink their upper rims toward the spine of the scapula from
        // three quarters of the way on (depthAcross 2.5): the middle slip's end sinks up to 3 mm
        // where its rings bridge the skin's groove beside the deltoid, and the lowest slip's
        // border stood 2.1 mm over it there, a dark seam ending in a star over the spine
        // (shoulder_back_test); sunk 3 mm, a dark notch opened where that seam starts.
        {.id = "upper-trapezius", .name = "Upper trapezius", .shape = S::Fan, .layer = L::Superficial, .origin = {{"inion", {28, -8, -1}}, {"inion", {-4, 0, 0}}, {"c2", {-1.5f, 12, 0}}, {"c7", {-1.5f, 6, -14}}}, .insertion = {{"clavicle-mid", {40, 4, 4}}, {"acromion", {-24, 8, 2}}, {"acromion", {-22, 18, -4}}}, .width = 0, .thickness = 7, .depth0 = 1.1f, .depth1 = 2.6f, .heads = 3, .sheetOverlap = 0.25f, .originDive = 3, .slipsAlongOrigin = 1, .slipDepth = {0.0f, 0.3f, 0.0f}, .sheetRimSink = 0.4f, .sheetRimSides = 2, .fieldNormals = true},
        {.id = "middle-trapezius", .name = "Middle trapezius", .shape = S::Fan, .layer = L::Superficial, .origin = {{"c7", {-1.5f, 4, 4}}, {"t1", {-1.5f, 4, -20}}, {"t4", {-1.5f, 4, -16}}}, .insertion = {{"acromion", {-18, 14, -2}}, {"spine-of-scapula-mid", {0, 10, -4}}, {"scapula-spine-root", {4, 8, -4}}}, .width = 0, .thickness = 5, .depth0 = 1.1f, .depth1 = 2.0f, .heads = 3, .sheetOverlap = 0.25f, .depthAcross = 2.5f, .depthAcrossProfile = {0, 0, 0, 0, 0, 0, 0.5f, 1, 1}, .slipDepth = {0.0f, 0.2f, 0.4f}, .sheetRimSink = 0.6f, .sheetRimSinkFromOrigin = true, .slipTuckSink = 1.5f, .fieldNormals = true},
        {.id = "lower-trapezius", .name = "Lower trapezius", .shape = S::Fan, .layer = L::Superficial, .origin = {{"t4", {-0.4f, 4, 8}}, {"t12", {-0.4f, 4, 0}}}, .insertion = {{"scapula-spine-root", {4, 8, 2}}, {"scapula-spine-root", {14, 8, 10}}}, .width = 0, .thickness = 4.5f, .depth0 = 0.8f, .depth1 = 1.9f, .sheetOverlap = 0.25f, .depthAcross = 0.8f, .depthAcrossProfile = {0, 0, 0, 0.3f, 1, 1}, .sheetRimSink = 0.9f, .sheetRimSinkFromOrigin = true, .sheetRimSinkLast = 0.45f, .fieldNormals = true},
        // The sternal head's insertion reaches 24 mm back from the mastoid toward the nuchal
        // line, where its aponeurosis (nuchal-insertions) carries on: ending 14 mm back, it
        // left a gap 12-16 mm deep under that sheet's lower edge, in front of the trapezius.
        // Both heads are spread across at both ends (the sternal head narrowing to its tendon
        // on the notch, widthProfile), so their broad faces stay to the side all along: from one
        // point at one end, the sternal head twisted half a turn and showed edge-on, 6 mm wide
        // from the side at mid-neck, crossed by the clavicular head. The clavicular head ends
        // deeper on the mastoid, under the sternal head, instead of showing through it. The
        // sternal head's back anchor lies 2 mm medial of the mastoid's (the nuchal insertions'
        // line): 8 mm medial, the spread pointed straight back halfway up, square to the skin,
        // and two rings flipped sideways, a twist that read as a waist from the front; its
        // rings keep their side (keepsSide), so its tendon can reach down onto the front of the
        // manubrium (ending 4 mm above the notch, the heads stopped short of the sternum over
        // the straps' ends) without flipping again; 23 mm wide, its anterior border still
        // meets the sternohyoid at mid-neck. The
        // clavicular head is the flat one: thin where it bends up from the clavicle
        // (thicknessProfile), it no longer stands on the bone as a rounded lip. 24 mm wide
        // (18 before), its posterior border covers the levator scapulae's front edge, which
        // from the front showed beside it as a long thin strand up to the jaw.
        {.id = "scm-sternal", .name = "Sternocleidomastoid (sternal head)", .shape = S::Strap, .layer = L::Superficial, .origin = {{"jugular-notch", {6, -5, -4}}, {"jugular-notch", {18, -3, -2}}}, .insertion = {{"mastoid", {4, -4, 0}}, {"mastoid", {-2, 24, 10}}}, .width = 23, .thickness = 11, .depth0 = 1.5f, .depth1 = 1.5f, .widthProfile = {0.1f, 0.6f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f}, .keepsSide = true},
        {.id = "scm-clavicular", .name = "Sternocleidomastoid (clavicular head)", .shape = S::Strap, .layer = L::Superficial, .origin = {{"sternoclavicular", {14, 2, 8}}, {"sternoclavicular", {44, 6, 10}}}, .insertion = {{"mastoid", {4, 0, -4}}, {"mastoid", {-2, 14, 2}}}, .width = 24, .thickness = 10, .depth0 = 2.5f, .depth1 = 5.5f, .thicknessProfile = {0.35f, 0.6f, 0.85f, 1.0f, 1.0f, 1.0f, 1.0f, 0.8f, 0.5f}},
        {.id = "splenius-capitis", .name = "Splenius capitis", .shape = S::Sheet, .layer = L::Intermediate, .origin = {{"c2", {0, 4, -40}}, {"t1", {0, 2, -20}}}, .insertion = {{"mastoid", {0, -2, 6}}, {"mastoid", {-16, 16, 14}}}, .width = 0, .thickness = 7, .depth0 = 10, .depth1 = 8},
        {.id = "splenius-cervicis", .name = "Splenius cervicis", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"t4", {0, 2, 12}}, {"t4", {0, 2, -30}}}, .insertion = {{"c2", {30, -30, 6}}}, .width = 12, .thickness = 6, .depth0 = 12, .depth1 = 16},
        {.id = "semispinalis-capitis", .name = "Semispinalis capitis", .shape = S::Column, .layer = L::Deep, .origin = {{"t4", {18, -18, 20}}}, .insertion = {{"inion", {8, -8, -12}}, {"inion", {34, -18, -14}}}, .via = {{"c7", {16, -20, 0}}}, .width = 20, .thickness = 10, .depth0 = 16, .depth1 = 16},
        // The lateral insertion 5 mm deeper: at 30 mm its end poked through the upper
        // trapezius' lateral border as a small dark tab 35 mm below the inion.
        {.id = "suboccipitals", .name = "Suboccipital muscles", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"c2", {2, -8, 0}}, {"c2", {28, -30, 16}}}, .insertion = {{"inion", {8, -20, -26}}, {"inion", {38, -35, -28}}}, .width = 10, .thickness = 8, .depth0 = -1, .depth1 = -1},
        // From the transverse processes of C1 to C4 (two anchors): from one point on C2 it left
        // a gap behind the sternocleidomastoid's posterior border, through which the vertebrae
        // and the other side's muscles showed from the side.
        {.id = "levator-scapulae", .name = "Levator scapulae", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"c2", {35, -37, -10}}, {"c2", {33, -40, -40}}}, .insertion = {{"scapula-superior-angle", {-2, 5, -6}}}, .width = 24, .thickness = 10, .depth0 = 11, .depth1 = 10},
        // The scalenes are the floor of the posterior triangle, seen from the front above the
        // clavicle lateral to the sternocleidomastoid: broad and near the skin at their lower
        // ends (the middle one to the first rib behind the anterior, the posterior lateral to it
        // toward the second rib). Narrow and 11-18 mm deep there, they left the root of the neck
        // empty, and rays from the front over the clavicle met the middle trapezius and the
        // semispinalis capitis at the back of the neck.
        {.id = "scalene-anterior", .name = "Anterior scalene", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"c2", {24, -19, -13}}, {"c2", {26, -7, -63}}}, .insertion = {{"first-rib-tubercle", {8, 4, 4}}}, .width = 14, .thickness = 8, .depth0 = 20, .depth1 = 6},
        {.id = "scalene-medius", .name = "Middle scalene", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"c2", {26, -15, -11}}, {"c2", {27, -3, -63}}}, .insertion = {{"first-rib-tubercle", {44, 18, 16}}}, .width = 22, .thickness = 9, .depth0 = 20, .depth1 = 10},
        {.id = "scalene-posterior", .name = "Posterior scalene", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"c2", {27, -9, -35}}, {"c2", {28, -1, -63}}}, .insertion = {{"first-rib-tubercle", {58, 34, 10}}}, .width = 12, .thickness = 8, .depth0 = 20, .depth1 = 10},
        // The rhomboids rise from 4 mm under the skin at the spines to 2 mm at the medial border,
        // their lower border sinking under the latissimus at the inferior angle (depthAcross):
        // 6 mm down all across, the strip between the trapezius and the infraspinatus was a
        // trench 7.4 mm deep whose walls read as loose plates.
        {.id = "rhomboids", .name = "Rhomboids", .shape = S::Sheet, .layer = L::Intermediate, .origin = {{"c7", {6, 2, -10}}, {"t4", {6, 2, -26}}}, .insertion = {{"scapula-spine-root", {6, 2, 8}}, {"scapula-inferior-angle", {6, 2, 4}}}, .width = 0, .thickness = 6, .depth0 = 4, .depth1 = 2, .depthAcross = -7},
        // The serratus' lowest digitations end 18 mm under the skin at the inferior angle
        // (lastSlipDepth1), the upper ones 30 mm under the scapula: diving to 30 mm, the lower
        // ones passed under the intercostal sheet behind the arm and the ribs showed in the slit
        // between the triceps and the latissimus from the side; ending 12 mm under, their tips
        // stood out on the latissimus' flank seen from behind.
        {.id = "serratus-anterior", .name = "Serratus anterior", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"rib-8-lateral", {-32, -8, 215}}, {"rib-8-lateral", {-20, -20, 175}}, {"rib-8-lateral", {-14, -38, 145}}, {"rib-8-lateral", {-12, -58, 118}}, {"rib-8-lateral", {-10, -66, 88}}, {"rib-8-lateral", {-6, -64, 58}}, {"rib-8-lateral", {0, -46, 34}}, {"rib-8-lateral", {3, -32, 12}}, {"rib-8-lateral", {3, -14, -12}}}, .insertion = {{"scapula-superior-angle..scapula-inferior-angle:0", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.3", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.55", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.72", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.83", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.9", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.95", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.98", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:1", {12, -16, 0}}}, .via = {{"rib-8-lateral", {-12, 50, 190}}, {"rib-8-lateral", {8, 50, 15}}}, .width = 40, .thickness = 7, .depth0 = 1.1f, .depth1 = 30, .heads = 8, .firstSlipDepth0 = 22, .lastSlipDepth1 = 18},
        {.id = "serratus-posterior-superior", .name = "Serratus posterior superior", .shape = S::Sheet, .layer = L::Deep, .origin = {{"c7", {4, -4, -6}}, {"t1", {4, -4, -40}}}, .insertion = {{"t4", {66, -30, 12}}, {"t4", {72, -30, -36}}}, .width = 0, .thickness = 3, .depth0 = 17, .depth1 = 17},
        {.id = "serratus-posterior-inferior", .name = "Serratus posterior inferior", .shape = S::Sheet, .layer = L::Deep, .origin = {{"t12", {4, -4, 16}}, {"l1", {4, -4, -16}}}, .insertion = {{"t12", {92, -40, 50}}, {"t12", {98, -46, -6}}}, .width = 0, .thickness = 3, .depth0 = 14, .depth1 = 14},
        {.id = "supraspinatus", .name = "Supraspinatus", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"scapula-superior-angle", {10, -4, -4}}}, .insertion = {{"greater-tubercle", {-4, 2, 10}}}, .via = {{"supraspinous-fossa", {0, 0, 0}}}, .width = 26, .thickness = 12, .depth0 = 5, .depth1 = 16},
        // The infraspinatus fills its fossa 1.5-6 mm under the skin as a thick fan whose face
        // domes from its middle to thin borders (a lens section, rimThinning), at least 1 mm over
        // the latissimus' upper slip (an elliptical section dived to the latissimus' depth at its
        // rim and the two met along a torn line); thin at its origin on the medial border
        // (thicknessProfile). With the trapezius' flat sheet section it read as a flat plate,
        // its lower border a wall 3-4 mm high over the latissimus and its origin a strip
        // standing along the medial border. It fans from one
        // straight origin down the medial border, from the spine's root to 35 mm above the
        // inferior angle, to the greater tubercle, so its upper border runs under the spine and
        // its lower border rises along the teres minor: an origin bent round the spine's root
        // (along the spine, then down the border) folded its sections in a V, a crease from its
        // upper outer corner and an oval plate. Its upper border dives a little toward the
        // insertion (depthAcross) under the posterior deltoid's thin edge; diving 15-30 mm it
        // bared the spine's lower lip. The teres major starts under the latissimus at the
        // inferior angle and rises toward the arm, so it shows as a thick band above the
        // latissimus' upper border; the teres minor runs from the lateral border (below)
        // as a band just under the skin along the infraspinatus' lower border, deeper under the
        // deltoid (from one point on the border it was a strip a few millimetres wide).
        // The teres major stays 11 mm down under the latissimus at the inferior angle, rises to
        // 3 mm where it shows above the latissimus' upper border (depthProfile), with a lens
        // section whose rims lie a quarter of its thickness down (an ellipse's lay 9 mm under
        // its face, a trench beside the teres minor), keeps near that depth to four fifths of
        // its length and sinks again to 6 mm at the arm (at 3 mm it ended on the skin of the
        // armpit as a square block; sinking from 3 mm at 0.75 to 9 mm at the arm brought its
        // lower border down level with the latissimus' upper slip near the arm, the two cut
        // through each other in a ragged line, and the end crumpled). Its via is 8 mm higher and
        // its belly 8 mm wider, so its upper border reaches the teres minor's lower one. The
        // teres minor springs from the lateral border's upper two thirds (from half way down
        // toward the inferior angle its tapered end lay on the latissimus as a long spike).
        // The infraspinatus rises to 0.5 mm under the skin at its origin and its upper border no
        // longer dives (depthAcross 4 -> -1: its lower border sinks a little under the latissimus
        // instead): its upper rim lay 1-2 mm behind the spine's crest beside the acromion, where
        // a white speck of bone showed between it, the trapezius and the deltoid. Its upper
        // lateral part rises 1-1.5 mm half way to the arm (depthProfile) into the hollow over
        // the crest of the spine between the trapezius and the deltoid, where it lay 8-18 mm
        // under the skin. With its origin sunk 1.2 mm as well, the lower trapezius' border stood
        // over it as a bright strip; raised further, its border met the deltoid's level.
        {.id = "infraspinatus", .name = "Infraspinatus", .shape = S::Fan, .layer = L::Superficial, .origin = {{"scapula-spine-root", {-2, 2, 12}}, {"scapula-inferior-angle", {-4, 2, 35}}}, .insertion = {{"greater-tubercle", {-4, 14, 6}}, {"greater-tubercle", {-4, 14, -14}}}, .width = 34, .thickness = 12, .depth0 = 0.5f, .depth1 = 6, .depthAcross = -1.0f, .thicknessProfile = {0.25f, 0.9f, 1.0f, 0.9f, 0.45f}, .depthProfile = {0, 0, 0, 0, -1.5f, -1.0f, 0, 0, 0}, .rimThinning = 4.0f},
        // The teres minor's origin line runs along the band, so its end ring is a long thin
        // diagonal: its lower tip lay 5-6 mm over the latissimus as a tab drawn out to a point.
        // Its first fifth sinks under the latissimus (depthProfile), so it ends rounded there;
        // the origin starts a little lower (0.55, was 0.65) to keep the band's full width.
        // The origin's two anchors now lie across the band (the lower one on the border, the
        // upper one 25 mm in on the fossa), so its end is blunt: along the border, the part seen
        // between the infraspinatus and the latissimus hung down as a tongue tapering to a point.
        // 14 mm wide with a slight lens section, it rises 2 mm over its second third (9-11 mm
        // deep there, it lay at the bottom of a dark slot between the infraspinatus and the
        // deltoid) and dips 0.5 mm where it passes under the deltoid's border (level, its top
        // stood there as a bright knob); its insertion 2-3 mm higher keeps the teres major's
        // upper border in view beside it. It is 6 mm thick, a flat band: 10 thick it lay along
        // the infraspinatus' lower border as a round cord shaded light to dark across. Narrower
        // (12 mm) it opened the triangular space beside the long head, where the latissimus
        // showed 15-17 mm down in a 7-cell patch (posterior_axilla_test.cpp). Its lower rim
        // sinks 2 mm toward the insertion (depthAcross): flat and level it lay over the teres
        // major's upper border, seen only 10 mm wide under it (teres_test.cpp asks 12).
        {.id = "teres-minor", .name = "Teres minor", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"scapula-inferior-angle..scapula-lateral-border:0.55", {0, -3, 5}}, {"scapula-lateral-border", {-26, 11, -14}}}, .insertion = {{"greater-tubercle", {-4, 16, -27}}, {"greater-tubercle", {-4, 16, -16}}}, .width = 14, .thickness = 6, .depth0 = 2, .depth1 = 6, .depthAcross = 2.0f, .depthProfile = {12.0f, 5.0f, 1.0f, -2.0f, -2.0f, -0.5f, 0.5f, 0.5f, 0.0f, 0.0f}, .rimThinning = 1.0f},
        {.id = "teres-major", .name = "Teres major", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"scapula-inferior-angle", {10, 0, 10}}}, .insertion = {{"bicipital-groove", {-10, 8, -30}}}, .via = {{"scapula-lateral-border", {20, 0, -12}}}, .width = 52, .thickness = 18, .depth0 = 11, .depth1 = 9, .depthProfile = {0.0f, 0.0f, -3.0f, -7.0f, -7.0f, -3.0f}, .rimThinning = 2.0f},
        {.id = "subscapularis", .name = "Subscapularis", .shape = S::Fan, .layer = L::Deep, .origin = {{"scapula-superior-angle", {6, -22, -10}}, {"scapula-inferior-angle", {4, -20, 24}}}, .insertion = {{"lesser-tubercle", {-4, 4, 0}}}, .via = {{"glenoid", {-14, -22, -12}}}, .width = 10, .thickness = 12, .depth0 = -1, .depth1 = -1},
        // The latissimus' origin line is its muscular border (the aponeurosis medial to it is the
        // thoracolumbar fascia): down beside the spines from T7 to T12-L1, from there down and
        // out to the iliac crest 60 mm from the midline, along the crest and up to the tenth rib,
        // one anchor a slip with the bends at the slips' boundaries. The upper three slips follow
        // the line through its bends (slipsAlongOrigin): as straight chords, the upper slip's end
        // stood out beside the spine below the border as a tooth 20 mm long, and the slips met at
        // the crest in a jagged spike. The lowest keeps its chord: following the line onto the
        // crest, its rings were narrowed to a strip over the waist. The odd slips lie 0.4 mm
        // under the even ones at the origin (slipStagger), fading toward the arm: at one depth
        // the two middle slips' faces crossed in a staircase up from its lowest point. Its crest
        // anchors lie on the crest: 10-13 mm above it, its border ran 15 mm over the gluteus
        // medius' top, the fascia showing between them as a white channel with spikes.
        {.id = "latissimus-dorsi", .name = "Latissimus dorsi", .shape = S::Fan, .layer = L::Superficial, .origin = {{"t7", {4, 2, 0}}, {"t12..l1:0.5", {2, 2, 0}}, {"iliac-crest..psis:0.8", {0, 12, 0}}, {"iliac-crest..psis:0.3", {-2, 10, -11}}, {"rib-10-lateral", {-6, 50, 10}}}, .insertion = {{"bicipital-groove", {-4, 6, -24}}, {"bicipital-groove", {-4, 6, -4}}}, .width = 0, .thickness = 8, .depth0 = 2, .depth1 = 12, .heads = 4, .sheetOverlap = 0.25f, .slipsAlongOrigin = 3, .slipStagger = 0.4f, .fieldNormals = true, .seamFieldNormals = 8},
        // The deltoid's three parts make one rounded cap: a continuous U of origin (lateral third
        // of the clavicle, acromion, spine of the scapula), each part overlapping its neighbour
        // at one depth with the flat, feather-rimmed section (sheetOverlap), so the seams are
        // hairlines; thin at the tendinous origin and thickest over the humeral head, so their
        // tops blend into the bone instead of ending square; narrowing (widthProfile) onto the
        // tuberosity in a V, the posterior part from its middle on so the teres major still
        // shows below it, its border curving down over the teres minor and the triceps' long
        // head (spreadProfile: keeping its origin's spread to the end, it ended in a square,
        // level edge). As elliptical sections at staggered depths they were stacked slabs.
        // The posterior part's lower border sinks up to 3 mm toward the arm (depthAcross, from
        // half way down, none at the tuberosity): its thin edge stood 4-13 mm over the triceps'
        // heads, a step with a dark rim; sunk 4 mm or more it cut through them in a jagged line.
        // The middle part's origin rises over the acromion to the trapezius' insertion (and the
        // anterior part's lateral end with it), so the cap domes over the top of the shoulder:
        // level with the acromion it was cut flat, a square corner 15-24 mm inside the skin's
        // rounded outline from the front and a plateau from the side. Its back end stays low:
        // raised, it lay over the posterior part's top in a step. The anterior part's acromial
        // end lies 18 mm in front of the acromion and 16 mm above it: 24 mm in front and 10 mm
        // above, its top edge ran straight along the clavicle, and from the front view's low eye
        // a slot over the shoulder between it, the trapezius and the middle part showed as a
        // notch in a hard skyline (deltoid_cap_test.cpp; higher, its depth stepped over 2 mm).
        // The posterior part's acromial corner reaches up and out over the back of the acromion
        // to the trapezius' end and the middle part's origin (originRimReach): where its anchor
        // puts it, a hollow 40 mm deep stayed open behind the acromion, and the posterior view's
        // rising rays looked through it onto the far side of the shoulder, a dark slit.
        // Below, the three parts converge down the side of the arm in one V on the tuberosity
        // (deltoid_insertion_test.cpp). The anterior part's chord from the clavicle runs in
        // front of the humerus: its lower half is carried 12 mm out and 6 mm back (pathBend),
        // so it narrows obliquely down the front of the arm instead of wrapping it 61 mm wide
        // and ending in a cut edge across the biceps; its medial rim sinks up to 3 mm toward
        // the biceps over its last third (depthAcross: the edge stood 2.5-8.8 mm over it),
        // starting from five eighths of the way down: from three quarters, the border stood
        // 1.6-3.1 mm over the biceps 50-60 mm above the tuberosity, a lifted shelf.
        // Carried back by moving its insertion instead, the whole chord moved and the
        // pectoralis major's tendon showed through it. The middle part ends lowest and 3 mm
        // back, the V's point (8 mm apart, the parts' points made a W from the side with the
        // humerus showing between them); its anterior rim sinks under the anterior part, 2 mm
        // from its top over its middle, 1 mm at the tuberosity (depthAcross): sunk 1 mm and only
        // below its top quarter, the two faces ran level along much of the border and the render
        // drew dark slits in the anterior part's upper third and a dashed border from the side;
        // 1 mm at its top, its face came back through the anterior part's 12-15 mm inside that
        // part's border below the acromion, a short dark cut from the front.
        {.id = "deltoid-anterior", .name = "Anterior deltoid", .shape = S::Fan, .layer = L::Superficial, .origin = {{"clavicle-mid", {22, -4, 0}}, {"acromion", {-10, -18, 16}}}, .insertion = {{"deltoid-tuberosity", {0, -8, 0}}}, .width = 30, .thickness = 16, .depth0 = 2, .depth1 = 2, .sheetOverlap = 0.25f, .depthAcross = 3, .depthAcrossProfile = {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.45f, 0.55f, 1.0f, 1.0f}, .pathBend = {12, 6, 0}, .pathBendProfile = {0, 0, 0, 1, 0.6f}, .widthProfile = {0.3f, 0.9f, 0.8f, 0.5f, 0.0f}, .thicknessProfile = {0.3f, 0.8f, 1.0f, 0.8f, 0.35f}},
        {.id = "deltoid-middle", .name = "Middle deltoid", .shape = S::Fan, .layer = L::Superficial, .origin = {{"acromion", {-8, -30, 10}}, {"acromion", {-22, 0, 20}}, {"acromion", {-4, 30, 2}}}, .insertion = {{"deltoid-tuberosity", {4, 3, -8}}}, .width = 40, .thickness = 16, .depth0 = 2, .depth1 = 2, .sheetOverlap = 0.25f, .depthAcross = 2, .depthAcrossProfile = {1.0f, 1.0f, 1.0f, 1.0f, 0.5f}, .widthProfile = {0.3f, 0.9f, 0.8f, 0.5f, 0.0f}, .thicknessProfile = {0.3f, 0.8f, 1.0f, 0.8f, 0.35f}},
        {.id = "deltoid-posterior", .name = "Posterior deltoid", .shape = S::Fan, .layer = L::Superficial, .origin = {{"acromion", {-2, 20, 6}}, {"spine-of-scapula-mid", {-14, 10, 4}}}, .insertion = {{"deltoid-tuberosity", {2, 3, 0}}}, .width = 34, .thickness = 14, .depth0 = 2, .depth1 = 2, .sheetOverlap = 0.25f, .depthAcross = -3, .depthAcrossProfile = {0.0f, 0.0f, 0.5f, 1.0f, 0.0f}, .originRimReach = {16, -6, 34}, .widthProfile = {0.3f, 0.9f, 0.75f, 0.35f, 0.0f}, .thicknessProfile = {0.3f, 0.8f, 1.0f, 0.8f, 0.35f}, .spreadProfile = {1.0f, 1.0f, 0.75f, 0.3f, 0.0f}},
        // The pectoralis major's clavicular slip arises along the clavicle through the anchor
        // below the sternoclavicular joint (slipsAlongOrigin): from the straight chord between
        // the clavicle's middle and the sternum it hung below the bone's medial half, a gap of
        // up to 10 mm over its upper border (pectoral_fan_test.cpp). The upper sternocostal slip
        // lies 1.2 mm deeper than its neighbours (slipDepth), so its seams are clean lines: at
        // 0.3 mm its face crossed the clavicular slip's at a slant 15-55 mm from the midline,
        // seen from the render's low eye as a pale ragged band. The lower sternocostal slip's
        // origin ends on the sternum 9 mm below where the lowest slip's begins (slipOrigins):
        // running on 26 mm further, its corner stood under that slip's origin as a spike by the
        // xiphoid, with a notch of rectus between the two (pectoral_fan_test.cpp). Where slips
        // overlap, their rims sink 1.5 mm under the neighbour's face (sheetRimSink; not the
        // muscle's own borders, sheetRimSides 0): left standing 0.7-1.2 mm over it, each rim
        // read from the front as a thin dark line across the chest; sunk, a soft groove.
        // Where the clavicular slip crosses the hollow under the clavicle its rings are sunk up
        // to 3 mm, and there the upper sternocostal slip's rim lies over its face instead: the
        // rim's bevel, facing up and back, shaded as a dark hairline 90 mm long across the
        // upper chest from the front view's low eye. Bevels over another slip take the skin
        // field's normal (seamFieldNormals, as the latissimus'), so the seam reads as one fan.
        // Rims tucked 0.1-0.7 mm under the neighbour's face take it too (seamFieldNormalsTucked):
        // their bevels won the depth test in places and read as short jagged dark marks.
        {.id = "pectoralis-major", .name = "Pectoralis major", .shape = S::Fan, .layer = L::Superficial, .origin = {{"clavicle-mid", {6, -4, -2}}, {"sternoclavicular", {-8, -8, -3}}, {"sternal-angle", {7, -8, 0}}, {"sternal-angle..xiphoid:0.5", {7, -6, 0}}, {"xiphoid", {8, -6, 4}}, {"rib-5-front", {-12, -4, -36}}}, .insertion = {{"bicipital-groove", {2, -12, 0}}, {"bicipital-groove", {4, -12, -32}}}, .width = 0, .thickness = 16, .depth0 = 1.5f, .depth1 = 4.5f, .heads = 4, .sheetOverlap = 0.25f, .slipVia = {{}, {}, {}, {"rib-5-front", {40, 20, 55}}}, .liftCorners = true, .slipsAlongOrigin = 1, .slipOrigins = {{}, {}, {{"sternal-angle..xiphoid:0.172", {7, -7.31f, 0}}, {"sternal-angle..xiphoid:0.85", {7.8f, -6, 0}}}}, .slipDepth = {0.0f, 1.2f}, .sheetRimSink = 1.5f, .sheetRimSides = 0, .fieldNormals = true, .seamFieldNormals = 8, .seamFieldNormalsTucked = true},
        {.id = "pectoralis-minor", .name = "Pectoralis minor", .shape = S::Fan, .layer = L::Intermediate, .origin = {{"rib-5-front", {0, 0, 40}}, {"rib-5-front", {12, 8, -10}}}, .insertion = {{"coracoid", {0, -2, -4}}}, .width = 0, .thickness = 8, .depth0 = 24, .depth1 = 22},
        {.id = "coracobrachialis", .name = "Coracobrachialis", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"coracoid", {2, 0, -6}}}, .insertion = {{"humerus-mid", {-18, -6, 0}}}, .width = 14, .thickness = 12, .depth0 = 9, .depth1 = 10},
    };
    // clang-format on
}

std::vector<MuscleSpec> armAndHand() {
    // One row per muscle reads better unwrapped.
    // clang-format off
    return {
        // The two heads wide enough to meet over the front of the arm (a groove of humerus and
        // brachialis showed between them on the fuller arm of girth_test.cpp). Their top starts
        // 6 mm deeper, fading out by a quarter of the way down (depthProfile), under the
        // pectoralis major and the deltoid: at 7 mm under the skin it stood in front of the
        // pectoral's upper slips, sunk to 10 mm onto the arm, and showed in a staircase of
        // flecks along the deltopectoral groove (pectoral_fan_test.cpp).
        {.id = "biceps-brachii", .name = "Biceps brachii", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"coracoid", {0, 0, -8}}, {"bicipital-groove", {0, 0, 8}}}, .insertion = {{"radial-tuberosity", {0, -10, 0}}}, .width = 44, .thickness = 28, .depth0 = 2, .depth1 = 2, .heads = 2, .depthProfile = {6.0f, 3.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}},
        // The brachialis covers the front of the lower humerus from just below the deltoid's
        // insertion (embracing its point) and wraps its lateral face back to the lateral border
        // (12 mm behind the humerus' axis: at 8 the fuller arm showed bone below mid-arm), so
        // from the side it meets the triceps over the lateral intermuscular septum instead of
        // leaving a strip of bone; broad to the elbow, it narrows onto the ulnar tuberosity.
        // Laid round the bone through three points rather than under the skin: following the
        // skin, its section turned between the origin's slant and the skin's, a twisted blob in
        // the deep view (biceps hidden). Its lateral border reaches 34 mm out from the axis and
        // its origin starts round the deltoid's point: from the side, 26 mm out and 18 behind,
        // its thin edge lay 17 mm under the skin in the groove between the biceps and the
        // triceps, a dark channel, with the humerus showing at its top (elbow_lateral_test.cpp).
        {.id = "brachialis", .name = "Brachialis", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"humerus-mid", {-16, -22, 22}}, {"humerus-mid", {16, -20, 22}}, {"humerus-mid", {34, 12, 22}}}, .insertion = {{"ulna-coronoid", {-14, -14, -16}}, {"ulna-coronoid", {0, -10, -20}}, {"ulna-coronoid", {10, -4, -18}}}, .width = 20, .thickness = 14, .depth0 = -1, .depth1 = -1, .widthProfile = {0.6f, 0.8f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.5f, 0.35f, 0.25f}},
        // Three heads: the long (medial) and lateral heads bulge over the upper half of the back
        // of the arm and end on the sides of the tendon's plate (triceps-tendon, aponeurosis.cpp)
        // at four fifths of the arm, the lateral head's lower border running obliquely over it;
        // the medial head, from the back of the lower humerus, lies under the plate and shows
        // beside it down to the olecranon. With two heads running as spindles to the elbow
        // (44 mm wide, 9 mm under the skin at mid-arm) the back of the arm read as columns
        // round a white strip, with the biceps and brachialis in dark grooves at either side.
        // Near the armpit the depth and the width term are as they were (the profiles' first
        // samples), so the long head is not raised there; 16 rings a head keep three heads at
        // about the two's triangles. The long head alone comes up 4 mm from a quarter to three
        // eighths of its length (firstHeadDepthProfile), between the teres minor and over the
        // teres major: at the shared depth it lay 9-13 mm under the skin there, under the teres
        // major's 6-7. 5 mm up, its lateral border drew off the lateral head under the
        // deltoid's edge and left an 11 mm step (arm_back_test.cpp). It now comes up 6 mm there
        // and is narrow until half way down (firstHeadWidthProfile), then broad over the
        // medial half of the arm: as wide as the lateral head and ending 2 mm nearer the
        // skin, its rings reached round onto the side of the chest, were narrowed to a 12-16 mm
        // strip on the arm's medial slope, and the biceps and coracobrachialis showed beside it
        // in a groove 30-40 mm deep (several thin strips from behind, not a triceps). The
        // heads' ends sink 2.5 mm (the profiles' last samples): 2 mm under the skin, the long
        // and lateral heads' thin ends lay on the medial head and the tendon and ended there
        // as square-cut shelves up to 12 mm high.
        {.id = "triceps-brachii", .name = "Triceps brachii", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"glenoid", {-6, 10, -24}}, {"shoulder-joint", {18, 22, -50}}, {"humerus-mid", {-6, 16, 0}}}, .insertion = {{"shoulder-joint..elbow-joint:0.86", {-24, 42, 0}}, {"shoulder-joint..elbow-joint:0.8", {24, 40, 0}}, {"olecranon", {0, 8, 10}}}, .width = 60, .thickness = 26, .depth0 = 10, .depth1 = 2, .heads = 3, .ownInsertions = true, .headScale = {1.3f, 1.5f, 2.2f}, .widthProfile = {0.367f, 0.587f, 0.733f, 0.95f, 1.0f, 1.0f, 0.85f, 0.55f, 0.2f}, .thicknessProfile = {0.4f, 0.8f, 1.0f, 1.0f, 0.9f, 0.75f, 0.55f, 0.4f, 0.3f}, .depthProfile = {0.0f, 0.0f, 0.0f, -2.0f, -3.0f, -2.0f, -1.0f, 0.5f, 2.5f}, .firstHeadDepthProfile = {0.0f, -2.0f, -6.0f, -6.0f, -4.0f, -2.0f, -1.0f, 0.5f, 2.5f}, .firstHeadWidthProfile = {0.3f, 0.4f, 0.45f, 0.65f, 1.0f, 1.0f, 0.85f, 0.55f, 0.2f}, .rimThinning = 1.0f, .rings = 16},
        // Its insertion on the ulna's posterior border (upper quarter), so that only a strip
        // of the border shows beside it; 14 mm lateral of the bone, the ulna showed 18 mm wide
        // with the brachialis in a gap between them. A flat triangle (lens section, 5 mm) whose
        // upper border runs from high on the epicondyle to the olecranon's top and tucks under
        // the triceps' tendon there (depthAcross): 8 mm thick, 20 wide and from the epicondyle's
        // middle to the olecranon's side, it was a dark dome with a flat top edge standing over
        // the bare bone, 25 mm under the skin here. 4 mm thick with 8 mm of belly width, 3.5 mm
        // under the skin: 5 mm thick, 12 wide and 2 deep it bulged as a domed shield (6.8 mm
        // thick from behind) over the back of the elbow. Its rings lie square to its course, which
        // ran straight down and medially at 45 degrees, so their lateral ends hung under the
        // epicondyle and its lateral border ran straight down 30 mm before turning in to its
        // point on the ulna, a shield (8.3 mm past the epicondyle-to-point line); bowed medially
        // through a point below the olecranon (via), its lower border runs straight from the
        // epicondyle to the ulna (2.6 mm), with the extensor carpi ulnaris along it; 12 mm of
        // belly width and its end at 0.27 of the ulna keep it 20 mm wide over the forearm's
        // upper fifth (elbow_back_test.cpp; 23.8 before).
        {.id = "anconeus", .name = "Anconeus", .shape = S::Fan, .layer = L::Superficial, .origin = {{"lateral-epicondyle", {-2, 8, 8}}}, .insertion = {{"olecranon..ulnar-styloid:0.27", {-6, 4, 0}}, {"olecranon", {-8, 6, 8}}}, .via = {{"olecranon", {10, 2, -10}}}, .width = 12, .thickness = 4, .depth0 = 3.5f, .depth1 = 3.5f, .depthAcross = -2.5f, .rimThinning = 1.0f},
        // The brachioradialis rises from the upper two thirds of the lateral supracondylar
        // ridge (to 11 cm above the epicondyle), on the ridge itself, behind the brachialis.
        // Its origin is the ridge's top, one point, and its belly widens from there
        // (widthProfile, thicknessProfile: the pennate class's from a third of the way on):
        // from an 80 mm origin line down the ridge, along its own course, its first rings
        // each spanned that height and lay over one another, a heap of flaps with dark gaps
        // down the lateral contour of the elbow (elbow_lateral_test.cpp: 110 rays entered
        // it more than once). Its top sinks 6 mm, rising over the first quarter of its length
        // (depthProfile), so from behind it lies against the lateral head of the triceps as a
        // narrow edge: at 2 mm its point stood apart from the head with a groove down to the
        // brachialis between them, a thin spike beside the arm (arm_back_test.cpp).
        {.id = "brachioradialis", .name = "Brachioradialis", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"lateral-epicondyle", {-5, 8, 112}}}, .insertion = {{"elbow-joint..wrist-joint:0.62", {22, -12, 0}}}, .via = {{"elbow-joint..wrist-joint:0.3", {34, -16, 0}}}, .width = 44, .thickness = 18, .depth0 = 2, .depth1 = 2, .widthProfile = {0.15f, 0.45f, 0.75f, 0.93f, 0.996f, 0.995f, 0.963f, 0.905f, 0.824f, 0.721f, 0.597f, 0.445f, 0.2f}, .thicknessProfile = {0.1f, 0.4f, 0.75f, 0.93f, 0.996f, 0.995f, 0.961f, 0.899f, 0.813f, 0.704f, 0.572f, 0.41f, 0.15f}, .depthProfile = {6.0f, 4.0f, 2.0f, 0.5f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}},
        // The extensor carpi radialis longus arises below it along the ridge's lower end, from
        // its front to its back (two anchors): from one point in front of it, a slot between
        // its top and the anconeus showed the ulna from the side (elbow_lateral_test.cpp).
        {.id = "extensor-carpi-radialis-longus", .name = "Extensor carpi radialis longus", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"lateral-epicondyle", {4, 0, 26}}, {"lateral-epicondyle", {0, 14, 14}}}, .insertion = {{"second-metacarpal-base", {0, 12, 0}}}, .via = {{"elbow-joint..wrist-joint:0.35", {32, 8, 0}}}, .width = 22, .thickness = 12, .depth0 = 2, .depth1 = 2},
        {.id = "extensor-carpi-radialis-brevis", .name = "Extensor carpi radialis brevis", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"lateral-epicondyle", {0, 8, 0}}}, .insertion = {{"second-metacarpal-base", {-14, 12, 0}}}, .via = {{"elbow-joint..wrist-joint:0.45", {22, 22, 0}}}, .width = 22, .thickness = 10, .depth0 = 2, .depth1 = 2},
        // Its origin from the back of the epicondyle, medial of the other extensors', so its
        // border runs beside the anconeus' lower border: from 4 or 8 mm medial, the radius
        // showed between them 20-35 mm below the elbow.
        {.id = "extensor-carpi-ulnaris", .name = "Extensor carpi ulnaris", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"lateral-epicondyle", {-11, 14, -6}}}, .insertion = {{"ulnar-styloid", {2, 6, -14}}}, .via = {{"ulna-mid", {4, 12, 0}}}, .width = 22, .thickness = 10, .depth0 = 2, .depth1 = 2},
        // The extensor digitorum's belly ends 40 mm above the wrist, where its tendons
        // (aponeurosis.cpp) go on under the extensor retinaculum: ending 34 mm below the wrist,
        // it lay over the carpus as a red block with the tendons' tops standing on it as pegs.
        {.id = "extensor-digitorum", .name = "Extensor digitorum", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"lateral-epicondyle", {-2, 12, 0}}}, .insertion = {{"elbow-joint..wrist-joint:0.84", {10, 18, 0}}, {"elbow-joint..wrist-joint:0.84", {-12, 18, 0}}}, .via = {{"elbow-joint..wrist-joint:0.5", {4, 24, 0}}}, .width = 24, .thickness = 12, .depth0 = 2, .depth1 = 2},
        {.id = "supinator", .name = "Supinator", .shape = S::SmallDeep, .layer = L::Deep, .origin = {{"lateral-epicondyle", {-8, -4, -10}}}, .insertion = {{"radial-tuberosity", {4, -14, -26}}}, .width = 30, .thickness = 8, .depth0 = 7, .depth1 = 6},
        // The common flexor origin: the pronator teres', flexor carpi radialis' and ulnaris' tops
        // sink under the skin over the epicondyle (depthProfile) and start thick and narrow
        // (width/thicknessProfile), one rounded mass tapering onto it; fitted to the skin over
        // the bone at full depth they narrowed to blades whose tips stood 10 mm out past the
        // brachialis. The radialis' belly stays fleshy to 0.72 of the forearm, thinning into
        // its tendon: ending at 0.62, with the other flexors' tendons it made the forearm's lower
        // half a bundle of white cords.
        {.id = "flexor-carpi-radialis", .name = "Flexor carpi radialis", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"medial-epicondyle", {2, -8, 0}}}, .insertion = {{"elbow-joint..wrist-joint:0.72", {9, -18, 0}}}, .width = 34, .thickness = 12, .depth0 = 2, .depth1 = 2, .widthProfile = {0.25f, 0.6f, 0.86f, 0.98f, 1.0f, 0.9f, 0.74f, 0.56f, 0.38f, 0.22f, 0.08f}, .thicknessProfile = {0.55f, 0.8f, 0.93f, 1.0f, 1.0f, 0.92f, 0.78f, 0.6f, 0.42f, 0.26f, 0.1f}, .depthProfile = {6.0f, 2.5f, 0.5f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}},
        // From the back of the medial epicondyle and round the forearm's ulnar border to the
        // back, where its ulnar head arises from the ulna's posterior border: along the front of
        // that border it left the superficial flexor and the bare ulna showing from behind.
        // Its ulnar head's origin on the medial margin of the olecranon as well: from the
        // epicondyle alone, the epicondyle's back and the olecranon's medial side showed as a
        // pit of bare bone between it, the anconeus and the triceps' tendon.
        {.id = "flexor-carpi-ulnaris", .name = "Flexor carpi ulnaris", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"medial-epicondyle", {4, 12, 6}}, {"olecranon", {-12, 0, 6}}}, .insertion = {{"ulnar-styloid", {0, -10, -12}}}, .via = {{"elbow-joint..wrist-joint:0.5", {-20, -2, 0}}}, .width = 36, .thickness = 12, .depth0 = 2, .depth1 = 2, .widthProfile = {0.25f, 0.6f, 0.86f, 0.98f, 1.0f, 0.96f, 0.89f, 0.78f, 0.65f, 0.48f, 0.2f}, .thicknessProfile = {0.55f, 0.8f, 0.93f, 1.0f, 1.0f, 0.96f, 0.88f, 0.77f, 0.63f, 0.45f, 0.15f}, .depthProfile = {6.0f, 2.5f, 0.5f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}},
        // Both anchor lines run ulnar to radial: crossed, the belly turned over on itself.
        // Its belly ends obliquely, higher on the radial side, and narrows there (spreadProfile):
        // from two anchors side by side it ended in a level cut 34 mm across. Its fibres reach
        // over its tendons' band to 0.82-0.9 of the forearm, 3 mm under the skin: ending at
        // 0.76-0.86, 5 mm deep, its tendons lay apart below it as white sticks.
        {.id = "flexor-digitorum-superficialis", .name = "Flexor digitorum superficialis", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"medial-epicondyle", {10, -16, -6}}, {"radius-mid", {-4, -10, 30}}}, .insertion = {{"elbow-joint..wrist-joint:0.9", {-14, -14, 0}}, {"elbow-joint..wrist-joint:0.82", {16, -14, 0}}}, .width = 34, .thickness = 14, .depth0 = 4, .depth1 = 3, .widthProfile = {0.25f, 0.6f, 0.86f, 0.98f, 1.0f, 0.96f, 0.89f, 0.78f, 0.65f, 0.48f, 0.2f}, .thicknessProfile = {0.55f, 0.8f, 0.93f, 1.0f, 1.0f, 0.96f, 0.88f, 0.77f, 0.63f, 0.45f, 0.15f}, .spreadProfile = {1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 0.95f, 0.8f, 0.55f, 0.25f}},
        {.id = "pronator-teres", .name = "Pronator teres", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"medial-epicondyle", {4, -10, 6}}, {"medial-epicondyle", {8, -10, 20}}}, .insertion = {{"radius-mid", {2, -8, 10}}}, .width = 20, .thickness = 12, .depth0 = 2, .depth1 = 2, .widthProfile = {0.25f, 0.6f, 0.86f, 0.98f, 1.0f, 0.96f, 0.89f, 0.78f, 0.65f, 0.48f, 0.2f}, .thicknessProfile = {0.55f, 0.8f, 0.93f, 1.0f, 1.0f, 0.96f, 0.88f, 0.77f, 0.63f, 0.45f, 0.15f}, .depthProfile = {6.0f, 2.5f, 0.5f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}},
        {.id = "adductor-pollicis", .name = "Adductor pollicis", .shape = S::Fan, .layer = L::Deep, .origin = {{"palm-centre", {-10, 0, -14}}, {"palm-centre", {-4, 0, 10}}}, .insertion = {{"thumb-base", {24, -16, -38}}}, .width = 8, .thickness = 6, .depth0 = 7, .depth1 = 6},
        // First dorsal interosseous: the facing sides of the first and second metacarpals -> the
        // radial side of the base of the index's proximal phalanx, filling the first web space
        // behind the adductor (it ended medial of the index, and from the side the web showed
        // the bare second metacarpal). Its origin on the second metacarpal reaches up to the
        // bone's base and its insertion spans the base of the index (two anchors): the largest
        // of the four dorsal interossei (6650 mm3, the others 5400-5900), a triangle in the
        // web. Once the other three were parted into bellies, with one insertion anchor and
        // 16 mm wide it left the second metacarpal's radial side bare from behind.
        {.id = "first-dorsal-interosseous", .name = "First dorsal interosseous", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"thumb-base", {28, 4, -26}}, {"second-metacarpal-base", {6, 10, -4}}}, .insertion = {{"second-metacarpal-base", {38, 4, -56}}, {"second-metacarpal-base", {30, 8, -52}}}, .width = 20, .thickness = 12, .depth0 = 3, .depth1 = 3},
    };
    // clang-format on
}

}  // namespace

std::vector<MuscleSpec> trunkAndLeg();

const std::vector<MuscleSpec>& muscleTable() {
    static const std::vector<MuscleSpec> table = [] {
        std::vector<MuscleSpec> all = headNeckAndShoulder();
        for (auto& m : armAndHand()) all.push_back(std::move(m));
        for (auto& m : trunkAndLeg()) all.push_back(std::move(m));
        return all;
    }();
    return table;
}

}  // namespace tpa::body
