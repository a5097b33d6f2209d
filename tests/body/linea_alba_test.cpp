// The linea alba as an anatomist sees it from the front: a narrow seam flush between the recti,
// about a centimetre wide above the umbilicus and narrowing to a line below it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;

namespace {

// Width (mm) of the linea alba seen first from the front across the midline at height z.
float seenWidth(float z, float k) {
    const float step = 0.25f * k;
    int n = 0;
    for (float x = -30.0f * k; x <= 30.0f * k; x += step) {
        const auto hits = hitsUnderSkin({x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
        if (!hits.empty() && hits.front().id == "linea-alba") ++n;
    }
    return float(n) * step;
}

}  // namespace

TEST_CASE("the linea alba narrows below the umbilicus to a seam between the recti") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float pubis = rig.at("pubic-symphysis").z, umbilicus = rig.at("umbilicus").z,
                xiphoid = rig.at("xiphoid").z;
    const float above = seenWidth(glm::mix(umbilicus, xiphoid, 0.5f), k);
    const float below = seenWidth(glm::mix(pubis, umbilicus, 0.4f), k);
    MESSAGE("seen width above the umbilicus " << above / k << " mm, below " << below / k << " mm");
    CHECK(above > 5.0f * k);
    CHECK(below > 1.0f * k);
    CHECK(below < 0.6f * above);
}

// The rectus' lateral border (linea semilunaris) seen from the front at height z: the furthest
// x from the midline where the left rectus is the first thing under the skin.
static float rectusBorder(float z, float k) {
    float border = 0.0f;
    for (float x = 0.0f; x <= 120.0f * k; x += 0.5f * k) {
        const auto hits = hitsUnderSkin({x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
        if (!hits.empty() && hits.front().id == "rectus-abdominis.left") border = x;
    }
    return border;
}

TEST_CASE("the rectus' lateral border runs past its tendinous intersections without bites") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float umbilicus = rig.at("umbilicus").z, xiphoid = rig.at("xiphoid").z;
    // The largest step of the border off the line through its neighbours 4 mm above and below:
    // the intersections' grooves sank the whole rim and the oblique's aponeurosis cut square
    // notches into it.
    float worst = 0.0f;
    for (float z = umbilicus - 30.0f * k; z <= xiphoid - 10.0f * k; z += 2.0f * k) {
        const float mid = rectusBorder(z, k);
        const float around = 0.5f * (rectusBorder(z - 4.0f * k, k) + rectusBorder(z + 4.0f * k, k));
        worst = std::max(worst, std::abs(mid - around));
    }
    MESSAGE("lateral border's largest kink " << worst / k << " mm");
    CHECK(worst < 2.0f * k);
}

// Depth under the skin of the first rectus hit from the front at (x, z); 1e9 for none.
static float rectusFaceDepth(float x, float z) {
    for (const auto& h : hitsUnderSkin({x, -400.0f, z}, {0.0f, 1.0f, 0.0f}))
        if (h.id.rfind("rectus-abdominis", 0) == 0) return h.depth;
    return 1e9f;
}

TEST_CASE("above the umbilicus the linea alba is a seam between the recti, not a second sternum") {
    // It was a bluish-white rod 19-23 mm wide from the xiphoid to the umbilicus, widest at the
    // xiphoid: the recti's rounded medial borders (6 mm from the midline at the xiphoid) lay
    // under its flat face. An écorché's seam is 10-15 mm wide just above the umbilicus,
    // narrowing toward the xiphoid, where the recti nearly meet.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float umbilicus = rig.at("umbilicus").z, xiphoid = rig.at("xiphoid").z;
    const float low = seenWidth(umbilicus + 20.0f * k, k);
    const float mid = seenWidth(glm::mix(umbilicus, xiphoid, 0.5f), k);
    const float high = seenWidth(xiphoid - 20.0f * k, k);
    MESSAGE("seen width 20 mm above the umbilicus " << low / k << " mm, halfway " << mid / k
                                                    << " mm, 20 mm below the xiphoid "
                                                    << high / k << " mm");
    for (float w : {low, mid, high}) {
        CHECK(w > 5.0f * k);
        CHECK(w < 13.0f * k);
    }
    CHECK(high <= low);
    // Flush rather than a trench: the seam lies within 2.5 mm of the recti's face 15 mm out.
    float worst = 0.0f;
    for (float z = umbilicus + 10.0f * k; z <= xiphoid - 10.0f * k; z += 10.0f * k) {
        const auto hits = hitsUnderSkin({0.0f, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
        REQUIRE(!hits.empty());
        for (float side : {1.0f, -1.0f})
            worst = std::max(worst, hits.front().depth - rectusFaceDepth(side * 15.0f * k, z));
    }
    MESSAGE("seam's largest drop below the recti " << worst / k << " mm");
    CHECK(worst < 2.5f * k);
}
