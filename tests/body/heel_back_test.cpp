// The heel from behind: the calcaneal tendon flares onto the calcaneal tuberosity, so the
// tuberosity is not seen as bare bone either side of a narrow tendon end.
#include <doctest/doctest.h>

#include <string>

#include "body_fixture.h"

using tpa::body::test::seenOnGrid;
using tpa::core::ViewPreset;

TEST_CASE("from behind, the calcaneal tendon covers the calcaneal tuberosity") {
    // Points on a 2 mm grid 24 mm either side of the heel, from 10 mm below it to 70 mm above
    // (the malleoli lie outside it). The tendon ended 18 mm wide on the tuberosity and the
    // foot's bones were seen first by 57 rays a side; flared to 28 mm, by 39.
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen = seenOnGrid(ViewPreset::Posterior, "heel", side, {-24.0f, 24.0f},
                                     {0.0f, 0.0f}, {-10.0f, 70.0f}, 2.0f);
        const std::string suffix = side > 0 ? ".left" : ".right";
        auto seenFirst = [&](const std::string& id) {
            const auto found = seen.byId.find(id + suffix);
            return found == seen.byId.end() ? 0 : found->second;
        };
        CAPTURE(seen.parts);
        CAPTURE(seenFirst("calcaneal-tendon"));
        CHECK(seen.parts > 900);
        CHECK(seenFirst("foot") <= 45);
    }
}
