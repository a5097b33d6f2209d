// The neck seen from the side with the skin hidden, as an écorché shows it: the upper
// trapezius' top edge lying on the occiput rather than standing off it as a collar.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "body/rig.h"
#include "body/skeleton.h"
#include "body_fixture.h"

using tpa::body::test::leftMesh;

TEST_CASE("the upper trapezius' top edge lies on the occiput, not off it as a collar") {
    // Its origin on the superior nuchal line and the inion lies under the thick scalp of the
    // occiput: laid 1 mm under the skin there like the rest of the sheet, its top stood up to
    // 7 mm off the bone (4.6 mm on average) and read as a raised collar behind the head.
    // Sunk 3 mm there: at most 4.7, 2.2 on average.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    std::vector<tpa::body::BoneShape> skull;
    for (const auto& b : tpa::body::skeletonShapes(rig))
        if (b.id == "skull") skull.push_back(b);
    REQUIRE(skull.size() == 1);
    const float top = rig.at("inion").z - 12.0f * k;
    float worst = 0.0f, sum = 0.0f;
    int count = 0;
    for (const auto& p : leftMesh("upper-trapezius").positions) {
        if (p.z < top) continue;
        const float off = tpa::body::boneDistance(skull, p);
        worst = std::max(worst, off);
        sum += off;
        ++count;
    }
    REQUIRE(count > 10);
    CAPTURE(worst);
    CAPTURE(sum / float(count));
    CHECK(worst < 5.0f * k);
    CHECK(sum / float(count) < 2.5f * k);
}
