// The galea aponeurotica covers the vault between the frontalis and the occipitalis: with the
// skin hidden, the top and back of the skull show the tendinous sheet, not bare bone, while the
// temporalis stays bare below the superior temporal line.
#include <doctest/doctest.h>

#include <string>
#include <glm/glm.hpp>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;

namespace {

// The first part under the skin along a ray (empty if none).
std::string firstUnderSkin(glm::vec3 from, glm::vec3 direction) {
    const auto hits = hitsUnderSkin(from, direction);
    return hits.empty() ? std::string() : hits.front().id;
}

// The scalp's sheet: the galea or one of the bellies it joins, either side.
bool scalpSheet(const std::string& id) {
    for (const char* base : {"galea-aponeurotica", "frontalis", "occipitalis"})
        for (const char* side : {".left", ".right"})
            if (id == std::string(base) + side) return true;
    return false;
}

}  // namespace

TEST_CASE("the galea aponeurotica covers the vault from the frontalis to the occipitalis") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 vertex = rig.at("vertex"), inion = rig.at("inion");
    // From above, over the vertex and out to either parietal eminence, front to back.
    for (float x : {-40.0f, -20.0f, 0.0f, 20.0f, 40.0f})
        for (float y : {-40.0f, -10.0f, 20.0f, 50.0f}) {
            CAPTURE(x);
            CAPTURE(y);
            const std::string id =
                firstUnderSkin(vertex + glm::vec3(x, y, 400.0f) * k, {0.0f, 0.0f, -1.0f});
            CAPTURE(id);
            CHECK(scalpSheet(id));
        }
    // From behind, over the upper occiput, including the midline between the occipital bellies.
    for (float x : {-40.0f, -20.0f, 0.0f, 20.0f, 40.0f})
        for (float dz : {20.0f, 50.0f, 80.0f}) {
            CAPTURE(x);
            CAPTURE(dz);
            const std::string id = firstUnderSkin(
                glm::vec3(inion.x + x * k, inion.y + 400.0f * k, inion.z + dz * k),
                {0.0f, -1.0f, 0.0f});
            CAPTURE(id);
            CHECK(scalpSheet(id));
        }
    // From the side, above the superior temporal line (about 45 mm under the vertex), the
    // galea; below it, the temporalis, left bare.
    for (float side : {1.0f, -1.0f})
        for (float y : {-20.0f, 10.0f, 40.0f}) {
            CAPTURE(side);
            CAPTURE(y);
            const glm::vec3 at(side * 400.0f * k, vertex.y + y * k, vertex.z - 30.0f * k);
            const std::string high = firstUnderSkin(at, {-side, 0.0f, 0.0f});
            CAPTURE(high);
            CHECK(scalpSheet(high));
            if (y > 30.0f) continue;  // behind the temporalis' upper border
            const std::string low =
                firstUnderSkin(at - glm::vec3(0.0f, 0.0f, 45.0f * k), {-side, 0.0f, 0.0f});
            CAPTURE(low);
            CHECK(low == std::string("temporalis") + (side > 0 ? ".left" : ".right"));
        }
}

TEST_CASE("the galea aponeurotica is closed, outward-wound and mirrored") {
    for (const char* id : {"galea-aponeurotica.left", "galea-aponeurotica.right"}) {
        CAPTURE(id);
        const int i = embeddedScene().findPart(id);
        REQUIRE(i >= 0);
        const auto& part = embeddedScene().parts[static_cast<std::size_t>(i)];
        CHECK(part.kind == tpa::core::PartKind::Other);
        const std::string err = tpa::body::test::outwardError(part.mesh);
        CAPTURE(err);
        CHECK(err.empty());
    }
}
