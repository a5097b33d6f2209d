// Behind and below the ear, seen with the skin hidden: the mastoid process and the lateral
// occipital bone under the occipitalis and behind the temporalis are covered by the insertions
// of the sternocleidomastoid and splenius capitis (their aponeurosis on the mastoid and the
// lateral superior nuchal line), not bare bone.
#include <doctest/doctest.h>

#include <glm/glm.hpp>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;

namespace {

// Whether the first part under the skin along a ray is a bone (a miss is not).
bool boneFirst(glm::vec3 from, glm::vec3 direction, std::string& id) {
    const auto hits = hitsUnderSkin(from, direction);
    if (hits.empty()) return false;
    id = hits.front().id;
    const int i = embeddedScene().findPart(id);
    return i >= 0 && embeddedScene().parts[std::size_t(i)].kind == tpa::core::PartKind::Bone;
}

}  // namespace

TEST_CASE("from the side, the bone behind and below the ear is covered by muscle") {
    // From the mastoid's front back to the inion's side and from the mastoid's level up to the
    // occipitalis and the back of the temporalis, every 5 mm, both sides.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 mastoid = rig.at("mastoid");
    int bare = 0;
    for (float side : {1.0f, -1.0f})
        for (float dy = 0.0f; dy <= 60.0f; dy += 5.0f)
            for (float dz = 10.0f; dz <= 45.0f; dz += 5.0f) {
                const glm::vec3 from(side * 300.0f * k, mastoid.y + dy * k, mastoid.z + dz * k);
                std::string id;
                if (!boneFirst(from, {-side, 0.0f, 0.0f}, id)) continue;
                ++bare;
                MESSAGE("side " << side << " at y " << dy << ", z " << dz << ": " << id);
            }
    CHECK(bare == 0);
}

TEST_CASE("from behind, the lateral occipital bone under the occipitalis is covered by muscle") {
    // Beside the trapezius' origin out to the mastoid, from the mastoid's level up to the
    // occipitalis.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 mastoid = rig.at("mastoid"), inion = rig.at("inion");
    int bare = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 30.0f; x <= 56.0f; x += 4.0f)
            for (float dz = 10.0f; dz <= 45.0f; dz += 5.0f) {
                const glm::vec3 from(side * x * k, inion.y + 400.0f * k, mastoid.z + dz * k);
                std::string id;
                if (!boneFirst(from, {0.0f, -1.0f, 0.0f}, id)) continue;
                ++bare;
                MESSAGE("side " << side << " at x " << x << ", z " << dz << ": " << id);
            }
    CHECK(bare == 0);
}
