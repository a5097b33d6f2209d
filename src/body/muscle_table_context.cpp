// Context muscles: outside the knowledge base, but without them the front of the neck showed
// the cervical vertebrae between the sternocleidomastoids. Attachments from standard anatomy
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
    };
    // clang-format on
    return table;
}

}  // namespace tpa::body
