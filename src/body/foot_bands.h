// Tendon-coloured parts of the foot and ankle that an écorché shows over the bones and tendons.
#pragma once

#include <vector>

#include "body/muscle_table.h"

namespace tpa::body {

// Rows swept like the other tendons (aponeurosis.cpp), parts of kind Other; consecutive rows
// with one id are pieces of one part. The extensor expansions: a sheath round each toe's
// phalanges, where the long and short extensors' tendons (the long hallucis' on the big toe)
// spread over the back of the toe; the toes were bare bone rays.
const std::vector<MuscleSpec>& toeCoverRows();

// The extensor retinacula: the superior band above the ankle and the inferior one's stem and
// upper band across its front, over the long extensors' tendons (laid at 1 mm under the skin,
// outside them); the fibular tendons behind and under the lateral malleolus onto the lateral
// foot, with the fibular retinacula over them; the heel pad under the calcaneal tuberosity.
const std::vector<MuscleSpec>& footBandRows();

}  // namespace tpa::body
