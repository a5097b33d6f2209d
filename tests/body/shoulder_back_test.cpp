// The back of the shoulder as an écorché shows it: the infraspinatus fills its fossa between the
// trapezius, the deltoid and the latissimus as one smooth fan, the teres minor a band along its
// lower border, the posterior deltoid's border curving down over them to its insertion. Before,
// it lay deep and narrow and the bare blade of the scapula showed below the spine.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

TEST_CASE("muscle, not the scapular blade, covers the infraspinous fossa") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 fossa = rig.at("infraspinous-fossa");
    // A grid over the fossa below the spine, looked at from behind on both sides.
    for (float side : {1.0f, -1.0f})
        for (float dx : {-10.0f, 5.0f, 20.0f})
            for (float dz : {0.0f, 25.0f, 50.0f}) {
                const glm::vec3 from((fossa.x + dx * k) * side, 400.0f * k, fossa.z + dz * k);
                CAPTURE(from.x);
                CAPTURE(from.z);
                const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
                REQUIRE(hit >= 0);
                const auto& part = embeddedScene().parts[std::size_t(hit)];
                CAPTURE(part.id);
                CHECK(part.kind == tpa::core::PartKind::Muscle);
            }
}

TEST_CASE("teres major keeps its belly's bulk from the inferior angle to the humerus") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const int i = embeddedScene().findPart("teres-major.left");
    REQUIRE(i >= 0);
    // Its course under the arm crossed the axillary fold and its rings were narrowed to a
    // quarter of their width, a cord of a third of the muscle's real volume (about 50 cm3).
    const double volume = tpa::body::test::meshVolume(embeddedScene().parts[std::size_t(i)].mesh);
    CHECK(volume >= 30000.0 * k * k * k);
}

TEST_CASE("the posterior deltoid covers the triceps' heads down to its insertion") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), tuberosity = rig.at("deltoid-tuberosity");
    // Seen from behind, the lateral head of the triceps emerges from under the deltoid's lower
    // border. Started as shallow as the deltoid, it poked through it in ragged patches.
    int seen = 0, deltoid = 0;
    for (float side : {1.0f, -1.0f})
        for (float t : {0.3f, 0.45f, 0.6f, 0.75f})
            for (float dx : {-6.0f, 0.0f, 6.0f}) {
                const glm::vec3 at = glm::mix(shoulder, tuberosity, t);
                const glm::vec3 from((at.x + dx * k) * side, 400.0f * k, at.z);
                const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
                if (hit < 0) continue;
                ++seen;
                deltoid += embeddedScene().parts[std::size_t(hit)].id.rfind("deltoid-", 0) == 0;
            }
    CHECK(seen == 24);
    CHECK(deltoid == seen);
}

TEST_CASE("the deltoid caps the shoulder from the side without gaps between its parts") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 acromion = rig.at("acromion");
    // Seen from the side 35 mm below the acromion, its three parts together span the shoulder
    // from front to back (about 9 cm); narrow spindles left the arm's muscles showing between.
    for (float side : {1.0f, -1.0f})
        for (float dy = -40.0f; dy <= 40.0f; dy += 5.0f) {
            const glm::vec3 from(400.0f * k * side, acromion.y + dy * k, acromion.z - 35.0f * k);
            CAPTURE(from.x);
            CAPTURE(from.y);
            const int hit = firstPartHit(from, {-side, 0.0f, 0.0f});
            REQUIRE(hit >= 0);
            CHECK(embeddedScene().parts[std::size_t(hit)].id.rfind("deltoid-", 0) == 0);
        }
}

namespace {

// What a ray from straight behind meets first at (x, z) mm on the back (x lateral on `side`),
// at stature 1750.
std::vector<tpa::body::test::HitUnderSkin> hitsFromBehind(float side, float x, float z) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    return tpa::body::test::hitsUnderSkin({side * x * k, 400.0f * k, z * k}, {0.0f, -1.0f, 0.0f});
}

std::string sideSuffix(float side) { return side > 0.0f ? ".left" : ".right"; }

}  // namespace

TEST_CASE("the infraspinatus is one smooth fan over its fossa") {
    // Neighbouring rays 2 mm apart that both meet the infraspinatus first meet it at nearly
    // the same depth. Its origin was bent round the spine's root (spine, then medial border),
    // so its sections were folded in a V: a crease ran from its upper outer corner into the
    // belly and it bulged as an oval plate (101 steps over 2 mm, the largest 13.5 mm).
    const float k = tpa::body::Rig().stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const std::string id = "infraspinatus" + sideSuffix(side);
        int steps = 0;
        float worst = 0.0f;
        for (float z = 1290.0f; z <= 1420.0f; z += 2.0f)
            for (float x = 80.0f; x <= 170.0f; x += 2.0f) {
                const auto here = hitsFromBehind(side, x, z);
                if (here.empty() || here.front().id != id) continue;
                for (const auto& next :
                     {hitsFromBehind(side, x + 2.0f, z), hitsFromBehind(side, x, z + 2.0f)}) {
                    if (next.empty() || next.front().id != id) continue;
                    const float step = std::abs(next.front().depth - here.front().depth);
                    steps += step > 2.0f * k;
                    worst = std::max(worst, step);
                }
            }
        CAPTURE(side);
        CHECK(steps <= 40);
        CHECK(worst <= 8.0f * k);
    }
}

TEST_CASE("no scapula shows below the spine between the infraspinatus and the deltoid") {
    // The infraspinatus' upper border reaches the spine of the scapula under the trapezius
    // and the deltoid; diving under the deltoid from its origin on (depthAcross 30), it bared
    // the spine's lower lip there over 48 of these 806 rays.
    for (float side : {1.0f, -1.0f}) {
        int bone = 0;
        for (float z = 1370.0f; z <= 1420.0f; z += 2.0f)
            for (float x = 100.0f; x <= 160.0f; x += 2.0f) {
                const auto hits = hitsFromBehind(side, x, z);
                bone += !hits.empty() && hits.front().id.rfind("scapula", 0) == 0;
            }
        CAPTURE(side);
        CHECK(bone <= 8);
    }
}

TEST_CASE("no speck of the spine shows where the trapezius, infraspinatus and deltoid meet") {
    // From the posterior view's eye, 1 mm apart over the corner 55-95 mm medial of the
    // acromion and 25-50 mm below it, where the middle trapezius' lower border, the
    // infraspinatus' upper border and the posterior deltoid's medial end meet on the spine. The
    // infraspinatus' upper border lay 1-2 mm behind the spine's crest there (sunk 1.5 mm at its
    // origin, and diving under the deltoid by depthAcross 4 already from its origin on), so a
    // white speck of the crest showed in the seam: 14 rays a side before, none now.
    for (float side : {1.0f, -1.0f}) {
        const auto seen = tpa::body::test::seenOnGrid(tpa::core::ViewPreset::Posterior, "acromion",
                                                      side, {-95.0f, -55.0f}, {0.0f, 0.0f},
                                                      {-50.0f, -25.0f}, 1.0f);
        CAPTURE(side);
        CHECK(seen.parts >= 900);
        CHECK(seen.bones == 0);
    }
}

TEST_CASE("the teres minor shows as a band along the infraspinatus' lower border") {
    // From its origin on the scapula's lateral border up to where it passes under the deltoid
    // it shows at least 8 mm wide across each row (from one point on the border it was a
    // strip 0-7 mm wide).
    for (float side : {1.0f, -1.0f}) {
        const std::string id = "teres-minor" + sideSuffix(side);
        for (float z = 1302.0f; z <= 1350.0f; z += 6.0f) {
            float width = 0.0f;
            for (float x = 100.0f; x <= 220.0f; x += 1.0f) {
                const auto hits = hitsFromBehind(side, x, z);
                width += !hits.empty() && hits.front().id == id ? 1.0f : 0.0f;
            }
            CAPTURE(side);
            CAPTURE(z);
            CHECK(width >= 8.0f);
        }
    }
}

TEST_CASE("the posterior deltoid's lower border falls steadily toward its insertion") {
    // Seen from behind, the lowest point of the deltoid at each x: its border over the teres
    // minor and the triceps' long head curves down to the insertion. Its rings kept their
    // width to the end, so it ended in a square, level edge: between 194 and 234 mm from the
    // midline the border fell 4 mm.
    auto lowest = [](float side, float x) {
        for (float z = 1250.0f; z <= 1420.0f; z += 1.0f) {
            const auto hits = hitsFromBehind(side, x, z);
            if (!hits.empty() && hits.front().id.rfind("deltoid-", 0) == 0) return z;
        }
        return -1.0f;
    };
    for (float side : {1.0f, -1.0f}) {
        const float inner = lowest(side, 194.0f), outer = lowest(side, 234.0f);
        CAPTURE(side);
        CAPTURE(inner);
        CAPTURE(outer);
        CHECK(inner - outer >= 8.0f);
    }
}

TEST_CASE("the spine of the scapula lies under a filled hollow, not a star of dark wedges") {
    // From the posterior view's eye where the middle trapezius' lowest slip, the posterior
    // deltoid's medial border and the infraspinatus' upper corner meet over the spine (pixels
    // 1690-1830 x 850-930 of the 4000 px render, both sides). The middle slip's end sinks up
    // to 3 mm where its rings bridge the skin's groove beside the deltoid, so the lowest
    // slip's border stood 2.1 mm over it: a dark seam ending in the V of the star, over a
    // hollow where 308 rays a side saw nothing within 10 mm of the skin (the trapezius' end
    // and the infraspinatus' upper border 8-17 mm down).
    tpa::core::Camera camera;
    camera.setViewport(4000, 4000);
    const auto& scene = embeddedScene();
    camera.setSceneBounds(scene.bounds());
    camera.setPose(camera.presetPose(tpa::core::ViewPreset::Posterior, scene.bounds()));
    const float k = tpa::body::Rig().stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0.0f ? ".left" : ".right";
        auto hitsAt = [&](int x, int y) {
            const float px = side > 0.0f ? float(x) : 4000.0f - float(x);
            const tpa::core::Ray ray = camera.rayThroughPixel({px, float(y)});
            return tpa::body::test::hitsUnderSkin(ray.origin, ray.direction);
        };
        int deep = 0, bone = 0;
        for (int y = 850; y <= 930; y += 2)
            for (int x = 1690; x <= 1830; x += 2) {
                const auto hits = hitsAt(x, y);
                if (hits.empty()) continue;
                bone += hits[0].id.rfind("scapula", 0) == 0;
                deep += hits[0].depth / k > 10.0f;
            }
        // Down the seam between the middle trapezius' middle and lowest slips: the largest
        // step in the trapezius' face between rays 1 px apart.
        float step = 0.0f;
        for (int x = 1760; x <= 1790; x += 3) {
            float previous = -1.0f;
            for (int y = 860; y <= 900; ++y) {
                const auto hits = hitsAt(x, y);
                const bool trapezius = !hits.empty() && hits[0].id == "middle-trapezius" + s;
                const float depth = trapezius ? hits[0].depth / k : -1.0f;
                if (previous >= 0.0f && depth >= 0.0f)
                    step = std::max(step, std::abs(depth - previous));
                previous = depth;
            }
        }
        CAPTURE(side);
        CAPTURE(deep);
        CAPTURE(step);
        CHECK(deep <= 240);  // 308 before, 180 now
        CHECK(bone == 0);
        CHECK(step < 1.6f);  // 2.09 before (the seam at x 1772), 1.32 now (x 1790, a short dash)
    }
}
