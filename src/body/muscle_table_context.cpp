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
        // beside the midline over the larynx.
        {"sternohyoid", "Sternohyoid", S::Strap, L::Superficial, {{"jugular-notch", {6, 10, -2}}}, {{"menton", {6, 36, -24}}}, {}, 16, 4, 3, 2.5f},
        // Under the sternohyoid: back of the manubrium -> oblique line of the thyroid cartilage.
        {"sternothyroid", "Sternothyroid", S::Strap, L::Intermediate, {{"jugular-notch", {10, 14, -6}}}, {{"menton", {14, 40, -50}}}, {}, 18, 4, 8, 7},
        // Superior border of the scapula, behind the clavicle -> intermediate tendon under the
        // sternocleidomastoid -> lower border of the hyoid beside the sternohyoid.
        {"omohyoid", "Omohyoid", S::Strap, L::Superficial, {{"clavicle-mid", {10, 30, 6}}}, {{"menton", {18, 38, -22}}}, {{"first-rib-tubercle", {4, -4, 22}}}, 9, 4, 6, 3},
        // Mylohyoid line of the mandible -> hyoid body and the median raphe: the floor of the
        // mouth, seen between the two halves of the mandible from the front.
        {"mylohyoid", "Mylohyoid", S::Sheet, L::Deep, {{"menton", {4, 8, 6}}, {"gonion", {-10, -24, -4}}}, {{"menton", {2, 34, -20}}, {"menton", {14, 40, -22}}}, {}, 0, 4, 6, 6},
        // Behind and below the ear: the sternocleidomastoid's thin aponeurotic insertion on the
        // mastoid and the lateral half of the superior nuchal line, with the splenius capitis'
        // under it, up to the occipitalis and the back of the temporalis (the swept bellies
        // end at the mastoid, leaving the bone bare there). Swept under the skin, not laid on
        // the braincase: the mastoid process stands off the cranium field a cranialPatch
        // follows, so such a patch stayed buried in it; deeper at the top, where the scalp
        // thickens.
        {"nuchal-insertions", "Sternocleidomastoid and splenius capitis insertions", S::Sheet, L::Superficial, {{"mastoid", {4, -10, -4}}, {"mastoid", {-2, 26, 2}}, {"inion", {24, -10, -30}}}, {{"mastoid", {8, -10, 52}}, {"mastoid", {8, 24, 52}}, {"inion", {26, -6, -2}}}, {}, 0, 1.5f, 2.0f, 3.0f},
        // Face (the facial skeleton lies deeper under the skin to make room for them).
        // Orbicularis oculi: a band over the rim and lids, swept from the middle of the upper
        // margin medially, down past the medial palpebral ligament, round the lower and lateral
        // margin and back along the upper one over its start, so the ring is closed.
        {"orbicularis-oculi", "Orbicularis oculi", S::Strap, L::Superficial, {{"nasion", {42, 2, 11}}}, {{"nasion", {28, -1, 12}}}, {{"nasion", {24, -3, 8}}, {"nasion", {15, -4, -8}}, {"nasion", {30, -2, -27}}, {"nasion", {50, 9, -21}}, {"nasion", {57, 15, -2}}, {"nasion", {47, 6, 10}}}, 18, 3, 2, 2},
        // Its palpebral part: a thin sheet in the closed lids, from the upper lid to the lower,
        // its rims under the ring (without it the orbit showed as an empty socket of bone).
        {"orbicularis-oculi-palpebral", "Orbicularis oculi (palpebral part)", S::Sheet, L::Superficial, {{"nasion", {18, -4, 7}}, {"nasion", {55, 8, 5}}}, {{"nasion", {20, -4, -17}}, {"nasion", {55, 8, -15}}}, {}, 0, 1.5f, 2.5f, 2.5f},
        // Orbicularis oris: the left half of the ring round the mouth, from the upper lip at the
        // midline round the modiolus to the lower lip (the right half is its mirror).
        {"orbicularis-oris", "Orbicularis oris", S::Strap, L::Superficial, {{"menton", {2, -16, 55}}}, {{"menton", {2, -16, 40}}}, {{"menton", {19, -10, 54}}, {"menton", {31, 0, 47}}, {"menton", {19, -10, 41}}}, 14, 3.5f, 2, 2},
        // Zygomatic bone in front of the zygomaticotemporal suture -> modiolus.
        {"zygomaticus-major", "Zygomaticus major", S::Strap, L::Superficial, {{"zygoma", {-6, -12, -6}}}, {{"menton", {29, -4, 49}}}, {}, 9, 3.5f, 2, 2},
        // Zygomatic bone, medial to the major -> lateral upper lip.
        {"zygomaticus-minor", "Zygomaticus minor", S::Strap, L::Superficial, {{"zygoma", {-16, -22, -2}}}, {{"menton", {17, -12, 56}}}, {}, 7, 2.5f, 3, 1.5f},
        // Infraorbital margin (under the orbicularis oculi) -> upper lip beside the midline.
        {"levator-labii-superioris", "Levator labii superioris", S::Strap, L::Superficial, {{"nasion", {18, -4, -26}}, {"nasion", {32, 0, -28}}}, {{"menton", {7, -16, 57}}, {"menton", {13, -14, 57}}}, {}, 4, 2.5f, 3, 1.5f},
        // Transverse part: maxilla beside the ala -> aponeurosis over the nasal dorsum.
        {"nasalis", "Nasalis", S::Strap, L::Superficial, {{"nasion", {16, -4, -48}}}, {{"nasion", {3, -10, -16}}}, {}, 12, 2.5f, 6.5f, 6.5f},
        // Procerus: from the nasal bones up over the root of the nose into the skin between the
        // eyebrows, under the frontalis' medial ends (the glabella showed bare between the rings).
        {"procerus", "Procerus", S::Strap, L::Superficial, {{"nasion", {5, -4, -20}}}, {{"glabella", {6, 0, 10}}}, {}, 14, 2.5f, 1.5f, 2.0f},
        // Alveolar processes by the molars and pterygomandibular raphe -> modiolus: the wall
        // of the cheek, under the zygomaticus major and in front of the masseter.
        {"buccinator", "Buccinator", S::Sheet, L::Intermediate, {{"menton", {48, 48, 60}}, {"menton", {46, 46, 24}}}, {{"menton", {30, 4, 52}}, {"menton", {30, 6, 38}}}, {}, 0, 2.5f, 3, 2.5f},
        // Incisive fossa of the mandible -> skin of the chin, beside its fellow.
        {"mentalis", "Mentalis", S::Strap, L::Intermediate, {{"menton", {7, -8, 34}}}, {{"menton", {9, -12, 10}}}, {}, 14, 3, 3, 3},
        // Oblique line of the mandible -> modiolus: a triangle below the corner of the mouth.
        {"depressor-anguli-oris", "Depressor anguli oris", S::Fan, L::Superficial, {{"menton", {16, 2, 3}}, {"menton", {48, 50, 12}}}, {{"menton", {28, -4, 44}}}, {}, 0, 3, 1.5f, 1.5f},
        // Oblique line between the symphysis and the mental foramen -> skin of the lower lip,
        // over the mentalis and medial to the depressor anguli oris.
        {"depressor-labii-inferioris", "Depressor labii inferioris", S::Sheet, L::Superficial, {{"menton", {8, 0, 8}}, {"menton", {24, 6, 10}}}, {{"menton", {6, -12, 34}}, {"menton", {18, -8, 36}}}, {}, 0, 2.5f, 1.5f, 1.5f},
        // The thenar eminence, a bulging mass filling the ball of the thumb in front of and
        // medial to the first metacarpal: abductor pollicis brevis (laterally) and flexor
        // pollicis brevis (medially) from the flexor retinaculum and the scaphoid and trapezium
        // tubercles -> the base of the thumb's proximal phalanx, 8-9 mm thick. Spread across
        // two anchors at each end: from one centre line the nearest skin was the side of the
        // thumb, and the belly was laid edge-on there as a thin sliver.
        {"abductor-pollicis-brevis", "Abductor pollicis brevis", S::Fusiform, L::Superficial, {{"wrist-joint", {12, -20, -16}}, {"wrist-joint", {24, -18, -14}}}, {{"wrist-joint", {40, -36, -60}}, {"wrist-joint", {46, -30, -58}}}, {}, 6, 9, 2.0f, 2.0f},
        {"flexor-pollicis-brevis", "Flexor pollicis brevis", S::Fusiform, L::Superficial, {{"wrist-joint", {0, -20, -20}}, {"wrist-joint", {12, -20, -20}}}, {{"wrist-joint", {30, -40, -62}}, {"wrist-joint", {38, -40, -64}}}, {}, 6, 8, 2.0f, 2.0f},
        // The hypothenar eminence: abductor digiti minimi and flexor digiti minimi brevis as one
        // mass along the ulnar border of the palm, from the pisiform and the hook of the
        // hamate -> the ulnar side of the base of the little finger's proximal phalanx; its
        // origin under the flexor retinaculum.
        {"abductor-digiti-minimi", "Abductor digiti minimi (hand)", S::Fusiform, L::Superficial, {{"wrist-joint", {-20, -12, -16}}, {"wrist-joint", {-8, -16, -18}}}, {{"wrist-joint", {-24, -8, -86}}, {"wrist-joint", {-12, -14, -88}}}, {}, 6, 6, 2.5f, 2.5f},
        // The dorsal interossei of the hand, one sheet between and over the metacarpals under
        // the extensor tendons: the back of the hand showed the bare metacarpals between them.
        // From the first metacarpal's radial side to the fifth's ulnar side and down to the
        // knuckles, where the extensor expansions take over (narrower, it left the index's and
        // little finger's metacarpals bare once the hand was 88 mm broad).
        {"dorsal-interossei-hand", "Dorsal interossei (hand)", S::Sheet, L::Intermediate, {{"wrist-joint", {-18, 8, -18}}, {"wrist-joint", {38, 8, -18}}}, {{"wrist-joint", {-24, 6, -80}}, {"wrist-joint", {52, 6, -72}}}, {}, 0, 3, 4.0f, 4.0f},
        // Vastus intermedius: the front and lateral surface of the femoral shaft's upper two
        // thirds -> the base of the patella under the rectus femoris' tendon; it fills the front
        // of the thigh between the femur and the rectus femoris, where the femur showed through
        // the seams between rectus femoris, vastus lateralis and tensor fasciae latae.
        {"vastus-intermedius", "Vastus intermedius", S::Pennate, L::Intermediate, {{"greater-trochanter", {-22, -24, -26}}}, {{"patella", {0, 14, 38}}}, {}, 50, 36, -1, -1},
        // The foot's lateral border and dorsum, which showed the bare calcaneus and metatarsals
        // from the side. Extensor digitorum brevis: the dorsolateral calcaneus -> the tendons
        // of the first four toes, its belly lateral to and under the long extensor's tendons: a
        // low sheet from the side of the foot over the lateral two thirds of the dorsum (a
        // spindle on the dorsum left the side of the tarsus and the metatarsals bare).
        {"extensor-digitorum-brevis", "Extensor digitorum brevis", S::Sheet, L::Superficial, {{"ankle-joint", {36, -24, -46}}, {"ankle-joint", {18, -30, -12}}}, {{"ankle-joint", {30, -128, -52}}, {"ankle-joint", {-8, -124, -26}}}, {}, 0, 9, 2.5f, 3},
        // Abductor digiti minimi (foot): the lateral process of the calcaneal tuberosity -> the
        // lateral base of the little toe's proximal phalanx, along the lateral border; its origin
        // spread up the back of the lateral calcaneus, which showed bare above a point origin.
        {"abductor-digiti-minimi-foot", "Abductor digiti minimi (foot)", S::Fusiform, L::Superficial, {{"heel", {14, -4, -26}}, {"heel", {22, -14, -10}}}, {{"ankle-joint", {36, -128, -44}}}, {}, 14, 10, 2.5f, 2.5f},
        // The dorsal interossei of the foot, one sheet between and over the metatarsals under
        // the extensor tendons (the foot's skeleton is a block, so the dorsum showed bone), on
        // down the front of the ball of the foot to the toes' sheaths: the skin's dorsum stands
        // 30 mm over the metatarsals there, and from the front they showed under its end.
        {"dorsal-interossei-foot", "Dorsal interossei (foot)", S::Sheet, L::Intermediate, {{"ankle-joint", {-14, -78, -2}}, {"ankle-joint", {30, -68, -8}}}, {{"ankle-joint", {-16, -172, -20}}, {"ankle-joint", {30, -160, -26}}}, {}, 0, 3, 4.5f, 4.5f},
    };
    // clang-format on
    return table;
}

}  // namespace tpa::body
