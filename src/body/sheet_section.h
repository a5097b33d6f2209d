// Cross-section of a muscle that must read as one smooth sheet with its neighbours (the
// trapezius' parts and slips, MuscleSpec::sheetOverlap > 0): a flat outer face whose rims thin to
// a feathered edge just under it.
#pragma once

namespace tpa::body {

// How far under the outer face (mm) the section's point at sn lies: sn = 1 the middle of the
// outer face, 0 the rims, -1 the middle of the inner face. An elliptical section drops by half
// its thickness toward each rim, and where one slip or part lies on its neighbour that reads as
// a groove or a ridge between separate straps; this one steps down by a fraction of a mm.
float sheetBelowFace(float thick, float sn, float scale);

// Where across the width (-1..1) corner a of a ring of `around` corners lies: evenly spread
// between the rims, the corner next to each rim close to it, so that the narrow band between
// takes the feathered edge (spread wider, its bevel shades as a dark strip along every border).
// cosTheta gives the side (the sign of the usual cos θ placement).
float sheetAcross(int a, int around, float cosTheta);

// How far (in units of MuscleSpec::sheetRimSink) a sheet's section sinks at s across the width
// (-1..1) and u along its length (0 origin .. 1 insertion): none within 60 % of the half-width,
// all of it from the bevel to the rim; fading in over the first 6 % of the length (sunk at the
// origin, the rims left notches on the midline, where the two sides' origins meet) and out from
// half to four fifths of it, where the slips narrow onto the insertion and sunk rims opened
// gaps between them onto the bone.
// sides: which rims sink (MuscleSpec::sheetRimSides). fromOrigin: no fading in, the whole
// amount from the origin on (MuscleSpec::sheetRimSinkFromOrigin).
float sheetRimShare(float s, float u, int sides, bool fromOrigin = false);

}  // namespace tpa::body
