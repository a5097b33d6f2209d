// The linea alba, swept like a muscle as a thin strap: without it the lumbar spine showed
// through the gap between the recti.
#include "body/aponeurosis.h"

#include "body/muscle_builder.h"

namespace tpa::body {

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
    core::Part part;
    part.id = "linea-alba";
    part.name = "Linea alba";
    part.kind = core::PartKind::Other;
    part.side = core::Side::Midline;
    part.layer = core::Layer::Superficial;
    part.mesh = buildMuscleMesh(lineaAlba, rig, skin, cranium);
    return {std::move(part)};
}

}  // namespace tpa::body
