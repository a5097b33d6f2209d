// Thin shells laid directly on the braincase from a smooth map of a rectangle (not swept):
// the galea and the occipital bellies, wide and short sheets that the sweep folded.
#pragma once

#include <vector>

#include "body/field_probe.h"
#include "body/rig.h"
#include "core/mesh.h"

namespace tpa::body {

// The centre of the vault's main ellipsoid (skeleton_axial.cpp): the braincase is star-shaped
// about it.
glm::vec3 vaultCentre(const Rig& rig);

// Where the ray from the vault's centre through p leaves `bone` (the cranium, inside out).
glm::vec3 radialHit(const FieldProbe& bone, glm::vec3 centre, glm::vec3 p, float scale);

// A closed slab from two grids of (rows + 1) x (cols + 1) points, row-major: the outer face, the
// inner face (the same points moved toward the bone) and a wall round the rim, wound outward.
core::Mesh closedSlab(const std::vector<glm::vec3>& outer, const std::vector<glm::vec3>& inner,
                      int rows, int cols);

// A scalp sheet on the cranium between its origin and insertion lines (left side): each point
// of the bilinear patch between the lines goes radially onto the bone, then `gap` mm off it,
// `thickness` mm thick, thinning toward its rim, which is rounded at the corners; the scalp
// keeps it under the skin (CranialShell). `rims` gives the fraction of the thickness left at
// the origin, insertion, first-anchor and last-anchor rims (empty: 0.7 all round, over the
// outer fifth), and `feather` the fraction of the sheet's length or width over which it thins
// to it. Where the sheet crosses the midline (x < 0) it lies 0.4 mm lower, so its mirror twin,
// which covers that side, shows there and the two meet without a gap or a shared face. Over its
// last third toward the insertion the gap goes to `insertionGap` (< 0: `gap` throughout).
// `rows` faces from origin to insertion and 12/7 as many across (fewer: fewer triangles).
// With `skinDepth` >= 0 the outer face rises over `skinSpan` of the length (u) from the gap to
// `skinDepth` mm under the skin, where the scalp stands well off the bone (never lower than the
// gap puts it). `rimGaps` (origin, insertion, first-anchor, last-anchor; < 0 or empty: none)
// bring the gap to that many mm at those rims over `feather`, so a thinned rim lies on a sheet
// under it rather than inside it.
core::Mesh cranialSheet(const std::vector<glm::vec3>& origin,
                        const std::vector<glm::vec3>& insertion, float gap, float thickness,
                        const Rig& rig, const SdfModel& skin, const SdfModel& cranium,
                        const std::vector<float>& rims = {}, float feather = 0.2f,
                        float insertionGap = -1.0f, int rows = 14, float skinDepth = -1.0f,
                        glm::vec2 skinSpan = {0.2f, 0.7f},
                        const std::vector<float>& rimGaps = {});

}  // namespace tpa::body
