// The hip in the left view with the skin hidden: the anterior iliac crest and the ilium by the
// anterior superior iliac spine lie under the external oblique's insertion, the gluteus medius'
// and the tensor fasciae latae's origins, not bare between them as a white strip.
#include <doctest/doctest.h>

#include "body_fixture.h"

TEST_CASE("muscle, not the ilium, covers the anterior iliac crest seen from the side") {
    // (y, z) from the anterior superior iliac spine, behind it along the crest and below it:
    // the external oblique ended medial to the crest's outer lip and the gluteus medius and the
    // tensor fasciae latae started behind and below it.
    tpa::body::test::checkMuscleFirstFromSide("asis", {{20, 50}, {30, 50}, {15, 30}, {20, 25},
                                                       {25, 35}, {15, -10}, {20, -10}, {20, -20}});
}
