// The broad muscles of the trunk cover what they cover in an écorché: pectoralis major the
// upper chest beside the sternum, latissimus dorsi the lower back beside the erector spinae,
// the external oblique the lower ribs beside the rectus. A narrowed strip (as when whole-fan
// rings were shrunk to stay under the skin) or a sheet that stops short leaves these points
// bare, and the first part a ray from outside meets is then another muscle or a rib.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/bvh.h"

using tpa::body::test::embeddedScene;

using tpa::body::test::firstPartHitId;

TEST_CASE("pectoralis major covers the upper chest over the 2nd to 5th costal cartilages") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 angle = rig.at("sternal-angle"), xiphoid = rig.at("xiphoid");
    // The 2nd cartilage meets the sternum at the sternal angle, the 5th about 60 % of the way
    // down to the xiphoid; the sternum is about 15 mm to each side of the midline.
    for (float t : {0.0f, 0.2f, 0.4f, 0.6f})
        for (float lateral : {45.0f, 55.0f, 65.0f}) {
            const float z = glm::mix(angle.z, xiphoid.z, t);
            CAPTURE(z);
            CAPTURE(lateral);
            const glm::vec3 front(lateral * k, -400.0f * k, z);
            CHECK(firstPartHitId(front, {0.0f, 1.0f, 0.0f}) == "pectoralis-major.left");
            // The same on the right: the mirror image.
            const glm::vec3 right(-lateral * k, -400.0f * k, z);
            CHECK(firstPartHitId(right, {0.0f, 1.0f, 0.0f}) == "pectoralis-major.right");
        }
}

TEST_CASE("pectoralis major converges from the chest onto the humerus at the axilla") {
    const tpa::body::Rig rig;
    const auto& parts = embeddedScene().parts;
    const int i = embeddedScene().findPart("pectoralis-major.left");
    REQUIRE(i >= 0);
    const auto& mesh = parts[static_cast<std::size_t>(i)].mesh;
    // Its lateral end lies at the intertubercular groove, its medial end by the sternum, and it
    // spans the chest from below the clavicle to about the 5th-6th ribs.
    float nearGroove = 1e9f, lo = 1e9f, hi = -1e9f, medial = 1e9f;
    for (const auto& p : mesh.positions) {
        nearGroove = std::min(nearGroove, glm::length(p - rig.at("bicipital-groove")));
        lo = std::min(lo, p.z);
        hi = std::max(hi, p.z);
        medial = std::min(medial, p.x);
    }
    CHECK(nearGroove < 25.0f);
    CHECK(medial < 30.0f);
    CHECK(hi - lo >= 200.0f);
}

TEST_CASE("latissimus dorsi covers the lower back lateral to the erector spinae at L1 to L3") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float l1 = rig.at("l1").z, l3 = rig.at("l3").z;
    // The erector spinae columns lie within about 60 mm of the midline; lateral to them, over
    // the loin and medial to the iliac crest (which this body's pelvis raises to L3), the
    // latissimus is the first muscle a ray from behind meets.
    for (float t : {0.0f, 0.5f, 1.0f})
        for (float lateral : {70.0f, 85.0f}) {
            const float z = glm::mix(l1, l3, t);
            CAPTURE(z);
            CAPTURE(lateral);
            const glm::vec3 back(lateral * k, 400.0f * k, z);
            CHECK(firstPartHitId(back, {0.0f, -1.0f, 0.0f}) == "latissimus-dorsi.left");
            const glm::vec3 right(-lateral * k, 400.0f * k, z);
            CHECK(firstPartHitId(right, {0.0f, -1.0f, 0.0f}) == "latissimus-dorsi.right");
        }
}

TEST_CASE("latissimus dorsi spreads from the lower thoracic spine to the flank and the humerus") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // From behind, up the back at T8-T10 and 40-120 mm from the midline, it is the first muscle
    // met: it covers the lower ribs below the scapula, not a strip along its lateral border.
    const float t7 = rig.at("t7").z, t12 = rig.at("t12").z;
    for (float t : {0.3f, 0.6f})
        for (float lateral : {40.0f, 80.0f, 120.0f}) {
            const float z = glm::mix(t7, t12, t);
            CAPTURE(z);
            CAPTURE(lateral);
            CHECK(firstPartHitId({lateral * k, 400.0f * k, z}, {0.0f, -1.0f, 0.0f}) ==
                  "latissimus-dorsi.left");
        }
    const int i = embeddedScene().findPart("latissimus-dorsi.left");
    REQUIRE(i >= 0);
    float nearGroove = 1e9f;
    for (const auto& p : embeddedScene().parts[static_cast<std::size_t>(i)].mesh.positions)
        nearGroove = std::min(nearGroove, glm::length(p - rig.at("bicipital-groove")));
    CHECK(nearGroove < 25.0f);
}

TEST_CASE("external oblique covers the lower ribs between the rectus and the latissimus") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Below the pectoralis and lateral to the rectus sheath the oblique's upper digitations
    // cover ribs 7-10 (from the front at the level of the 9th-10th costal cartilages).
    for (float z : {1160.0f, 1200.0f})
        for (float lateral : {95.0f, 115.0f}) {
            CAPTURE(z);
            CAPTURE(lateral);
            CHECK(firstPartHitId({lateral * k, -400.0f * k, z * k}, {0.0f, 1.0f, 0.0f}) ==
                  "external-oblique.left");
        }
}

TEST_CASE("the trapezius covers the supraspinous fossa and the spine of the scapula from behind") {
    const tpa::body::Rig rig;
    // Above the spine of the scapula, from its root toward the acromion, the supraspinous
    // fossa (and the supraspinatus in it) lies under the upper and middle trapezius, which
    // drape from the neck and upper thoracic spine onto the spine and the acromion. A ray from
    // behind there meets a part of the trapezius first, not bone or the supraspinatus.
    const glm::vec3 root = rig.at("scapula-spine-root"), mid = rig.at("spine-of-scapula-mid");
    const glm::vec3 acromion = rig.at("acromion");
    for (float t : {0.3f, 0.6f, 1.0f, 1.4f})
        for (float above : {8.0f, 16.0f}) {
            // Toward the acromion the posterior deltoid springs from the spine's lower lip
            // and overlaps its upper edge.
            if (t > 1.0f && above < 10.0f) continue;
            const glm::vec3 spine = t <= 1.0f ? glm::mix(root, mid, t)
                                              : glm::mix(mid, acromion, t - 1.0f);
            CAPTURE(t);
            CAPTURE(above);
            for (float side : {1.0f, -1.0f}) {
                const std::string hit = firstPartHitId(
                    {side * spine.x, spine.y + 400.0f, spine.z + above}, {0.0f, -1.0f, 0.0f});
                CAPTURE(hit);
                CHECK(hit.find("trapezius") != std::string::npos);
            }
        }
}

TEST_CASE("pectoralis major's slips make one smooth surface, without steps between them") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = embeddedScene();
    const int pec = scene.findPart("pectoralis-major.left"), skin = scene.findPart("skin");
    REQUIRE(pec >= 0);
    REQUIRE(skin >= 0);
    const tpa::core::Bvh pecBvh(scene.parts[std::size_t(pec)].mesh);
    const tpa::core::Bvh skinBvh(scene.parts[std::size_t(skin)].mesh);
    // Down the chest 45-65 mm from the midline, across the slips' borders: the muscle's depth
    // under the skin changes smoothly. Slips at alternating depths, one sunk under a fold,
    // left shelves of 3-4 mm between them.
    const float top = rig.at("sternal-angle").z + 20.0f * k, bottom = rig.at("xiphoid").z + 30.0f * k;
    for (float lateral : {45.0f, 55.0f, 65.0f}) {
        float previous = -1.0f, worst = 0.0f;
        for (float z = top; z >= bottom; z -= 3.0f * k) {
            const tpa::core::Ray ray{{lateral * k, -400.0f * k, z}, {0.0f, 1.0f, 0.0f}};
            const auto m = pecBvh.intersect(scene.parts[std::size_t(pec)].mesh, ray, 1e9f);
            const auto s = skinBvh.intersect(scene.parts[std::size_t(skin)].mesh, ray, 1e9f);
            if (!m || !s) {
                previous = -1.0f;
                continue;
            }
            const float depth = m->t - s->t;
            if (previous >= 0.0f) worst = std::max(worst, std::abs(depth - previous));
            previous = depth;
        }
        CAPTURE(lateral);
        CHECK(worst < 2.0f * k);
    }
}
