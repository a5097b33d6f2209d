// Context muscles: outside the knowledge base, but without them the front of the neck showed
// the cervical vertebrae between the sternocleidomastoids, and the palm its bare metacarpals. Attachments from standard anatomy
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
        // The thenar eminence, superficial: flexor retinaculum and the scaphoid and trapezium
        // tubercles -> the radial side of the base of the thumb's proximal phalanx.
        {"abductor-pollicis-brevis", "Abductor pollicis brevis", S::Fusiform, L::Superficial, {{"wrist-joint", {14, -18, -12}}}, {{"wrist-joint", {34, -30, -56}}}, {}, 16, 8, 1.5f, 1.5f},
        // The hypothenar eminence: the pisiform -> the ulnar side of the base of the little
        // finger's proximal phalanx.
        {"abductor-digiti-minimi", "Abductor digiti minimi (hand)", S::Fusiform, L::Superficial, {{"wrist-joint", {-16, -14, -12}}}, {{"wrist-joint", {-14, -10, -78}}}, {}, 12, 6, 2.5f, 2.5f},
    };
    // clang-format on
    return table;
}

}  // namespace tpa::body
