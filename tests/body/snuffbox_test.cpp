// The back and the lateral side of the wrist and thumb: the abductor pollicis longus and the
// extensor pollicis brevis and longus tendons run from the forearm to the thumb, bordering
// the anatomical snuffbox, where the first metacarpal and the carpus showed bare between the
// abductor pollicis brevis and the dorsal interossei: from behind 80 of 476 rays met bone
// first and none a thumb tendon; now 31 of 495, and 112 meet one of the three; from the side
// 160 of 294 met bone, now 103 (the snuffbox's floor between the tendons, and the radial
// styloid), and 92 a thumb tendon.
#include <doctest/doctest.h>

#include <cstdio>
#include <map>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

using tpa::body::test::embeddedScene;

struct Seen {
    int rays = 0, bones = 0, tendons = 0;
    std::map<std::string, int> byTendon;
};

// What rays along `dir` meet first under the skin, through a grid of points (mm from the
// wrist joint, +x lateral) swept over two of the three axes.
Seen seenFirst(float side, glm::vec3 dir, glm::vec2 a, glm::vec2 b, bool fromBehind) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 w = rig.at("wrist-joint");
    Seen seen;
    for (float u = a.x; u <= a.y; u += 2.0f)
        for (float z = b.x; z <= b.y; z += 2.0f) {
            // From behind u is x; from the side it is y.
            const glm::vec3 from =
                fromBehind ? glm::vec3(side * (w.x + u * k), w.y + 300.0f * k, w.z + z * k)
                           : glm::vec3(side * (w.x + 300.0f * k), w.y + u * k, w.z + z * k);
            const auto hits = tpa::body::test::hitsUnderSkin(from, dir);
            if (hits.empty()) continue;
            ++seen.rays;
            const int i = embeddedScene().findPart(hits.front().id);
            REQUIRE(i >= 0);
            const auto& part = embeddedScene().parts[static_cast<std::size_t>(i)];
            seen.bones += part.kind == tpa::core::PartKind::Bone;
            for (const char* id :
                 {"abductor-pollicis-longus-tendon", "extensor-pollicis-brevis-tendon",
                  "extensor-pollicis-longus-tendon"})
                if (hits.front().id.rfind(id, 0) == 0) {
                    ++seen.tendons;
                    ++seen.byTendon[id];
                }
        }
    return seen;
}

}  // namespace

TEST_CASE("the thumb's long tendons cover the first metacarpal and border the snuffbox") {
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // From behind, over the back of the first metacarpal and the carpus lateral to the
        // extensor carpi radiales, from the wrist to the metacarpophalangeal joint.
        const Seen back = seenFirst(side, {0, -1, 0}, {14, 62}, {-52, 0}, true);
        // From the side, across the radial styloid, the snuffbox and the thumb's base.
        const Seen lateral = seenFirst(side, {-side, 0, 0}, {-16, 10}, {-40, 0}, false);
        std::printf(
            "side %+.0f: from behind %d of %d rays meet bone first, %d a thumb tendon "
            "(%zu tendons); from the side %d of %d bone, %d a thumb tendon (%zu)\n",
            side, back.bones, back.rays, back.tendons, back.byTendon.size(), lateral.bones,
            lateral.rays, lateral.tendons, lateral.byTendon.size());
        CHECK(back.byTendon.size() == 3);
        CHECK(lateral.byTendon.size() == 3);
        CHECK(back.bones <= 40);
        CHECK(lateral.bones <= 120);
    }
}
