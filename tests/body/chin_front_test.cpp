// The chin from the front with the skin hidden: the mentalis shows between the depressors labii
// inferioris as one smooth cone at the chin's point, level with them, not at the bottom of a
// dark slot between two raised blocks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;

namespace {

// How far under the skin (mm) a ray from the front at (x, z) mm from the menton meets the
// first part, and which.
float depthFromFront(const tpa::body::Rig& rig, float x, float z, std::string* id = nullptr) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 p = rig.at("menton") + glm::vec3(x, 0.0f, z) * k;
    const glm::vec3 dir{0.0f, 1.0f, 0.0f};
    const auto hits = hitsUnderSkin(p - dir * (300.0f * k), dir);
    if (hits.empty()) return 1e9f;
    if (id) *id = hits.front().id;
    return hits.front().depth / k;
}

}  // namespace

TEST_CASE("the mentalis lies level with the depressors labii inferioris, seen from the front") {
    const tpa::body::Rig rig;
    // Rows across the chin every 2 mm from 14 mm over the menton up to just under the lower
    // lip: how much deeper than the depressors' faces 9 mm either side of the midline the
    // deepest point between them lies. The two depressors met in a V under the lip with the
    // mentalis 1-2 mm under them, a dark slot between two raised blocks.
    int rows = 0, slots = 0, mentalis = 0, centre = 0;
    float sum = 0.0f;
    for (float z = 14.0f; z <= 36.0f; z += 2.0f, ++rows) {
        const float beside = 0.5f * (depthFromFront(rig, -9.0f, z) + depthFromFront(rig, 9.0f, z));
        float deepest = 0.0f;
        for (float x = -5.0f; x <= 5.0f; x += 0.5f) {
            std::string id;
            deepest = std::max(deepest, depthFromFront(rig, x, z, &id));
            ++centre;
            mentalis += id.rfind("mentalis.", 0) == 0;
        }
        sum += deepest - beside;
        slots += deepest - beside > 0.75f;
    }
    std::printf("chin from the front: the midline %.2f mm under the depressors on average, %d of "
                "%d rows over 0.75 mm; the mentalis first on %d of %d rays between them\n",
                sum / float(rows), slots, rows, mentalis, centre);
    CHECK(slots <= rows / 6);
    CHECK(sum / float(rows) < 0.5f);
}

TEST_CASE("the depressor labii inferioris meets the depressor anguli oris in one clean border") {
    const tpa::body::Rig rig;
    // Rows across each side of the chin every mm from 4 mm over the menton to 30, 1 mm apart
    // from 10 to 36 mm from the midline: how often the part seen first changes between the
    // two depressors. A clean border changes once a row; where the depressor labii
    // inferioris' lateral rim lay a fraction of a millimetre over the depressor anguli oris'
    // face the two took turns, orange tongues along the border.
    int rows = 0, changes = 0;
    for (float side : {1.0f, -1.0f})
        for (float z = 4.0f; z <= 30.0f; z += 1.0f, ++rows) {
            char prev = 0;
            for (float x = 10.0f; x <= 36.0f; x += 1.0f) {
                std::string id;
                depthFromFront(rig, side * x, z, &id);
                const char now = id.rfind("depressor-labii-inferioris.", 0) == 0 ? 'L'
                                 : id.rfind("depressor-anguli-oris.", 0) == 0    ? 'A'
                                                                                 : 0;
                if (now == 0) continue;
                changes += prev != 0 && now != prev;
                prev = now;
            }
        }
    std::printf("chin from the front: %d changes between the depressors in %d rows\n", changes,
                rows);
    CHECK(changes <= rows + rows / 10);
}
