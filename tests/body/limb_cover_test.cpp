// The limbs read as an écorché with the skin hidden: muscle, not bone, behind the distal thigh
// and the knee, and in front of the proximal and middle forearm.
#include <doctest/doctest.h>

#include <cstdio>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;

namespace {

// The kind of the first part a ray meets under the skin; Skin when it meets nothing.
tpa::core::PartKind firstKind(glm::vec3 from, glm::vec3 direction, std::string& id) {
    const int hit = tpa::body::test::firstPartHit(from, direction);
    if (hit < 0) return tpa::core::PartKind::Skin;
    const auto& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
    id = part.id;
    return part.kind;
}

}  // namespace

TEST_CASE("muscle, not the femur, covers the back of the distal thigh and the knee") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 hip = rig.at("hip-joint"), knee = rig.at("knee-joint");
    // Rays from behind across the distal third of the thigh down to the upper popliteal fossa:
    // the hamstrings diverged there, leaving white strips of femur between the biceps femoris
    // and the semitendinosus, and the condyles showed between the gastrocnemius' heads.
    for (float side : {1.0f, -1.0f})
        for (float t : {0.62f, 0.7f, 0.78f, 0.86f, 0.93f})
            for (float dx : {-24.0f, -12.0f, 0.0f, 12.0f, 24.0f}) {
                const glm::vec3 axis = glm::mix(hip, knee, t);
                const glm::vec3 from((axis.x + dx * k) * side, 400.0f * k, axis.z);
                CAPTURE(from.x);
                CAPTURE(from.z);
                std::string id;
                const auto kind = firstKind(from, {0.0f, -1.0f, 0.0f}, id);
                CAPTURE(id);
                // The upper popliteal fossa, between the hamstrings' diverging tendons, is
                // floored by the oblique popliteal ligament (limb_view_test.cpp).
                CHECK((kind == tpa::core::PartKind::Muscle ||
                       id.rfind("oblique-popliteal-ligament", 0) == 0));
            }
}

TEST_CASE("the forearm flexors form a continuous layer over the radius and ulna") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 elbow = rig.at("elbow-joint"), wrist = rig.at("wrist-joint");
    // Rays from the front over the proximal and middle forearm (palm forward): the flexor
    // bellies were narrow spindles with the radius showing between them and the brachioradialis.
    for (float side : {1.0f, -1.0f})
        for (float t : {0.2f, 0.3f, 0.4f, 0.5f, 0.6f})
            for (float dx : {-15.0f, -8.0f, 0.0f, 8.0f, 12.0f, 16.0f, 20.0f}) {
                const glm::vec3 axis = glm::mix(elbow, wrist, t);
                const glm::vec3 from((axis.x + dx * k) * side, -400.0f * k, axis.z);
                CAPTURE(from.x);
                CAPTURE(from.z);
                std::string id;
                const auto kind = firstKind(from, {0.0f, 1.0f, 0.0f}, id);
                CAPTURE(id);
                // The bicipital aponeurosis spreads over the flexors' upper part.
                CHECK((kind == tpa::core::PartKind::Muscle ||
                       id.rfind("bicipital-aponeurosis", 0) == 0));
            }
}

TEST_CASE("the distal forearm shows flexor tendons, not bare bone or cords") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 elbow = rig.at("elbow-joint"), wrist = rig.at("wrist-joint");
    // Just above the wrist the bellies have given way to tendons: rays from the front meet a
    // tendon of kind Other (not a muscle narrowed to a cord, nor the radius).
    int tendons = 0;
    for (float dx : {-6.0f, 0.0f, 6.0f, 12.0f}) {
        const glm::vec3 axis = glm::mix(elbow, wrist, 0.88f);
        const glm::vec3 from(axis.x + dx * k, -400.0f * k, axis.z);
        std::string id;
        const auto kind = firstKind(from, {0.0f, 1.0f, 0.0f}, id);
        CAPTURE(id);
        CHECK(kind != tpa::core::PartKind::Bone);
        tendons += kind == tpa::core::PartKind::Other;
    }
    CHECK(tendons >= 3);
    for (const char* name : {"triceps-tendon", "brachioradialis-tendon",
                             "flexor-carpi-radialis-tendon", "flexor-digitorum-superficialis-tendons"})
        for (const char* suffix : {".left", ".right"}) {
            const int i = embeddedScene().findPart(std::string(name) + suffix);
            REQUIRE(i >= 0);
            const auto& part = embeddedScene().parts[static_cast<std::size_t>(i)];
            CHECK(part.kind == tpa::core::PartKind::Other);
            CHECK(part.muscleId.empty());
            CHECK(tpa::body::test::meshVolume(part.mesh) > 1500.0 * k * k * k);
        }
}

TEST_CASE("the triceps' tendon, not the humerus, shows above the olecranon") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 olecranon = rig.at("olecranon");
    // The triceps' heads tapered to a point above the olecranon and left the back of the
    // humerus bare between the epicondyles; its broad tendon converges on the olecranon.
    for (float side : {1.0f, -1.0f})
        for (float dz : {14.0f, 24.0f, 34.0f})
            for (float dx : {-8.0f, 0.0f, 8.0f}) {
                const glm::vec3 from((olecranon.x + dx * k) * side, 400.0f * k, olecranon.z + dz * k);
                CAPTURE(from.x);
                CAPTURE(from.z);
                std::string id;
                const auto kind = firstKind(from, {0.0f, -1.0f, 0.0f}, id);
                CAPTURE(id);
                CHECK(kind != tpa::core::PartKind::Bone);
                CHECK(kind != tpa::core::PartKind::Skin);
            }
}

TEST_CASE("the radius does not show between the flexor tendons above the wrist") {
    // From the anterior camera through the hidden skin, over the front of the forearm's last
    // 70 mm above the wrist joint (2 mm grid): the deep flexor tendons' band lay 6 mm under
    // the skin, under the front of the radius, and only 30 mm wide, so the radius showed
    // between the flexor carpi radialis' and the brachioradialis' tendons and beside the
    // superficialis' cords (29 of 679 rays a side). It now lies over the bone, as the
    // profundus' and flexor pollicis longus' tendons do, out to the radial flexor's tendon.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen =
            tpa::body::test::seenOnGrid(tpa::core::ViewPreset::Anterior, "wrist-joint", side,
                                        {-40, 40}, {-30, -30}, {16, 70}, 2.0f);
        std::printf("distal forearm from the front (side %+.0f): %d of %d rays meet bone\n", side,
                    seen.bones, seen.parts);
        CHECK(seen.parts > 500);
        CHECK(seen.bones <= 8);
    }
}
