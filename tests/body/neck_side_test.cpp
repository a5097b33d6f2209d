// The neck seen from the side with the skin hidden, as an écorché shows it: the
// sternocleidomastoid's insertion behind the ear running on into its thin aponeurosis on the
// nuchal line without a step, and the upper trapezius' top edge lying on the occiput rather
// than standing off it as a collar.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body/skeleton.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;
using tpa::body::test::leftMesh;

namespace {

// The first part under the skin along a ray from the side (+1 left, -1 right) at (y, z), and
// its depth; an empty id if none.
tpa::body::test::HitUnderSkin fromSide(float side, float y, float z) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    const auto hits = hitsUnderSkin({side * 300.0f * k, y, z}, {-side, 0.0f, 0.0f});
    if (hits.empty()) return {"", 0.0f};
    return hits.front();
}

}  // namespace

TEST_CASE("from the side, the insertions behind the ear stand as no ledge over the neck") {
    // The flat aponeurosis of the sternocleidomastoid and splenius capitis on the mastoid and
    // the nuchal line ends along the mastoid's level; below it the sternocleidomastoid's belly
    // must carry on at about its depth. Each ray that meets the sheet first is compared with
    // the one 2.5 mm below: more than 5 mm deeper there is a step its edge casts (the sheet
    // stood 2-3.5 mm under the skin over a gap between the sternocleidomastoid's insertion and
    // the trapezius, down to the suboccipitals 10-16 mm deeper: 4-6 such steps on the two
    // sides).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 mastoid = rig.at("mastoid");
    int ledges = 0;
    for (float side : {1.0f, -1.0f})
        for (float dy = 10.0f; dy <= 45.0f; dy += 2.5f)
            for (float dz = -10.0f; dz <= 15.0f; dz += 2.5f) {
                const float y = mastoid.y + dy * k, z = mastoid.z + dz * k;
                const auto at = fromSide(side, y, z);
                if (at.id.rfind("nuchal-insertions", 0) != 0) continue;
                const auto below = fromSide(side, y, z - 2.5f * k);
                if (below.id.empty() || below.depth - at.depth <= 5.0f * k) continue;
                ++ledges;
                MESSAGE("side " << side << " at y " << dy << ", z " << dz << ": " << below.id << " "
                                << below.depth - at.depth << " mm deeper below");
            }
    CHECK(ledges == 0);
}

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
