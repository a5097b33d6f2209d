// Under the jaw with the skin hidden (the platysma is not modelled, so the écorché shows the
// muscles under it): from the side, the depressor anguli oris and the floor of the mouth cover
// the lower border of the mandible.
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
