// The foot's skeleton is a block; what shows of it on an écorché is the dorsum and the lateral
// border, where an anatomist looks for the long extensor's tendons running to the toes, the
// short extensor's belly, the interossei between the metatarsals and the abductor of the little
// toe, not for bone; and the abductor of the little toe as a rounded rim of the sole's lateral
// border, not a flap sticking out sideways from the forefoot seen from the front.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

// The first part under the skin a ray meets, aimed at a point given relative to the ankle joint
// (+x lateral on either side, +y posterior, z up) from `dir` away, on the left or right foot.
std::string firstToward(const tpa::body::Rig& rig, float side, glm::vec3 offset, glm::vec3 dir) {
    const float k = rig.stature() / 1750.0f;
    glm::vec3 at = rig.at("ankle-joint") + offset * k;
    at.x *= side;
    dir.x *= side;
    const auto hits = tpa::body::test::hitsUnderSkin(at - dir * (300.0f * k), dir);
    return hits.empty() ? std::string() : hits.front().id;
}

std::string sided(const std::string& id, float side) {
    return id + (side > 0.0f ? ".left" : ".right");
}

const glm::vec3 kDown{0.0f, 0.0f, -1.0f};

}  // namespace

TEST_CASE("the long extensor's tendons run over the dorsum of the foot onto the toes") {
    const tpa::body::Rig rig;
    // Half-way along each tendon, from the front of the ankle to the toes: a ray from above
    // within 4 mm of the tendon's course meets it first (the tendons are 5 mm wide and laid on
    // a sloping dorsum, so their centre line lies a little off the straight one).
    const glm::vec3 tendon[] = {{-3, -117, 0}, {5, -114, 0}, {12.5f, -109, 0}, {19.5f, -103, 0}};
    for (float side : {1.0f, -1.0f})
        for (const auto& t : tendon) {
            CAPTURE(side);
            CAPTURE(t.x);
            bool met = false;
            for (float dx : {-4.0f, -2.0f, 0.0f, 2.0f, 4.0f})
                met = met || firstToward(rig, side, t + glm::vec3(dx, 0, 0), kDown) ==
                                 sided("extensor-digitorum-longus-tendons", side);
            CHECK(met);
        }
}

TEST_CASE("muscle, not bone, covers the dorsum and the lateral border of the foot") {
    const tpa::body::Rig rig;
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // Between the tendons over the metatarsals: the dorsal interossei.
        for (glm::vec3 at : {glm::vec3(-6, -110, 0), glm::vec3(9, -100, 0), glm::vec3(16, -125, 0)}) {
            CAPTURE(at.x);
            CAPTURE(at.y);
            const std::string hit = firstToward(rig, side, at, kDown);
            CHECK((hit == sided("dorsal-interossei-foot", side) ||
                   hit == sided("extensor-digitorum-longus-tendons", side)));
        }
        // The short extensor's belly on the dorsolateral foot in front of the ankle.
        CHECK(firstToward(rig, side, {26, -50, 0}, kDown) ==
              sided("extensor-digitorum-brevis", side));
        // The lateral border, seen from the side: abductor digiti minimi.
        for (float y : {-80.0f, -100.0f}) {
            CAPTURE(y);
            CHECK(firstToward(rig, side, {0, y, -50}, {-1, 0, 0}) ==
                  sided("abductor-digiti-minimi-foot", side));
        }
    }
}

TEST_CASE("the abductor of the little toe is a rim of the sole's lateral border, not a flap") {
    // Laid 2.5 mm under the skin, whose forefoot stands 30 mm wide of the fifth metatarsal, its
    // end stood 21 mm lateral to the bones of the forefoot: from the front a red flap stuck out
    // sideways from each foot. Laid on the bones from the calcaneus under the fifth metatarsal's
    // tuberosity to the little toe, it keeps within 15 mm of them over the forefoot.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    const auto& scene = tpa::body::test::embeddedScene();
    const auto& bones = scene.parts[static_cast<std::size_t>(scene.findPart("foot.left"))].mesh;
    const auto& muscle = tpa::body::test::leftMesh("abductor-digiti-minimi-foot");
    // The most lateral vertex of a mesh within 5 mm of y (mm in front of the ankle joint).
    auto lateralAt = [&](const tpa::core::Mesh& mesh, float y) {
        float x = -1e9f;
        for (const glm::vec3& p : mesh.positions) {
            const glm::vec3 q = (p - ankle) / k;
            if (std::abs(q.y - y) < 5.0f) x = std::max(x, q.x);
        }
        return x;
    };
    for (float y : {-120.0f, -130.0f}) {
        const float past = lateralAt(muscle, y) - lateralAt(bones, y);
        std::printf("abductor digiti minimi %.0f mm ahead of the ankle: %.1f mm past the bones\n",
                    -y, past);
        CHECK(past <= 15.0f);
    }
}

TEST_CASE("the short extensor is a belly on the tarsus, not a box wrapping under the sole") {
    // Laid under the skin, the extensor digitorum brevis was a square box from the side whose
    // lateral insertion wrapped under the sole (its lowest point 11-12 mm below the forefoot's
    // bones 90-140 mm ahead of the ankle), and the talus and the side of the tarsus showed bare
    // round the ankle (49 of 729 rays from the left eye met bone first). Laid on the bones from
    // the sinus tarsi, it stays above the sole and covers the tarsus' side.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    const auto& scene = tpa::body::test::embeddedScene();
    const auto& bones = scene.parts[static_cast<std::size_t>(scene.findPart("foot.left"))].mesh;
    const auto& brevis = tpa::body::test::leftMesh("extensor-digitorum-brevis");
    auto lowestAt = [&](const tpa::core::Mesh& mesh, float y) {
        float z = 1e9f;
        for (const glm::vec3& p : mesh.positions) {
            const glm::vec3 q = (p - ankle) / k;
            if (std::abs(q.y - y) < 5.0f) z = std::min(z, q.z);
        }
        return z;
    };
    for (float y = -90.0f; y >= -130.0f; y -= 10.0f) {
        const float above = lowestAt(brevis, y) - lowestAt(bones, y);
        std::printf("short extensor %.0f mm ahead of the ankle: lowest %.1f mm above the bones'\n",
                    -y, above);
        CHECK(above >= 4.0f);
    }
    const auto side = tpa::body::test::seenOnGrid(tpa::core::ViewPreset::Left, "ankle-joint", 1.0f,
                                                  {60, 60}, {-70, 0}, {-50, -5}, 2.0f);
    std::printf("tarsus from the side: %d of %d rays meet bone first\n", side.bones, side.parts);
    CHECK(side.parts > 600);
    CHECK(side.bones <= 25);
}
