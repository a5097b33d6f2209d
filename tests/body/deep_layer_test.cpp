// The deep view the docs show for naming the deeper muscles (--layer skin=hidden
// superficial=hidden): with the superficial muscles looked through, the intermediate and deep
// ones cover what they cover in life rather than leaving bone bare or standing as twisted blobs.
#include <doctest/doctest.h>

#include <algorithm>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::core::Layer;

const std::vector<Layer> kSuperficialHidden{Layer::Superficial};

// What a ray along `dir` meets first with the superficial layer hidden; null if nothing.
const tpa::core::Part* deepFirst(glm::vec3 from, glm::vec3 dir) {
    const int hit = firstPartHit(from, dir, kSuperficialHidden);
    return hit < 0 ? nullptr : &embeddedScene().parts[std::size_t(hit)];
}

}  // namespace

TEST_CASE("with the vastus lateralis hidden, the vastus intermedius covers the femur's side") {
    // Rays from the left, just outside the thigh (past the hanging hand), over the femur's
    // shaft from a fifth to four fifths of the way from hip to knee, 12 mm either side of its
    // axis. The vastus intermedius lay only in front of the shaft: 67 of these rays met the
    // femur first, 14 the vastus intermedius, and 10 passed through the thigh to nothing.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 hip = rig.at("hip-joint"), knee = rig.at("knee-joint");
    int rays = 0, bone = 0, intermedius = 0;
    for (float t = 0.2f; t <= 0.801f; t += 0.05f)
        for (float dy = -12.0f; dy <= 12.01f; dy += 4.0f) {
            const glm::vec3 c = glm::mix(hip, knee, t);
            const auto* part = deepFirst({c.x + 110.0f * k, c.y + dy * k, c.z}, {-1, 0, 0});
            if (!part) continue;
            ++rays;
            bone += part->kind == tpa::core::PartKind::Bone;
            intermedius += part->id == "vastus-intermedius.left";
            if (part->kind == tpa::core::PartKind::Bone) MESSAGE(part->id << " at " << t << ", " << dy);
        }
    CHECK(rays == 91);
    CHECK(bone == 0);
    CHECK(intermedius >= 85);
}
