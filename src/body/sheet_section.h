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

}  // namespace tpa::body
