// The back of the shoulder and arm as an écorché shows them: the infraspinatus filling its fossa
// with crisp borders, over the latissimus and under the deltoid, the teres major passing under
// the latissimus at the inferior angle, and the triceps' tendon a flat plate on the distal back
// of the arm between the heads. Before, the infraspinatus and the latissimus (and the
// latissimus and the teres major) lay at the same depth where they crossed and met along torn
// lines, and the tendon was a narrow cone standing on the back of the arm.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::firstPartHitId;
using tpa::body::test::hitsUnderSkin;

namespace {

// Depth under the skin (mm along the ray) of the first face of `id` a ray meets; < 0 if none.
float depthOf(const std::vector<tpa::body::test::HitUnderSkin>& hits, const std::string& id) {
    for (const auto& h : hits)
        if (h.id == id) return h.depth;
    return -1.0f;
}

// Over a grid from behind (x, z in mm at stature 1750, both sides), every ray that meets both parts meets
// `upper` at least `gap` mm before `lower`: one lies clearly over the other, so the border
// between them is the upper one's rim, not a line where two faces cut through each other.
// Returns how many rays met both.
int checkOver(const std::string& upper, const std::string& lower, float x0, float x1, float z0,
              float z1, float gap) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    int both = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = x0; x <= x1; x += 5.0f)
            for (float z = z0; z <= z1; z += 5.0f) {
                const glm::vec3 from(side * x * k, 400.0f * k, z * k);
                const auto hits = hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
                const std::string s = side > 0.0f ? ".left" : ".right";
                const float du = depthOf(hits, upper + s), dl = depthOf(hits, lower + s);
                if (du < 0.0f || dl < 0.0f) continue;
                ++both;
                CAPTURE(upper);
                CAPTURE(lower);
                CAPTURE(from.x);
                CAPTURE(from.z);
                CAPTURE(du);
                CAPTURE(dl);
                CHECK(dl - du >= gap * k);
            }
    return both;
}

}  // namespace

TEST_CASE("the infraspinatus lies clearly over the latissimus in its fossa") {
    // Over the fossa below the spine, where the latissimus' upper slip reaches up under it
    // (by the inferior angle, below this, the latissimus covers it).
    CHECK(checkOver("infraspinatus", "latissimus-dorsi", 95.0f, 145.0f, 1270.0f, 1360.0f, 1.0f) >= 20);
}

TEST_CASE("the teres major passes under the latissimus at the inferior angle") {
    CHECK(checkOver("latissimus-dorsi", "teres-major", 95.0f, 135.0f, 1245.0f, 1300.0f, 1.0f) >= 5);
}

TEST_CASE("the triceps' tendon is a flat plate between the heads on the distal back of the arm") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    // Rays from behind across the arm at 0.6-0.9 of its length: count those that meet the
    // tendon first; it shows from the middle of the arm down, between the heads, widening to
    // a plate at least 20 mm wide above the olecranon (the cone began at 0.62).
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0.0f ? ".left" : ".right";
        for (float t : {0.6f, 0.7f, 0.8f, 0.9f}) {
            const glm::vec3 at = glm::mix(shoulder, elbow, t);
            int tendon = 0, heads = 0;
            for (float dx = -40.0f; dx <= 40.0f; dx += 2.0f) {
                const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
                const std::string id = firstPartHitId(from, {0.0f, -1.0f, 0.0f});
                tendon += id == "triceps-tendon" + s;
                heads += id == "triceps-brachii" + s;
            }
            CAPTURE(side);
            CAPTURE(t);
            CAPTURE(tendon);
            CAPTURE(heads);
            CHECK(tendon >= 1);
            if (t >= 0.85f) CHECK(tendon * 2.0f >= 20.0f);
            // The heads flank it: beside the tendon at least 10 mm of them on the arm.
            if (t <= 0.8f) CHECK(heads * 2.0f >= 10.0f);
        }
    }
    // Flat: rays from behind through its middle pass through it within 3.5 mm (the strap, 4 mm
    // thick and rounded, stood off the arm as a cone).
    for (float t : {0.7f, 0.8f, 0.9f}) {
        const glm::vec3 at = glm::mix(shoulder, elbow, t);
        const auto hits = hitsUnderSkin({at.x, 400.0f * k, at.z}, {0.0f, -1.0f, 0.0f});
        float in = -1.0f, out = -1.0f;
        for (const auto& h : hits)
            if (h.id == "triceps-tendon.left") (in < 0.0f ? in : out) = h.depth;
        CAPTURE(t);
        REQUIRE(in >= 0.0f);
        CHECK(out - in <= 3.5f * k);
    }
}
