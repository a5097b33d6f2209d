// Tendon-coloured bands of the limbs that an écorché shows at the elbow and knee.
#pragma once

#include <vector>

#include "body/muscle_table.h"

namespace tpa::body {

// Rows swept like the other tendons (aponeurosis.cpp), parts of kind Other: the bicipital
// aponeurosis over the flexors at the elbow and the oblique popliteal ligament flooring the
// popliteal fossa. Consecutive rows with one id are pieces of one part.
const std::vector<MuscleSpec>& limbBandRows();

}  // namespace tpa::body
