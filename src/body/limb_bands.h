// Tendon-coloured bands of the limbs that an écorché shows at the elbow, knee and wrist.
#pragma once

#include <vector>

#include "body/muscle_table.h"

namespace tpa::body {

// Rows swept like the other tendons (aponeurosis.cpp), parts of kind Other: the bicipital
// aponeurosis over the flexors at the elbow, the oblique popliteal ligament flooring the
// popliteal fossa and the flexor retinaculum across the front of the wrist. Consecutive rows
// with one id are pieces of one part.
const std::vector<MuscleSpec>& limbBandRows();

}  // namespace tpa::body
