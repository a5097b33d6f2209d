// The side of the head with the skin hidden (the left view): the superficial masseter a thick
// muscle rounding off to its anterior and posterior borders rather than a plate with walls, and
// behind the ear the insertions' sheet lying on the bone between the temporalis and the
// occipitalis; in front of the ear the deep masseter over the condyle's neck, and from the front
// the zygomaticus major's origin at the face's outer edge below the orbit.
#include <doctest/doctest.h>

#include <cstdio>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::lateralOfJaw;
using tpa::body::test::leftMesh;
using tpa::body::test::throughMeshFromLeft;

TEST_CASE("the superficial masseter rounds off to its anterior and posterior borders") {
    // Rows of lateral rays across the muscle's upper two thirds: the first ray from in front
    // (from behind) that passes through it finds the border; 3 mm inside it the muscle should
    // still be thin, its outer face doming down to the border. With an elliptical section
    // the belly ran at full depth to within a few millimetres of each border and stood there
    // as a wall, a square plate with hard edges from the side.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = leftMesh("masseter-superficial");
    for (bool back : {false, true}) {
        float sum = 0.0f;
        int rows = 0;
        for (float z = -44.0f; z <= -12.0f; z += 2.0f)
            for (float step = 0.0f; step < 120.0f; step += 0.5f) {
                const float y = back ? 40.0f - step : -90.0f + step;
                if (throughMeshFromLeft(mesh, y, z) <= 0.0f) continue;
                sum += throughMeshFromLeft(mesh, back ? y - 3.0f : y + 3.0f, z);
                ++rows;
                break;
            }
        REQUIRE(rows >= 12);
        const float mean = sum / float(rows);
        std::printf("masseter %s border: %.1f mm thick 3 mm inside it\n",
                    back ? "posterior" : "anterior", mean);
        CHECK(mean < 3.5f * k);
    }
}

TEST_CASE("behind the ear, the insertions' sheet lies on the bone in its upper part") {
    // Lateral rays every 4 mm over the sheet's upper part, from the mastoid's front back to
    // the occipitalis, where the sheet is seen first: how far its outer face stands off the
    // bone under it (the sheet is 1.5 mm thick). Swept under the skin all the way up, it
    // stood as a plate 5-8.5 mm off the bone between the temporalis and the occipitalis
    // (6.5 mm on average; 3.2 now), its top edge a hard ledge.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 mastoid = rig.at("mastoid");
    float sum = 0.0f;
    int rays = 0;
    for (float dz = 36.0f; dz <= 48.0f; dz += 4.0f)
        for (float dy = -16.0f; dy <= 72.0f; dy += 4.0f) {
            const glm::vec3 from(300.0f * k, mastoid.y + dy * k, mastoid.z + dz * k);
            const auto hits = hitsUnderSkin(from, {-1.0f, 0.0f, 0.0f});
            if (hits.empty() || hits.front().id != "nuchal-insertions.left") continue;
            for (const auto& hit : hits) {
                const int i = embeddedScene().findPart(hit.id);
                if (embeddedScene().parts[std::size_t(i)].kind != tpa::core::PartKind::Bone)
                    continue;
                sum += hit.depth - hits.front().depth;
                ++rays;
                break;
            }
        }
    REQUIRE(rays >= 15);
    const float mean = sum / float(rays);
    std::printf("insertions' sheet behind the ear: outer face %.1f mm off the bone (%d rays)\n",
                mean, rays);
    CHECK(mean < 4.0f * k);
}

TEST_CASE("in front of the ear, the deep masseter covers the condyle and the ramus' neck") {
    // Lateral rays every 2 mm from the arch down to the middle of the ramus, between the
    // superficial part's posterior border and the ear: the condyle and the posterior border of
    // the ramus showed as a strip of bone behind the masseter's top back corner while the deep
    // part lay 6 mm under the skin and stopped short of the joint (32 of 176 rays met the
    // mandible first; 0 with its origin at the joint and 3.5 mm deep there, over the condyle).
    int rays = 0, mandible = 0;
    for (float y = -10.0f; y <= 10.0f; y += 2.0f)
        for (float z = -30.0f; z <= 0.0f; z += 2.0f) {
            const int hit = firstPartHit(lateralOfJaw(y, z), {-1.0f, 0.0f, 0.0f});
            if (hit < 0) continue;
            ++rays;
            mandible += embeddedScene().parts[std::size_t(hit)].id == "mandible";
        }
    std::printf("in front of the ear: %d of %d rays met the mandible first\n", mandible, rays);
    CHECK(mandible <= rays / 50);
}

TEST_CASE("from the front, the zygomatic bone does not show at the face's outer edge") {
    // The anterior view over the zygomatic bone's body below the orbit, out to the face's
    // outer edge: a wedge of bone showed there between the orbicularis oculi and the
    // zygomaticus major, whose origin lay 6 mm lower and 14 mm wide (56 of 318 rays met bone
    // first; 18 with it higher and 16 mm wide, as in life from the bone's lateral surface).
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f}) {
        const auto seen =
            tpa::body::test::seenOnGrid(tpa::core::ViewPreset::Anterior, "zygoma", side,
                                        {-16.0f, 8.0f}, {0.0f, 0.0f}, {-8.0f, 16.0f}, 2.0f);
        rays += seen.parts;
        bone += seen.bones;
    }
    std::printf("zygomatic bone from the front: %d of %d rays met bone first\n", bone, rays);
    CHECK(bone <= rays / 15);
}
