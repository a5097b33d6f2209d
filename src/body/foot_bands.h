// Tendon-coloured parts of the foot that an écorché shows over its bones: the toes' sheaths.
#pragma once

#include <vector>

#include "body/muscle_table.h"

namespace tpa::body {

// Rows swept like the other tendons (aponeurosis.cpp), parts of kind Other; consecutive rows
// with one id are pieces of one part. The extensor expansions: a sheath round each toe's
// phalanges, where the long and short extensors' tendons (the long hallucis' on the big toe)
// spread over the back of the toe; the toes were bare bone rays.
const std::vector<MuscleSpec>& footBandRows();

}  // namespace tpa::body
