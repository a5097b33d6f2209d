// The lateral (fibular) compartment from the side. The fibularis longus and brevis read as one
// column with a flat, square top just below the knee and a blunt end a hand's breadth above the
// lateral malleolus, with bare fibula below it down to the ankle, and the fibular tendons began
// only at the malleolus. An écorché shows the longus tapering up under the biceps' tendon, its
// belly turning into a tendon in the lower third that lies on the brevis, the brevis' belly
// covering the lower fibula nearly to the malleolus, and the tendons running on behind it.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::SeenFirst;
using tpa::core::ViewPreset;

// What the left view's eye meets first through points 60 mm lateral of the left lateral
// malleolus, (y, z) mm from it.
SeenFirst seenBesideMalleolus(glm::vec2 yRange, glm::vec2 zRange, float step) {
    return tpa::body::test::seenOnGrid(ViewPreset::Left, "lateral-malleolus", 1.0f, {60, 60},
                                       yRange, zRange, step);
}

int count(const SeenFirst& seen, const std::string& id) {
    const auto it = seen.byId.find(id);
    return it == seen.byId.end() ? 0 : it->second;
}

}  // namespace

TEST_CASE("from the side, the lower fibula is covered by the fibularis brevis, not bare") {
    // Over the fibula's lateral face from 56 to 140 mm above the malleolus: the longus' belly
    // ended 70 mm above it and the fibula showed from there down. (Lower, over the malleolus'
    // upper end, the bone is subcutaneous.)
    const SeenFirst seen = seenBesideMalleolus({-8, 8}, {56, 140}, 2.0f);
    const int brevis = count(seen, "fibularis-brevis.left");
    std::printf("lower fibula from the side: %d of %d rays meet bone first, %d the brevis\n",
                seen.bones, seen.parts, brevis);
    CHECK(seen.parts > 300);
    CHECK(seen.bones <= seen.parts / 50);
    CHECK(brevis >= seen.parts / 2);
}

TEST_CASE("the fibularis longus turns into its tendon in the lower third, on the brevis") {
    // From 60 to 120 mm above the malleolus, across the lateral leg: the tendon, not the longus'
    // belly, with the brevis either side of it.
    const SeenFirst seen = seenBesideMalleolus({-16, 24}, {60, 120}, 2.0f);
    const int longus = count(seen, "fibularis-longus.left");
    const int tendon = count(seen, "fibularis-tendons.left");
    const int brevis = count(seen, "fibularis-brevis.left");
    std::printf("lateral leg's lower third: %d of %d rays meet the longus' belly, %d its tendon, "
                "%d the brevis\n",
                longus, seen.parts, tendon, brevis);
    CHECK(longus <= seen.parts / 50);
    CHECK(tendon >= seen.parts / 8);
    CHECK(brevis >= seen.parts / 2);
}

TEST_CASE("the fibular tendons run on from the longus' belly to the malleolus without a gap") {
    // Row by row from 150 mm above the malleolus down to it, the eye meets the longus or its
    // tendon somewhere across the back half of the lateral leg. The tendons began 36 mm above
    // the malleolus (deep under the brevis above that), the belly ended at 70.
    int rows = 0, gaps = 0;
    for (float z = 150.0f; z >= 6.0f; z -= 4.0f) {
        const SeenFirst seen = seenBesideMalleolus({-10, 26}, {z, z}, 1.0f);
        ++rows;
        gaps += count(seen, "fibularis-longus.left") + count(seen, "fibularis-tendons.left") == 0;
    }
    std::printf("fibular tendons from the side: %d of %d rows show neither belly nor tendon\n",
                gaps, rows);
    CHECK(gaps == 0);
}
