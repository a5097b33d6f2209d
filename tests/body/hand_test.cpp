// The palm in the anatomical position faces the viewer of the anterior view: an anatomist
// looks there for the thenar and hypothenar eminences and the palmar aponeurosis between them,
// not for bare metacarpals; on the back of the hand, for the extensor tendons.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body_fixture.h"

namespace {

// The first part a ray from in front of the body meets under the skin at a point given
// relative to the wrist joint (+x lateral on either side, z up), on the left or right hand;
// from behind with `back`.
std::string firstFromFront(const tpa::body::Rig& rig, float side, float dx, float dz,
                           bool back = false) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 wrist = rig.at("wrist-joint");
    const float y = back ? 400.0f : -400.0f;
    const auto hits = tpa::body::test::hitsUnderSkin(
        {side * (wrist.x + dx * k), y * k, wrist.z + dz * k}, {0.0f, back ? -1.0f : 1.0f, 0.0f});
    return hits.empty() ? std::string() : hits.front().id;
}

std::string sided(const std::string& id, float side) {
    return id + (side > 0.0f ? ".left" : ".right");
}

}  // namespace

TEST_CASE("the palmar aponeurosis covers the middle of the palm") {
    const tpa::body::Rig rig;
    // Above where its slips part (hand_cover_test.cpp checks the slips).
    for (float side : {1.0f, -1.0f})
        for (float dz : {-36.0f, -44.0f, -52.0f})
            for (float dx : {4.0f, 12.0f, 20.0f}) {
                CAPTURE(side);
                CAPTURE(dz);
                CAPTURE(dx);
                CHECK(firstFromFront(rig, side, dx, dz) == sided("palmar-aponeurosis", side));
            }
}

TEST_CASE("the thenar and hypothenar eminences are muscle seen from the front") {
    const tpa::body::Rig rig;
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // Between the wrist and the thumb's metacarpophalangeal joint.
        for (float t : {0.35f, 0.6f}) {
            CAPTURE(t);
            // Abductor or, medial to it, flexor pollicis brevis.
            const std::string thenar =
                firstFromFront(rig, side, glm::mix(14.0f, 34.0f, t), glm::mix(-12.0f, -56.0f, t));
            CHECK((thenar == sided("abductor-pollicis-brevis", side) ||
                   thenar == sided("flexor-pollicis-brevis", side)));
        }
        // Along the ulnar border of the palm, from the pisiform to the little finger.
        for (float dz : {-30.0f, -50.0f, -66.0f}) {
            CAPTURE(dz);
            CHECK(firstFromFront(rig, side, -15.0f, dz) == sided("abductor-digiti-minimi", side));
        }
    }
}

TEST_CASE("the extensor tendons run over the back of the hand to the knuckles") {
    const tpa::body::Rig rig;
    // Half-way from the wrist to the index, middle, ring and little finger's knuckles.
    const float tendonX[] = {27.0f, 17.0f, 6.5f, -3.5f};
    const float tendonZ[] = {-38.0f, -42.0f, -44.0f, -44.0f};
    for (float side : {1.0f, -1.0f})
        for (int i = 0; i < 4; ++i) {
            CAPTURE(side);
            CAPTURE(i);
            CHECK(firstFromFront(rig, side, tendonX[i], tendonZ[i], true) ==
                  sided("extensor-digitorum-tendons", side));
        }
}

TEST_CASE("from behind, the back of the hand shows muscle and tendon, not the metacarpals") {
    // The dorsal interossei and the extensor tendons cover the metacarpals from their bases to
    // the knuckles, across the whole breadth of the hand (88 mm there).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto rays = tpa::body::fingerRays(rig);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        int bone = 0, seen = 0;
        for (float t = 0.2f; t <= 0.901f; t += 0.05f)
            for (float u = -0.1f; u <= 1.101f; u += 0.05f) {
                glm::vec3 p = glm::mix(glm::mix(rays[0].base, rays[0].knuckle, t),
                                       glm::mix(rays[3].base, rays[3].knuckle, t), u);
                p.x *= side;
                const auto hits = tpa::body::test::hitsUnderSkin({p.x, 400.0f * k, p.z}, {0, -1, 0});
                if (hits.empty()) continue;
                ++seen;
                const bool isBone = hits.front().id.rfind("hand", 0) == 0;
                bone += isBone;
                if (isBone && std::getenv("TPA_BODY_VERBOSE"))
                    std::printf("  bone first at %.2f of the way to the knuckles, %.2f across\n",
                                double(t), double(u));
            }
        std::printf("side %+.0f: %d of %d rays from behind meet the hand's bones first\n",
                    double(side), bone, seen);
        CHECK(seen > 300);
        CHECK(bone * 50 <= seen);
    }
}
