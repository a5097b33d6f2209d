// How far under a muscle's level the points of its feathered (MuscleSpec::featherAcross) and
// lens (MuscleSpec::rimThinning) cross-sections lie; muscle_builder.cpp places the sections,
// these only shape them.
#pragma once

#include <glm/vec3.hpp>

#include "body/muscle_table.h"

namespace tpa::body {

// How far under the band's level a point of a feathered section (MuscleSpec::featherAcross)
// lies: at `toward` across the width (1 the rim toward the middle of the course, -1 the other),
// on the outer face (sn > 0), the deep face (sn < 0) or the rim between (sn = 0).
// The outer rim also sinks by `sink` mm as it thins.
// With sinkSpan > 0, the section also sinks by `spread` mm growing over that fraction of the
// width from the outer rim (the deeper of the two), its face sloping down from inside the middle.
float featheredBelowFace(float thick, float toward, float sn, float feather, float sink,
                         float spread, float sinkSpan);

// How far under the outer face's middle a point of a lens section (MuscleSpec::rimThinning)
// lies, on the outer face (sn > 0) or the deep face (sn < 0): its borders a third of the
// thickness down at 1 rather than half, as an ellipse's are, so the domed face does not dip
// behind the bone it covers at the borders.
float lensBelowFace(float thick, float sn, float rimThinning);

// MuscleSpec::featherSink where the section at `fromMiddle` (from the middle of the course)
// faces up, none where it faces sideways or down.
float outwardSink(const MuscleSpec& spec, glm::vec3 fromMiddle);

// The part of it that slopes across the width (MuscleSpec::featherSinkSpan): none where the
// section faces medially as much as up (the ring's upper medial end, by the procerus, where a
// face sunk across the width opened a hole to the bone beside it).
float slopedSink(const MuscleSpec& spec, glm::vec3 fromMiddle);

}  // namespace tpa::body
