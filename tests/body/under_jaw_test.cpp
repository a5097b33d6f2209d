// Under the jaw with the skin hidden (the platysma is not modelled, so the écorché shows the
// muscles under it): from the side, the depressor anguli oris and the floor of the mouth cover
// the lower border of the mandible; from the front, the floor of the mouth closes between the
// chin and the hyoid.
#include <doctest/doctest.h>

#include <cstdio>

#include "body_fixture.h"

using tpa::body::test::seenOnGrid;
using tpa::core::ViewPreset;

TEST_CASE("from the side, muscle covers the lower border of the mandible") {
    // The left and right views (from their eyes, a little below the jaw) over the body of the
    // mandible from below the corner of the mouth back to the angle, from its lower border up
    // under the depressor anguli oris: the border showed as a strip of bone between that
    // muscle, whose origin lay on the oblique line, and the floor of the mouth 6 mm under the
    // skin (88 of 676 rays met bone first; 10 with the origin along the border).
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f}) {
        const auto seen = seenOnGrid(side > 0.0f ? ViewPreset::Left : ViewPreset::Right, "menton",
                                     side, {0.0f, 0.0f}, {10.0f, 60.0f}, {2.0f, 26.0f}, 2.0f);
        rays += seen.parts;
        bone += seen.bones;
    }
    std::printf("lower border of the mandible from the side: %d of %d rays met bone first\n", bone,
                rays);
    CHECK(bone <= rays / 50);
}

TEST_CASE("from the front, the floor of the mouth closes between the chin and the hyoid") {
    // The anterior view (from below the chin) over the submental triangle, from the chin's lower
    // border down to just above the hyoid, between the digastric's anterior bellies: the
    // symphysis showed between the halves of the mylohyoid, which stopped 2-4 mm short of the
    // midline, and between the depressores labii inferiores, which arose 8 mm above the lower
    // border (81 of 225 rays met bone first; 1 now).
    const auto seen = seenOnGrid(ViewPreset::Anterior, "menton", 1.0f, {-14.0f, 14.0f},
                                 {0.0f, 0.0f}, {-22.0f, 6.0f}, 2.0f);
    std::printf("under the chin from the front: %d of %d rays met bone first\n", seen.bones,
                seen.parts);
    CHECK(seen.bones <= seen.parts / 50);
}
