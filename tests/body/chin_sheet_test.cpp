// The chin's three sheets with the skin hidden: where one passes under its neighbour it lies
// clearly under it, so that each reads as one smooth sheet with a clean border, not patches
// where two faces a fraction of a millimetre apart take turns in front.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;

namespace {

bool startsWith(const std::string& id, const char* base) { return id.rfind(base, 0) == 0; }

// Rays along `dir` over a grid round the menton (a: across the view, b: up; mm, 1 mm apart):
// how many meet `under` first with `top` less than `within` mm behind it (the wrong one in
// front, where faces that lie too close cross back and forth), or with eitherOrder either
// one first with the other that close behind.
struct Close {
    int rays = 0, close = 0;
};
Close closeFaces(glm::vec3 dir, glm::vec3 acrossAxis, float a0, float a1, float b0, float b1,
                 const char* top, const char* under, float within, bool eitherOrder) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    Close out;
    for (float a = a0; a <= a1; a += 1.0f)
        for (float b = b0; b <= b1; b += 1.0f) {
            const glm::vec3 p = rig.at("menton") + (acrossAxis * a + glm::vec3(0, 0, b)) * k;
            const auto hits = hitsUnderSkin(p - dir * (300.0f * k), dir);
            if (hits.size() < 2) continue;
            ++out.rays;
            const bool wrong = startsWith(hits[0].id, under) && startsWith(hits[1].id, top);
            const bool right = startsWith(hits[0].id, top) && startsWith(hits[1].id, under);
            out.close += (wrong || (eitherOrder && right)) &&
                         hits[1].depth - hits[0].depth < within * k;
        }
    return out;
}

}  // namespace

TEST_CASE("the mentalis passes under the depressors labii inferioris, seen from the front") {
    // Over the chin from the lower border up to the lip. Its face a quarter millimetre over
    // theirs, the mentalis showed as two rectangles with hard corners pasted on them, and the
    // two took turns in front along its borders (294 rays meeting it first with one of them
    // less than 1.5 mm behind); its face a millimetre under theirs, it shows only between
    // them, a narrow cone at the chin's point (14, along their bevels).
    const Close front = closeFaces({0, 1, 0}, {1, 0, 0}, -24.0f, 24.0f, -2.0f, 34.0f,
                                   "depressor-labii-inferioris.", "mentalis.", 1.5f, false);
    std::printf("chin from the front: %d of %d rays meet the mentalis first with a depressor labii "
                "inferioris under 1.5 mm behind it\n", front.close, front.rays);
    REQUIRE(front.rays > 500);
    CHECK(front.close <= front.rays / 100);
}

TEST_CASE("the depressor anguli oris lies over the buccinator, seen from the side") {
    // From the left over the depressor anguli oris' upper, back border. Laid on the mandible up
    // to 60 % of its length, its face crossed the buccinator's (0.2-0.5 mm apart), a saw-tooth
    // border (15 rays meeting the two less than half a millimetre apart, in either order);
    // lifted further off the bone in its upper half, it lies 1-1.5 mm over it (9).
    const Close side = closeFaces({-1, 0, 0}, {0, 1, 0}, 0.0f, 40.0f, 10.0f, 44.0f,
                                  "depressor-anguli-oris.", "buccinator.", 0.5f, true);
    std::printf("chin from the side: %d of %d rays meet the depressor anguli oris and the "
                "buccinator less than 0.5 mm apart\n", side.close, side.rays);
    REQUIRE(side.rays > 500);
    CHECK(side.close <= side.rays / 120);
}
