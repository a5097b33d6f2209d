// Stations along a muscle: its attachment lines and centre line as curves, where its
// cross-sections lie along them, and how deep a tendinous intersection grooves it.
#pragma once

#include <glm/glm.hpp>
#include <vector>

namespace tpa::body {

// Point along a polyline for s in [-1, 1] (uniform per segment).
glm::vec3 polyline(const std::vector<glm::vec3>& pts, float s);

// Point at u in [0, 1] on the Catmull-Rom spline through pts (uniform per span).
glm::vec3 catmullRom(const std::vector<glm::vec3>& pts, float u);

// Where along the length (0..1) each of rings + 1 cross-sections lies: evenly spaced, except
// that one sits on each tendinous intersection (u in 0..1) with one close either side of it, so
// the groove's walls are steep; the rest are shared out between the gaps.
std::vector<float> ringPositions(const std::vector<float>& intersections, int rings);

// How much of the full dip the outer face takes at u: 1 on an intersection, falling linearly
// to 0 at the rings either side of it.
float intersectionDip(const std::vector<float>& intersections, float u);

// A profile given as fractions at evenly spaced u (0..1), at u: smoothstep between the two
// samples either side, so the belly has no kinks at them.
float sampledProfile(const std::vector<float>& samples, float u);

}  // namespace tpa::body
