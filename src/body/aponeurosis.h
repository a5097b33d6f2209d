// Aponeuroses drawn between muscles where, without them, the écorché would show what lies
// behind (bone, or nothing): flat tendinous sheets, parts of kind Other.
#pragma once

#include <vector>

#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/part.h"

namespace tpa::body {

// The linea alba (the midline seam of the abdominal aponeuroses, xiphoid to pubic symphysis,
// between the recti, wider above the umbilicus than below) and, left and right, the
// thoracolumbar fascia (each side's half of a diamond over the lower back from T12 to the
// sacrum), the patellar ligament, the calcaneal tendon, the iliotibial tract, the palmar
// aponeurosis, the extensor tendons on the backs of the hand and the foot, and the galea
// aponeurotica over the vault (on the cranium). No knowledge-base muscle.
std::vector<core::Part> aponeurosisParts(const Rig& rig, const SdfModel& skin,
                                         const SdfModel& cranium);

}  // namespace tpa::body
