// Context muscles: outside the knowledge base, but without them the front of the neck showed
// the cervical vertebrae between the sternocleidomastoids, the face was a bare skull, the palm
// showed its bare metacarpals and the foot its bones. Attachments from standard anatomy
// texts (e.g. Gray's Anatomy); left side, the right is its mirror image.
#include "body/muscle_table.h"

namespace tpa::body {

const std::vector<MuscleSpec>& contextMuscleTable() {
    using S = MuscleShape;
    using L = core::Layer;
    // One row per muscle reads better unwrapped.
    // clang-format off
    static const std::vector<MuscleSpec> table = {
        // Back of the manubrium and medial end of the clavicle -> lower border of the hyoid body,
        // beside the midline over the larynx. Its origin is placed freely behind the notch: laid
        // under the skin there too, its lower end followed the skin forward over the notch and
        // the strap bowed 13 mm, a rounded lump under the chin from the front. Its top reaches
        // up under the floor of the mouth, 5 mm deep: ending 24 mm under the chin, the cervical
        // spine showed through the neck between the straps' tops and the mylohyoid from the
        // front. 24 mm wide and full to near its top (widthProfile), its lateral border tucks
        // under the sternocleidomastoid's anterior border up to the hyoid: 19 mm wide and
        // tapering, it left a notch there in which the digastric's tendon, the omohyoid's end,
        // slips of the sternothyroid and the back of the neck showed as small pieces.
        // Its ends lie 4 and 2 mm further back and it bows back 3 mm through a point over the
        // larynx (via): straight, its middle ran out through the skin where the neck's front
        // curves in, and pressed back under it was squashed flat and crumpled into slits where
        // the pair overlaps on the midline. Over its last twelfth it narrows to about half
        // (widthProfile) with its top 1 mm from the midline, so the pair ends in a rounded point
        // on the hyoid: full width to the top and centred 7.5 mm out, it was cut square under
        // the floor of the mouth, a flat lintel below the digastric's bellies; narrowed but
        // centred further out, the two tops left a notch on the midline onto the spine.
        {.id = "sternohyoid", .name = "Sternohyoid", .shape = S::Strap, .layer = L::Superficial, .origin = {{"jugular-notch", {8, 14, -2}}}, .insertion = {{"menton", {1, 38, -16}}}, .via = {{"jugular-notch", {8, 23, 46}}}, .width = 24, .thickness = 4, .depth0 = -1, .depth1 = 5, .widthProfile = {0.6f, 0.8f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 0.85f, 0.55f}},
        // Under the sternohyoid: back of the manubrium and the first costal cartilage -> oblique
        // line of the thyroid cartilage; a flat plate wider than the sternohyoid, placed freely
        // behind the manubrium (under the skin it lay in front of the bone). Narrow, it left the
        // root of the neck open between the sternocleidomastoid's heads down to the back muscles.
        // Up to 32 mm under the chin: ending 14 mm lower, nothing lay under the sternohyoid's
        // border there and the spine showed between it and the sternocleidomastoid.
        {.id = "sternothyroid", .name = "Sternothyroid", .shape = S::Strap, .layer = L::Intermediate, .origin = {{"jugular-notch", {4, 14, -14}}, {"jugular-notch", {28, 16, -12}}}, .insertion = {{"menton", {8, 40, -32}}, {"menton", {22, 42, -32}}}, .width = 6, .thickness = 4, .depth0 = -1, .depth1 = 7},
        // Superior border of the scapula, behind the clavicle -> intermediate tendon under the
        // sternocleidomastoid -> lower border of the hyoid beside the sternohyoid. Its inferior
        // belly crosses the supraclavicular fossa near the skin, a little above the clavicle and
        // broader than the upper belly (widthProfile). From its intermediate tendon up it runs
        // deep to the sternocleidomastoid (depthProfile): 3 mm under the skin all along, it
        // crossed over the sternal head and cut it in two from the front.
        {.id = "omohyoid", .name = "Omohyoid", .shape = S::Strap, .layer = L::Superficial, .origin = {{"clavicle-mid", {6, 26, 14}}}, .insertion = {{"menton", {18, 38, -22}}}, .via = {{"first-rib-tubercle", {4, -4, 30}}}, .width = 12, .thickness = 4, .depth0 = 3, .depth1 = 3, .widthProfile = {1.2f, 1.4f, 1.1f, 0.8f, 0.7f, 0.7f}, .depthProfile = {0, 0, 0, 0, 2, 8, 12, 13, 13, 11, 6}},
        // Mylohyoid line of the mandible -> hyoid body and the median raphe: the floor of the
        // mouth, seen between the two halves of the mandible from the front. Its origin is
        // nearer the skin (4 mm) and reaches back to the last molar, so it meets the depressor
        // anguli oris under the lower border: 6 mm deep, the border's underside showed between.
        // Its medial edge, the median raphe, lies just past the midline so the halves meet
        // (4 and 2 mm from it, the symphysis showed between them under the chin). Its lower
        // border reaches the straps' tops and 20 mm out along the hyoid: stopping 14 mm out and
        // 1-2 mm higher, the back of the neck showed through at the straps' lateral corners.
        {.id = "mylohyoid", .name = "Mylohyoid", .shape = S::Sheet, .layer = L::Deep, .origin = {{"menton", {-1, 6, 4}}, {"gonion", {-10, -16, -6}}}, .insertion = {{"menton", {-1, 34, -21}}, {"menton", {20, 40, -24}}}, .width = 0, .thickness = 4, .depth0 = 4, .depth1 = 6},
        // Behind and below the ear: the sternocleidomastoid's thin aponeurotic insertion on the
        // mastoid and the lateral half of the superior nuchal line, with the splenius capitis'
        // under it, up to the occipitalis and the back of the temporalis (the swept bellies
        // end at the mastoid, leaving the bone bare there). Swept under the skin, not laid on
        // the braincase: the mastoid process stands off the cranium field a cranialPatch
        // follows, so such a patch stayed buried in it; deeper at the top, where the scalp
        // thickens. Its back edge lies 28-30 mm from the midline, at the lateral end of the
        // trapezius' origin, and its lower edge 3.5 mm deep: its back corner tucks under the
        // trapezius, whose origin sinks toward the occiput, instead of standing over it. Its
        // upper part settles onto the braincase (settlesOnCranium), where the scalp thickens:
        // kept under the skin there, its top stood 5-8.5 mm off the bone as a plate between
        // the temporalis and the occipitalis, which now overlap its top edge.
        {.id = "nuchal-insertions", .name = "Sternocleidomastoid and splenius capitis insertions", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"mastoid", {4, -10, -4}}, {"mastoid", {-2, 26, 2}}, {"inion", {28, -11, -30}}}, .insertion = {{"mastoid", {8, -10, 52}}, {"mastoid", {8, 24, 52}}, {"inion", {30, -7, -2}}}, .width = 0, .thickness = 1.5f, .depth0 = 3.5f, .depth1 = 3.0f, .settlesOnCranium = 0.35f},
        // Face (the facial skeleton lies deeper under the skin to make room for them).
        // Orbicularis oculi: a band over the rim and lids, swept from the middle of the upper
        // margin medially, down past the medial palpebral ligament, round the lower and lateral
        // margin and back along the upper one over its start, so the ring is closed. A flat ring
        // (featherAcross): its face level over the lids' edge, where it thins from beneath, and
        // sinking as it thins toward its outer edge, above 1.5 mm more onto the frontalis, which
        // now lies just under the skin over the brow (4 mm while the frontalis lay on the bone;
        // with an elliptical section it stood as goggles, 6 mm over the frontalis at its upper
        // edge); its ends keep most of their width, so the overlap at the top is not a notch.
        // Above, that sink grows across 70 % of its width (featherSinkSpan), its face sloping
        // into the frontalis (sunk only where it thinned, it stood 6.2 mm proud of it 3 mm inside
        // its edge, a raised rim; 1.5 now; at 5 mm its rim ran under the frontalis in a step).
        // Its lateral point lies 2 mm further out, over the lateral orbital margin. The end it
        // starts with lies 1.2 mm deeper (depthProfile), under the other: at one depth their faces
        // coincided and took turns in front, a torn stripe across the ring's top. The end it
        // finishes with comes down 0.5 mm over its last few millimetres, onto the start (1 mm
        // over it, its cut edge read as a square-cut step across the ring's top).
        {.id = "orbicularis-oculi", .name = "Orbicularis oculi", .shape = S::Strap, .layer = L::Superficial, .origin = {{"nasion", {42, 2, 11}}}, .insertion = {{"nasion", {28, -1, 12}}}, .via = {{"nasion", {24, -3, 8}}, {"nasion", {15, -4, -8}}, {"nasion", {30, -2, -27}}, {"nasion", {50, 9, -21}}, {"nasion", {59, 16, -2}}, {"nasion", {47, 6, 10}}}, .width = 18, .thickness = 3, .depth0 = 2, .depth1 = 2, .featherAcross = 0.7f, .featherSink = 1.5f, .featherSinkSpan = 0.7f, .widthProfile = {0.85f, 1, 1, 1, 1, 1, 0.85f}, .thicknessProfile = {0.8f, 1, 1, 1, 1, 1, 0.8f}, .depthProfile = {1.2f, 1.1f, 1.0f, 0.6f, 0.25f, 0.1f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2f, 0.5f}},
        // Its palpebral part: a thin sheet in the closed lids, from the upper lid to the lower,
        // its rims under the ring (without it the orbit showed as an empty socket of bone),
        // level with the ring's face (2.5 mm deep, it lay 1.6 mm deeper than the ring, a hollow
        // inside it) and reaching under the ring's lower part and, laterally, under the ring's
        // lateral part, which dips 6-9 mm under the skin at the canthus (ending short of it, bone
        // showed in a slit there). 16 rings: with the 12 its length takes, the wider sheet left
        // the orbit bare (754 of 2,886 rays from the front met bone). Its upper and lower rims
        // dip 1.2 mm (depthProfile) under the ring's thin inner edge: level with it, they poked
        // through it in shards round the opening. Its lateral half lies up to 0.6 mm deeper
        // (depthAcross), so at the canthus it stays under the ring's thin inner edge (level with
        // it, it poked through in shards there; 1.5 mm deeper left a hollow inside the ring).
        {.id = "orbicularis-oculi-palpebral", .name = "Orbicularis oculi (palpebral part)", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"nasion", {18, -4, 7}}, {"nasion", {60, 11, 5}}}, .insertion = {{"nasion", {20, -4, -21}}, {"nasion", {60, 11, -19}}}, .width = 0, .thickness = 1.5f, .depth0 = 1.3f, .depth1 = 1.3f, .depthAcross = -0.6f, .depthAcrossProfile = {1, 1, 1}, .depthProfile = {1.2f, 0.4f, 0, 0, 0, 0, 0, 0, 0, 0.4f, 1.2f}, .rings = 16},
        // Orbicularis oris: the left half of the ring round the mouth, from the upper lip at the
        // midline (just past it, so the halves meet) round the modiolus to the lower lip (the
        // right half is its mirror).
        {.id = "orbicularis-oris", .name = "Orbicularis oris", .shape = S::Strap, .layer = L::Superficial, .origin = {{"menton", {-1, -16, 58}}}, .insertion = {{"menton", {-1, -16, 40}}}, .via = {{"menton", {19, -10, 54}}, {"menton", {31, 0, 47}}, {"menton", {19, -10, 41}}}, .width = 14, .thickness = 3.5f, .depth0 = 2, .depth1 = 2},
        // Its marginal part: a thin sheet in the closed lips from the upper lip to the lower, its
        // rims under the ring (without it the mouth stood open on the teeth and the throat).
        {.id = "orbicularis-oris-marginal", .name = "Orbicularis oris (marginal part)", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"menton", {-1, -16, 52}}, {"menton", {26, -4, 49}}}, .insertion = {{"menton", {-1, -16, 43}}, {"menton", {26, -4, 45}}}, .width = 0, .thickness = 1.5f, .depth0 = 2.5f, .depth1 = 2.5f},
        // Zygomatic bone in front of the zygomaticotemporal suture -> modiolus (12 mm wide: at 9
        // the zygomatic bone and maxilla showed beside it in profile; 14 and 2 mm higher, so
        // the zygomatic bone below the ring's lateral part no longer shows from the front;
        // 16 and 6 mm higher again, its origin up to the ring's lower edge at the face's
        // outer edge, where a wedge of the bone still showed from the front; 18, so in profile
        // it meets the masseter's anterior border below the arch without a seam of bone). Its
        // origin spans 20 mm of the bone's body (plus 14 mm of width) back to the
        // zygomaticotemporal suture, over the masseter's anterior upper corner, so from the side
        // it crosses the cheek obliquely as one strap (from one point in front of the masseter
        // it ran almost straight down beside the zygomaticus minor and the levator labii, three
        // parallel tubes); the minor's origin follows it back 8 mm and is 2 mm wider, or the
        // zygomatic bone showed between them. Thinner toward its origin and kept nearly as
        // wide there as at its belly, its top lies flat on the bone and runs on as the strap
        // (with the shape class's profile it ended under the ring in a thick rounded knob, 4.1
        // mm through from the side on average over its top, 7.5 at most; now 2.7 and 5.8).
        // A gentle lens section (rimThinning) domes it to thinner borders, so from the side it
        // reads as a flat strap, not a tube with a dark wall at each border (2.70 -> 2.10 mm
        // through 2 mm inside them); more thinning dropped its rim under the masseter's front
        // slip where it crosses it, and the slip's corner poked through in a zigzag.
        {.id = "zygomaticus-major", .name = "Zygomaticus major", .shape = S::Strap, .layer = L::Superficial, .origin = {{"zygoma", {-4, -16, 4}}, {"zygoma", {-1, 3, -1}}}, .insertion = {{"menton", {29, -4, 49}}}, .width = 14, .thickness = 3.5f, .depth0 = 2, .depth1 = 2, .widthProfile = {1.0f, 0.97f, 0.92f, 0.9f, 0.85f, 0.75f, 0.65f, 0.55f}, .thicknessProfile = {0.3f, 0.55f, 0.75f, 0.85f, 0.9f, 0.9f, 0.8f, 0.6f}, .rimThinning = 0.75f},
        // Zygomatic bone, medial to the major -> lateral upper lip (it and the levator labii
        // superioris wide enough to meet over the maxilla in profile, and from the front: at 9
        // mm a band of bone showed between them). A lens section (rimThinning): with the
        // elliptical one it ran flat under the skin to a wall at each border, and beside the
        // major and the levator labii it read as one of three tubes with dark grooves between
        // them (3.56 -> 2.57 mm through from the side 2 mm inside its borders).
        {.id = "zygomaticus-minor", .name = "Zygomaticus minor", .shape = S::Strap, .layer = L::Superficial, .origin = {{"zygoma", {-12, -14, 0}}}, .insertion = {{"menton", {17, -12, 56}}}, .width = 16, .thickness = 2.5f, .depth0 = 3, .depth1 = 1.5f, .rimThinning = 1.5f},
        // Infraorbital margin (under the orbicularis oculi) -> upper lip beside the midline: a
        // broad sheet from the whole margin converging on the lip (a narrow strap from its
        // medial half left the maxilla bare beside it), inserting lateral to the ala (from 3 mm
        // off the midline it lay over the ala's skin, 25 mm in front of the nasalis, and its
        // medial edge stood as a cliff beside the nose with the nose's skin hidden). A lens
        // section (rimThinning), as the zygomatici's, so its lateral border no longer stands
        // as a bright rim beside the minor (4.94 -> 4.48 mm through from the side 2 mm inside
        // its borders).
        {.id = "levator-labii-superioris", .name = "Levator labii superioris", .shape = S::Strap, .layer = L::Superficial, .origin = {{"nasion", {16, -4, -26}}, {"nasion", {40, 2, -30}}}, .insertion = {{"menton", {15, -14, 57}}, {"menton", {23, -11, 56}}}, .width = 4, .thickness = 2.5f, .depth0 = 3, .depth1 = 1.5f, .rimThinning = 1.5f},
        // Levator labii superioris alaeque nasi: frontal process of the maxilla -> the ala and
        // the upper lip, along the side of the nose medial to the levator labii superioris
        // (without it the side of the nose and the maxilla beside it showed bare). Placed freely
        // beside the nasalis: under the skin of the nose's side it stood edge-on, a thin hooked
        // shard beside the nasalis from the front. Below the root it comes forward over the
        // nasalis' lateral edge and the levator labii superioris' medial border, 13 mm wide:
        // on the bone, with the nasalis shaped as the nose, only a 1-3 mm strip of it showed
        // between them down the side of the nose (69 -> 7 slivers, face_front_test.cpp).
        {.id = "levator-labii-superioris-alaeque-nasi", .name = "Levator labii superioris alaeque nasi", .shape = S::Strap, .layer = L::Superficial, .origin = {{"nasion", {10, 4, -8}}}, .insertion = {{"menton", {9, -10, 57}}}, .via = {{"nasion", {11, 2.5f, -22}}, {"nasion", {13, -1.5f, -38}}}, .width = 13, .thickness = 2.5f, .depth0 = -1, .depth1 = -1, .rings = 8},
        // Transverse and alar parts: maxilla beside the ala -> aponeurosis over the dorsum, a
        // sheet over the side of the nose from its root to the ala and under the tip, beside its
        // fellow. No cartilage is modelled and the nose's skin stands up to 3 cm in front of the
        // bone: laid flat on the nasal bones and aperture (25-31 mm under the dorsum's skin), it
        // read from the front as a flat plate with a ridge down the middle, and in profile the
        // face had no nose. Placed freely, swept from the root down the dorsum (via), round the
        // tip and back under it to the lip, each cross-section a straight line from the medial
        // edge 4-6 mm under the dorsum's skin to the lateral edge back on the face, widened over
        // the tip (spreadProfile); a belly fitted under the skin was narrowed to a knob, and a
        // sweep from the lateral edge to the medial one, kinked at the tip, folded and shrank.
        // Its medial edge lies 0.8 mm past the midline (further, the halves crossed in a zigzag
        // down the dorsum; 1.5 mm, a slit) and its top under the procerus (higher, its point
        // poked between the procerus' halves).
        {.id = "nasalis", .name = "Nasalis", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"nasion", {8, 14, -26}}, {"nasion", {-0.8f, -4, -18}}}, .insertion = {{"nasion", {12, 20, -63}}, {"nasion", {-0.8f, 1, -63}}}, .via = {{"nasion", {5.2f, -8.5f, -30}}, {"nasion", {6.7f, -14.5f, -45}}, {"nasion", {6.4f, -5, -57}}}, .width = 0, .thickness = 2.5f, .depth0 = -1, .depth1 = -1, .spreadProfile = {1, 1.15f, 1.3f, 1.15f, 1}},
        // Procerus: from the nasal bones up over the root of the nose into the skin between the
        // eyebrows, under the frontalis' medial ends (the glabella showed bare between the rings).
        // From their lower part, over the nasalis' upper end, and broad enough to cover them (12
        // rings, as before it was lengthened). A flat sheet between lines from just past the
        // midline (sheetOverlap: a strap 18 mm wide centred beside it, rounded, overlapped its
        // fellow in a split ridge and tapered to a beak below), thinning into the brow above,
        // where it reaches out to the ring's upper medial corner (3 mm short, bone showed).
        // Placed freely: in front of the ring's medial ends at the root of the nose, down onto
        // the nasalis over the nasal bones (under the skin, its lower half stood 6-10 mm in front
        // of the nasalis and was narrowed where the nose's skin rises, a split tongue between
        // the straps beside it). Its medial stretch, past the midline, lies 1 mm deeper, so each
        // half shows only on its own side (straight, the mirrored halves crossed in a zigzag).
        // Its lateral origin lies 4 mm deeper, on the nose beside the nasalis, so its lower end
        // tapers down onto the nose (it stood 6 mm in front of the nasalis, a plank's square end),
        // and its upper lateral corner 2.5 mm deeper, under the ring's upper medial end (it stood
        // over the ring and the frontalis as a plank's square corner). Its upper end lies 1.5 mm
        // deeper, under the frontalis' medial ends since the frontalis lies just under the skin,
        // and its edge past the midline 3 mm higher, under their notch (bone showed there above
        // it; raised further, its lateral part came in front of the ring's medial part).
        {.id = "procerus", .name = "Procerus", .shape = S::Strap, .layer = L::Superficial, .origin = {{"nasion", {-1.5f, -1, -30}}, {"nasion", {1, -2, -30}}, {"nasion", {9, 5, -30}}}, .insertion = {{"glabella", {-1.5f, 2.5f, 13}}, {"glabella", {1, 1.5f, 10}}, {"glabella", {18, 6.5f, 11}}}, .via = {{"nasion", {1, -7, -8}}}, .width = 0, .thickness = 2.5f, .depth0 = -1, .depth1 = -1, .sheetOverlap = 0.25f, .thicknessProfile = {0.8f, 1, 1, 0.7f, 0.35f}, .rings = 12},
        // Alveolar processes by the molars and pterygomandibular raphe -> modiolus: the wall
        // of the cheek, under the zygomaticus major and in front of the masseter, from the upper
        // alveolar process down to the lower. Its back end passes 7 mm deep under the masseter's
        // anterior border (8.5 mm deep since that border reaches further forward: at 7, 4 rays
        // in a row met the buccinator over its rim): 3 mm deep, it lay over the masseter as a
        // loose flap in profile. Its upper edge reaches 84 mm above the menton at the back, under
        // the masseter (at 78, a triangle of maxilla showed between it, the masseter and the
        // zygomaticus major in profile).
        {.id = "buccinator", .name = "Buccinator", .shape = S::Sheet, .layer = L::Intermediate, .origin = {{"menton", {48, 42, 84}}, {"menton", {46, 40, 16}}}, .insertion = {{"menton", {30, 2, 64}}, {"menton", {30, 6, 34}}}, .width = 0, .thickness = 2.5f, .depth0 = 8.5f, .depth1 = 2.5f},
        // Incisive fossa of the mandible -> skin of the chin, beside its fellow: a cone widening
        // down to the chin's lower border, seen between the two depressors labii inferioris.
        // It reaches up under the lower lip (from 34 mm, rays at the midline just under the lip
        // went into the mouth) and round onto the lower border (the border showed below it).
        // 2.5 mm deep, just under the depressors' faces: at 3 its face lay 1.5 mm behind theirs
        // and their rims stood over it as the edges of two pouches. Laid on the mandible below
        // the lip (jawProfile; under the skin's round chin it stood 6 mm off the bone), rising
        // from it only at its top, under the lip. 2 mm thick, its face a millimetre under the
        // depressors' (3 mm thick) where their medial borders pass over it, so it shows only
        // between them, a narrow cone at the chin's point: its face a quarter millimetre over
        // theirs, it showed as two rectangles with hard corners pasted on them, and the faces
        // took turns in front along its borders (chin_sheet_test.cpp). Its lower end reaches
        // 2 mm further down under the chin, where the symphysis showed below it. Narrower (4 mm
        // at the top, 11.5 at the bottom, from 9 and 16) and 2.4 mm thick, its top carried less
        // far onto the bone (jawProfile 0.5 at a third, from 0.8): it fills the depressors' wider
        // gap level with their faces, where it lay 1-2 mm under them at the bottom of a dark slot
        // between two raised blocks (chin_front_test.cpp); wider, it poked through their medial
        // rims in a staircase.
        {.id = "mentalis", .name = "Mentalis", .shape = S::Sheet, .layer = L::Intermediate, .origin = {{"menton", {-1, -8, 38}}, {"menton", {4, -8, 37}}}, .insertion = {{"menton", {-1, -1, -8}}, {"menton", {11.5f, 0, -4}}}, .width = 0, .thickness = 2.4f, .depth0 = 2.5f, .depth1 = 2.5f, .jawProfile = {0.0f, 0.5f, 1.0f, 0.7f}},
        // Oblique line of the mandible -> modiolus: a triangle below the corner of the mouth.
        // Its origin follows the lower border and wraps a little under it, where the platysma
        // (not modelled) would cover the bone: from the oblique line, a strip of the border
        // showed between it and the floor of the mouth from the side. A flat sheet on the
        // mandible (sheetOverlap, jawProfile), rising off it toward the modiolus: kept 1.5 mm
        // under the skin's broad chin it stood 6-10 mm off the bone, a raised ring round the
        // depressors labii inferioris from the front and a rounded lump from the side. Its
        // origin starts 20 mm from the midline (from 14, it lay under that muscle's lateral half
        // and only a crescent of it showed, the ring), so from the front it reads as a triangle
        // lateral to it; 2 mm thick, a millimetre under that muscle's face. Its upper half is
        // carried less far onto the bone and its top lies 3 mm under the skin (jawProfile,
        // depth1): laid on the bone to 60 % of its length, its upper, back border lay 0.2-0.5 mm
        // over the buccinator and the two faces crossed, a saw-tooth border from the side; at
        // 1.5 mm its top stood over the depressor labii inferioris' under the lip, where it
        // passes under it (chin_sheet_test.cpp). From 18 mm, not 20, so no bone shows on the
        // lower border between it and the depressor labii inferioris, narrowed above it.
        {.id = "depressor-anguli-oris", .name = "Depressor anguli oris", .shape = S::Fan, .layer = L::Superficial, .origin = {{"menton", {18, 6, -3}}, {"menton", {42, 58, 6}}}, .insertion = {{"menton", {28, -4, 44}}}, .width = 0, .thickness = 2, .depth0 = 1.5f, .depth1 = 3.0f, .sheetOverlap = 0.25f, .jawProfile = {1.0f, 0.95f, 0.65f, 0.35f, 0.1f, 0.0f}},
        // Oblique line between the symphysis and the mental foramen -> skin of the lower lip,
        // medial to the depressor anguli oris. Its origin starts on the lower border 9 mm from
        // the midline and it converges on its fellow in the lip, so the two leave a triangle
        // over the chin where the mentalis shows (from the midline, they met over the chin as one
        // broad shield and hid it); from the line 8 mm up, the lower border showed. A flat
        // sheet on the mandible, rising to the lip in its upper half (sheetOverlap, jawProfile):
        // under the skin's round chin the pair stood off the bone as two lobes. Its origin lies
        // 2 mm lower, on the lower border (slivers of it showed from the front between this
        // muscle and the mentalis' lower end), and it meets its fellow in the lip 1.5 mm from
        // the midline, not across it: with the mentalis under it, the two hid the cone's top.
        // Its medial border runs from 12 mm on the lower border to 5 mm in the lip (from 9 and
        // 1.5), so the pair leave the mentalis a cone from the lip down (they met in a V under
        // the lip, a dark slot with the mentalis deep in it). 3 mm thick, on the bone its face lies a
        // millimetre over the depressor anguli oris' and the mentalis' (at one depth under the
        // skin, the rims stood over each other as hard outlines; under it, that muscle hid the
        // strip beside the chin where this one shows, and where their faces lay a quarter
        // millimetre apart they showed through each other in patches). Its lateral rim sinks
        // 2.5 mm (sheetRimSink, that side only) under the depressor anguli oris' face: 0.5 mm
        // over it, the two took turns along the border in orange tongues (chin_front_test.cpp).
        {.id = "depressor-labii-inferioris", .name = "Depressor labii inferioris", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"menton", {12, 0, -1}}, {"menton", {28, 5, 0}}}, .insertion = {{"menton", {5, -12, 34}}, {"menton", {27, -6, 40}}}, .width = 0, .thickness = 3.0f, .depth0 = 2.5f, .depth1 = 2.0f, .sheetOverlap = 0.25f, .sheetRimSink = 2.5f, .sheetRimSides = 2, .jawProfile = {1.0f, 1.0f, 1.0f, 0.6f, 0.0f}},
        // The thenar eminence, a bulging mass filling the ball of the thumb in front of and
        // medial to the first metacarpal: abductor pollicis brevis (laterally) and flexor
        // pollicis brevis (medially) from the flexor retinaculum and the scaphoid and trapezium
        // tubercles -> the base of the thumb's proximal phalanx, 8-9 mm thick. Spread across
        // two anchors at each end: from one centre line the nearest skin was the side of the
        // thumb, and the belly was laid edge-on there as a thin sliver. The flexor's belly is
        // broad enough to meet the palmar aponeurosis: between them the adductor showed.
        {.id = "abductor-pollicis-brevis", .name = "Abductor pollicis brevis", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"wrist-joint", {16, -20, -16}}, {"wrist-joint", {32, -12, -14}}}, .insertion = {{"wrist-joint", {58, -34, -56}}, {"wrist-joint", {68, -22, -50}}}, .width = 10, .thickness = 10, .depth0 = 2.0f, .depth1 = 2.0f},
        {.id = "flexor-pollicis-brevis", .name = "Flexor pollicis brevis", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"wrist-joint", {0, -20, -20}}, {"wrist-joint", {12, -20, -20}}}, .insertion = {{"wrist-joint", {44, -38, -60}}, {"wrist-joint", {54, -36, -62}}}, .width = 12, .thickness = 8, .depth0 = 2.0f, .depth1 = 2.0f},
        // The hypothenar eminence: abductor digiti minimi and flexor digiti minimi brevis as one
        // mass along the ulnar border of the palm, from the pisiform and the hook of the
        // hamate -> the ulnar side of the base of the little finger's proximal phalanx; its
        // origin under the flexor retinaculum. Its medial anchors lie on the border itself
        // (behind the front of the palm), so it wraps the border as far as the skin reaches: from
        // in front of the palm it stopped 6 to 7 mm short of the skin's edge. Its top reaches
        // up over the retinaculum's ulnar end (it arises from the pisiform and the retinaculum),
        // its ulnar corner onto the pisiform (5 mm lower, the bone showed above it), and its
        // ends round off (spreadProfile), its insertion narrowing onto the little
        // finger's base: spread full length, it was a rectangular block with square ends.
        {.id = "abductor-digiti-minimi", .name = "Abductor digiti minimi (hand)", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"wrist-joint", {-30, -2, -7}}, {"wrist-joint", {-8, -17, -18}}}, .insertion = {{"wrist-joint", {-30, -4, -80}}, {"wrist-joint", {-14, -13, -89}}}, .width = 11, .thickness = 8, .depth0 = 2.5f, .depth1 = 2.5f, .spreadProfile = {0.55f, 0.9f, 1.0f, 1.0f, 0.9f, 0.65f, 0.35f}},
        // The second to fourth dorsal interossei of the hand (the first is in the knowledge
        // base): bipennate bellies in the second, third and fourth spaces between the
        // metacarpals, from the facing sides of the two bones from their bases, to the sides of
        // the middle finger's proximal phalanx (the second and third) and the ring finger's
        // ulnar side (the fourth), the extensor tendons over the metacarpals between them.
        // They were one sheet, read from behind as a square red plate over the metacarpals.
        // Each full to near the heads, where its end spans the space (widthProfile, two
        // insertion anchors): as spindles the metacarpals' heads showed between them. 6 mm
        // wider than their ends' spread: at 9 they met over the bones as one plate again.
        // 12 rings each, to keep the body within its triangle budget.
        {.id = "second-dorsal-interosseous", .name = "Second dorsal interosseous (hand)", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"wrist-joint", {25, 6, -24}}, {"wrist-joint", {13, 6, -27}}}, .insertion = {{"wrist-joint", {42, 6, -76}}, {"wrist-joint", {33, 6, -80}}}, .width = 6, .thickness = 8, .depth0 = 3.0f, .depth1 = 3.0f, .widthProfile = {0.8f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.6f}, .thicknessProfile = {0.6f, 0.9f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.45f}, .rings = 12},
        {.id = "third-dorsal-interosseous", .name = "Third dorsal interosseous (hand)", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"wrist-joint", {12, 6, -27}}, {"wrist-joint", {0, 6, -29}}}, .insertion = {{"wrist-joint", {25, 6, -82}}, {"wrist-joint", {14, 6, -84}}}, .width = 6, .thickness = 8, .depth0 = 3.0f, .depth1 = 3.0f, .widthProfile = {0.8f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.6f}, .thicknessProfile = {0.6f, 0.9f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.45f}, .rings = 12},
        {.id = "fourth-dorsal-interosseous", .name = "Fourth dorsal interosseous (hand)", .shape = S::Fusiform, .layer = L::Intermediate, .origin = {{"wrist-joint", {-1, 6, -30}}, {"wrist-joint", {-13, 6, -32}}}, .insertion = {{"wrist-joint", {4, 6, -84}}, {"wrist-joint", {-7, 6, -83}}}, .width = 6, .thickness = 8, .depth0 = 3.0f, .depth1 = 3.0f, .widthProfile = {0.8f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.6f}, .thicknessProfile = {0.6f, 0.9f, 1.0f, 1.0f, 1.0f, 0.95f, 0.85f, 0.7f, 0.45f}, .rings = 12},
        // Vastus intermedius: the front and lateral surface of the femoral shaft's upper two
        // thirds -> the base of the patella under the rectus femoris' tendon; it fills the front
        // of the thigh between the femur and the rectus femoris, where the femur showed through
        // the seams between rectus femoris, vastus lateralis and tensor fasciae latae. Laid
        // round the shaft through three points (front-medial, antero-lateral, lateral a little
        // behind the axis): one point in front left the lateral face bare from hip to knee in
        // the deep view, with the vastus lateralis hidden.
        // Its rings take less of the anchors' spread toward the top, which rounds off there
        // instead of ending in a square edge as wide as the belly.
        {.id = "vastus-intermedius", .name = "Vastus intermedius", .shape = S::Pennate, .layer = L::Intermediate, .origin = {{"greater-trochanter", {-30, -22, -60}}, {"greater-trochanter", {-10, -18, -60}}, {"greater-trochanter", {-8, 14, -60}}}, .insertion = {{"knee-joint", {-4, -25, 64}}, {"knee-joint", {16, -24, 66}}, {"knee-joint", {26, 10, 70}}}, .width = 14, .thickness = 16, .depth0 = -1, .depth1 = -1, .thicknessProfile = {0.5f, 0.8f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f}, .spreadProfile = {0.4f, 0.8f, 0.95f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f}},
        // Internal oblique: the iliac crest (from its middle back to the anterior superior
        // iliac spine) -> the lower ribs' borders (the 12th's tip round to the 10th's cartilage),
        // under the external oblique: the deep view showed the flank empty between the costal
        // margin and the crest. Its origin runs back along the crest to the latissimus' lowest
        // anchor, so it floors the lumbar triangle down to the crest: from the crest's highest
        // point, the crest's arc behind it showed from behind below the triangle.
        {.id = "internal-oblique", .name = "Internal oblique", .shape = S::Sheet, .layer = L::Intermediate, .origin = {{"iliac-crest..psis:0.3", {0, 4, -8}}, {"iliac-crest", {0, 0, 0}}, {"asis", {2, -4, 4}}}, .insertion = {{"rib-10-lateral", {-12, 40, -4}}, {"rib-10-lateral", {6, 0, 30}}, {"rib-10-lateral", {-46, -68, 30}}}, .width = 0, .thickness = 8, .depth0 = 10.0f, .depth1 = 10.0f},
        // The foot's lateral border and dorsum, which showed the bare calcaneus and metatarsals
        // from the side. Extensor digitorum brevis: the dorsolateral calcaneus at the sinus
        // tarsi, in front of the lateral malleolus -> the tendons of the first four toes, its
        // belly over the lateral dorsum of the tarsus under the long extensor's tendons, thinning
        // toward the toes. Placed freely on the bones: laid under the skin, which stands 20-30 mm
        // off them, it read from the side as a square box whose lateral insertion wrapped under
        // the sole (12 mm below the forefoot's bones) while the talus and the side of the tarsus
        // showed bare round the ankle. Through a point off the tarsus' lateral upper edge, so the
        // belly covers that edge and the side below it; a lens section, not a slab.
        {.id = "extensor-digitorum-brevis", .name = "Extensor digitorum brevis", .shape = S::Sheet, .layer = L::Superficial, .origin = {{"ankle-joint", {17, 2, -37}}, {"ankle-joint", {23, -4, -18}}, {"ankle-joint", {21, -14, -2}}}, .insertion = {{"ankle-joint", {20, -138, -44}}, {"ankle-joint", {10, -134, -40}}, {"ankle-joint", {-22, -140, -34}}}, .via = {{"ankle-joint", {31, -58, -25}}}, .width = 10, .thickness = 14, .depth0 = -1, .depth1 = -1, .thicknessProfile = {0.5f, 0.8f, 1.0f, 1.0f, 0.9f, 0.7f, 0.45f, 0.25f}, .rimThinning = 1.0f},
        // Abductor digiti minimi (foot): the lateral process of the calcaneal tuberosity -> the
        // lateral base of the little toe's proximal phalanx, a rounded rim of the sole's lateral
        // border under the fifth metatarsal's tuberosity. Placed freely on the bones: laid under
        // the skin, whose forefoot stands 30 mm wide of the fifth metatarsal, its end stood 21 mm
        // lateral to the bones and from the front stuck out sideways as a flap. Through a point
        // beside the tuberosity (straight, it left the tuberosity bare from the front and lay
        // under the short extensor's lower edge from the side); narrowed toward the toe.
        {.id = "abductor-digiti-minimi-foot", .name = "Abductor digiti minimi (foot)", .shape = S::Fusiform, .layer = L::Superficial, .origin = {{"heel", {22, -22, -12}}}, .insertion = {{"toes-lateral", {6, 42, 8}}}, .via = {{"fifth-metatarsal-base", {-4, -10, 5}}}, .width = 14, .thickness = 16, .depth0 = -1, .depth1 = -1, .widthProfile = {0.3f, 0.6f, 0.85f, 1.0f, 1.0f, 0.85f, 0.55f, 0.3f, 0.14f}},
        // The dorsal interossei of the foot, one sheet between and over the metatarsals under
        // the extensor tendons (the foot's skeleton is a block, so the dorsum showed bone), on
        // down the front of the ball of the foot to the toes' sheaths: the skin's dorsum stands
        // 30 mm over the metatarsals there, and from the front they showed under its end. 12 mm
        // thick, down onto the bones: 3 mm thick, the tendons lay on a thin shell over an empty
        // foot and read from the side as wires arching over it. Their bellies end in thin
        // tendons at the bases of the proximal phalanges: run at full thickness to the toes'
        // roots, the end read from the front as a flat cut face between the tendons, so the
        // last third thins to a tenth and sinks 3.5 mm under the extensor expansions.
        {.id = "dorsal-interossei-foot", .name = "Dorsal interossei (foot)", .shape = S::Sheet, .layer = L::Intermediate, .origin = {{"ankle-joint", {-18, -78, -2}}, {"ankle-joint", {24, -68, -8}}}, .insertion = {{"ankle-joint", {-20, -172, -20}}, {"ankle-joint", {24, -160, -26}}}, .width = 0, .thickness = 12, .depth0 = 4.5f, .depth1 = 4.5f, .thicknessProfile = {0.7f, 0.79f, 0.88f, 0.94f, 0.99f, 1.0f, 0.97f, 0.8f, 0.5f, 0.25f, 0.1f}, .depthProfile = {0, 0, 0, 0, 0, 0, 0, 0.3f, 1.0f, 2.0f, 3.5f}},
        // Flexor hallucis longus: the lower two thirds of the fibula's posterior face -> the base
        // of the big toe's distal phalanx. Its low belly fills the back of the ankle between the
        // calcaneal tendon and the tibia and fibula, lateral to the flexor digitorum longus, and
        // its fibres reach lower than the soleus'; its tendon runs in the groove on the back of
        // the talus, under the sustentaculum tali and along the sole. Without it, from behind
        // and from the side, the space in front of the calcaneal tendon 40-70 mm above the
        // malleolus was a see-through gap onto the tibia and the front of the leg. Placed
        // freely: a deep belly laid under the skin of the narrow ankle was pressed flat onto
        // the calcaneal tendon. Its path points are spaced so the belly and the turn behind the
        // ankle take most of its rings, the straight tendon under the foot the rest.
        {.id = "flexor-hallucis-longus", .name = "Flexor hallucis longus", .shape = S::Pennate, .layer = L::Deep, .origin = {{"fibula-mid", {-8, 8, 66}}}, .insertion = {{"toe-tip", {0, 18, -2}}}, .via = {{"fibula-mid", {-17, 13, -33}}, {"ankle-joint", {7, 18, 100}}, {"ankle-joint", {5, 23, 42}}, {"ankle-joint", {-4, 24, -6}}, {"medial-malleolus", {10, 5, -34}}}, .width = 26, .thickness = 28, .depth0 = -1, .depth1 = -1, .widthProfile = {0.35f, 0.6f, 0.85f, 0.95f, 1.0f, 1.0f, 1.0f, 0.85f, 0.35f, 0.25f, 0.22f, 0.2f, 0.15f}, .thicknessProfile = {0.25f, 0.45f, 0.6f, 0.65f, 0.65f, 0.8f, 1.0f, 0.9f, 0.3f, 0.2f, 0.18f, 0.16f, 0.13f}, .rings = 24},
        // Fibularis tertius: the lower third of the fibula's anterior face -> the dorsum of the
        // fifth metatarsal's base, the lateral part of the long extensor. From the side it fills
        // the strip in front of the lower fibula between the extensor digitorum longus and the
        // fibularis brevis, where the tibia showed bare above the extensor retinaculum. Sunk
        // under the retinacula and across the front of the ankle (depthProfile: at 3 mm its
        // faces there came within 0.2 mm of the skin); 12 rings keep the body inside its
        // triangle budget.
        {.id = "fibularis-tertius", .name = "Fibularis tertius", .shape = S::Pennate, .layer = L::Superficial, .origin = {{"lateral-malleolus", {-2, -17, 150}}}, .insertion = {{"fifth-metatarsal-base", {0, 0, 8}}}, .via = {{"lateral-malleolus", {-4, -19, 60}}}, .width = 24, .thickness = 8, .depth0 = 4, .depth1 = 3, .depthProfile = {1, 0.5f, 0, 1, 3, 6, 7, 7, 7, 5, 3}, .rings = 12},
        // Adductor brevis: the body and inferior ramus of the pubis -> the pectineal line and the
        // upper third of the linea aspera, deep to the pectineus and adductor longus and over
        // the obturator externus. Without it, from the front the groin showed, between those two
        // and the pubis, the gluteus maximus behind through the obturator foramen. Its top lies
        // 18 mm under the skin: at 14 it poked through the adductor longus' outer edge, and
        // beside it a slit opened onto the hamstrings behind the pelvis.
        {.id = "adductor-brevis", .name = "Adductor brevis", .shape = S::Fan, .layer = L::Intermediate, .origin = {{"pubic-tubercle", {-6, 10, -14}}, {"pubic-tubercle", {26, 22, -36}}}, .insertion = {{"lesser-trochanter", {2, 4, -24}}, {"linea-aspera", {-8, 0, 50}}}, .width = 0, .thickness = 14, .depth0 = 18, .depth1 = 16},
        // The short external rotators of the hip, below the piriformis and above the hamstrings'
        // origin, under the gluteus maximus: without them the deep view from behind showed the
        // back of the hip joint, the femoral neck and the ischium bare there. Laid freely (not
        // under the skin) as thin bands from the ischium round the back of the joint to the
        // greater trochanter, stacked top to bottom as in life; their lateral ends tuck under
        // the trochanter's posterior border into the trochanteric fossa. Few rings: short and
        // straight, they need no more, and the budget is tight.
        // Superior gemellus: the ischial spine -> the obturator internus' tendon at the fossa.
        {.id = "superior-gemellus", .name = "Superior gemellus", .shape = S::Strap, .layer = L::Deep, .origin = {{"ischial-tuberosity", {8, -14, 50}}, {"ischial-tuberosity", {8, -12, 42}}}, .insertion = {{"greater-trochanter", {-18, 16, 10}}, {"greater-trochanter", {-18, 16, 4}}}, .width = 10, .thickness = 7, .depth0 = -1, .depth1 = -1, .rings = 8},
        // Obturator internus: its tendon, leaving the pelvis through the lesser sciatic foramen
        // and turning round the ischium between the gemelli -> the medial face of the greater
        // trochanter (its fan-shaped belly lies inside the pelvis, out of these views).
        {.id = "obturator-internus", .name = "Obturator internus (tendon)", .shape = S::Strap, .layer = L::Deep, .origin = {{"ischial-tuberosity", {6, -8, 36}}, {"ischial-tuberosity", {6, -6, 28}}}, .insertion = {{"greater-trochanter", {-18, 16, -1}}, {"greater-trochanter", {-18, 16, -7}}}, .width = 10, .thickness = 6, .depth0 = -1, .depth1 = -1, .rings = 8},
        // Inferior gemellus: the upper part of the ischial tuberosity -> below the tendon.
        {.id = "inferior-gemellus", .name = "Inferior gemellus", .shape = S::Strap, .layer = L::Deep, .origin = {{"ischial-tuberosity", {6, -4, 22}}, {"ischial-tuberosity", {6, -2, 14}}}, .insertion = {{"greater-trochanter", {-18, 16, -12}}, {"greater-trochanter", {-18, 16, -18}}}, .width = 10, .thickness = 7, .depth0 = -1, .depth1 = -1, .rings = 8},
        // Quadratus femoris: the lateral border of the ischial tuberosity -> the quadrate
        // tubercle and the intertrochanteric crest below it, a flat quadrilateral.
        {.id = "quadratus-femoris", .name = "Quadratus femoris", .shape = S::Strap, .layer = L::Deep, .origin = {{"ischial-tuberosity", {10, 0, 8}}, {"ischial-tuberosity", {10, 2, -10}}}, .insertion = {{"greater-trochanter", {-24, 18, -28}}, {"greater-trochanter", {-26, 18, -50}}}, .width = 12, .thickness = 10, .depth0 = -1, .depth1 = -1, .rings = 8},
    };
    // clang-format on
    return table;
}

}  // namespace tpa::body
