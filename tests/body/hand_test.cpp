// The palm in the anatomical position faces the viewer of the anterior view: an anatomist
// looks there for the thenar and hypothenar eminences and the palmar aponeurosis between them,
// not for bare metacarpals; on the back of the hand, for the extensor tendons.
#include <doctest/doctest.h>

#include <string>

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
