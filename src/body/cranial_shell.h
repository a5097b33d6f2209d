// Thin muscles laid on the braincase (frontalis, occipitalis, temporalis) rather than under the
// skin: the scalp stands well off the bone, so they follow the bone and stay under the scalp.
#pragma once

#include <glm/glm.hpp>

#include "body/field_probe.h"
#include "body/muscle_table.h"

namespace tpa::body {

struct CranialShell {
    const FieldProbe& bone;   // the cranium, turned inside out (positive inside the bone)
    const FieldProbe& scalp;  // the skin
    float clearance;          // mm every point stays under the skin
    float minShell;           // mm: thinnest shell where the muscle is thicker
    float scale;              // stature / 1750 mm, for the margins

    // The shell's point for the mid-surface point m, `gap` mm above the bone, at `across` of
    // its thickness (0 the face on the bone, 1 the outer face). Both faces lie on one line along
    // the bone's normal, so the thin shell cannot shear; where the scalp leaves less room than
    // the shell needs, the shell thins, down to minShell, and below that sinks into the bone.
    glm::vec3 place(glm::vec3 m, float gap, float thickness, float across) const;
};

// Width factor of a muscle on the skull at u (0 origin .. 1 insertion): a scalp sheet has
// rounded corners at both ends. Square corners read as patches stuck on the bone, and the thin
// shell folds at them. (A fan's origin line is already an arch.)
float cranialCornerScale(MuscleShape shape, float u);

// Thickness factor: a scalp sheet thins toward both ends, into the galea and the skin of the
// brow or nape, instead of ending in a cut edge standing off the bone.
float cranialThinning(MuscleShape shape, float u);

}  // namespace tpa::body
