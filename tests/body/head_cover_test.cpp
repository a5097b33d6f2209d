// The vault and the temporal fossa seen with the skin hidden: one continuous galea over the
// top, the temporalis filling the fossa up under the galea's lateral edge, no bone between them.
#include <doctest/doctest.h>

#include <glm/glm.hpp>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "body/mesh_ops.h"
#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::withoutSide;

namespace {

// The first part under the skin along a ray, without its side (empty if none).
std::string firstUnderSkin(glm::vec3 from, glm::vec3 direction) {
    const auto hits = hitsUnderSkin(from, direction);
    if (hits.empty()) return {};
    return withoutSide(hits.front().id);
}

bool scalpCover(const std::string& id) {
    return id == "galea-aponeurotica" || id == "frontalis" || id == "occipitalis" ||
           id == "temporalis";
}

// Connected pieces of a mesh (triangles sharing vertices).
int pieces(const tpa::core::Mesh& mesh) {
    const std::vector<std::uint32_t> root = tpa::body::vertexPieces(mesh);
    std::set<std::uint32_t> used;
    for (auto i : mesh.indices) used.insert(root[i]);
    return int(used.size());
}

}  // namespace

TEST_CASE("the galea aponeurotica is one closed cap a side, on the bone, not strips") {
    const int s = embeddedScene().findPart("skull");
    REQUIRE(s >= 0);
    const tpa::body::test::InsideTest skull(embeddedScene().parts[std::size_t(s)].mesh);
    for (const char* id : {"galea-aponeurotica.left", "galea-aponeurotica.right"}) {
        CAPTURE(id);
        const int i = embeddedScene().findPart(id);
        REQUIRE(i >= 0);
        const auto& mesh = embeddedScene().parts[std::size_t(i)].mesh;
        CHECK(pieces(mesh) == 1);
        // On the skull, not in it (a few vertices may graze the polygonised bone).
        int buried = 0;
        for (const auto& p : mesh.positions) buried += skull.inside(p);
        CAPTURE(buried);
        CHECK(buried * 100 <= int(mesh.positions.size()));
    }
}

TEST_CASE("from above and behind, the vault shows the galea or a scalp muscle, never bone") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 vertex = rig.at("vertex"), inion = rig.at("inion");
    int bare = 0;
    // From above, every 4-5 mm from the brows' level back to the occiput and side to side.
    for (float x = -48.0f; x <= 48.0f; x += 4.0f)
        for (float y = -60.0f; y <= 70.0f; y += 5.0f) {
            const std::string id =
                firstUnderSkin(vertex + glm::vec3(x, y, 400.0f) * k, {0.0f, 0.0f, -1.0f});
            if (scalpCover(id)) continue;
            ++bare;
            MESSAGE("from above at x " << x << ", y " << y << ": " << id);
        }
    // From behind, from 20 mm above the inion up over the back of the vault.
    for (float x = -40.0f; x <= 40.0f; x += 4.0f)
        for (float dz = 20.0f; dz <= 100.0f; dz += 5.0f) {
            const std::string id =
                firstUnderSkin(glm::vec3(inion.x + x * k, inion.y + 400.0f * k, inion.z + dz * k),
                               {0.0f, -1.0f, 0.0f});
            if (scalpCover(id)) continue;
            ++bare;
            MESSAGE("from behind at x " << x << ", " << dz << " above the inion: " << id);
        }
    CHECK(bare == 0);
}

TEST_CASE("from the side, the temporalis fills the temporal fossa up under the galea's edge") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 temple = rig.at("temple");
    int bare = 0, temporalis = 0, galea = 0;
    for (float side : {1.0f, -1.0f})
        for (float dy = -10.0f; dy <= 60.0f; dy += 5.0f)
            for (float dz = -15.0f; dz <= 65.0f; dz += 5.0f) {
                const glm::vec3 from(side * 300.0f * k, temple.y + dy * k, temple.z + dz * k);
                const std::string id = firstUnderSkin(from, {-side, 0.0f, 0.0f});
                temporalis += id == "temporalis";
                galea += id == "galea-aponeurotica";
                if (id == "temporalis" || id == "galea-aponeurotica") continue;
                ++bare;
                MESSAGE("side " << side << " at y " << dy << ", z " << dz << ": " << id);
            }
    CHECK(bare == 0);
    // Both show: the fan below, the cap above.
    CHECK(temporalis > 100);
    CHECK(galea > 100);
}

TEST_CASE("the occipitalis covers the back of the vault above the superior nuchal line") {
    // From behind, each belly from 20 to 48 mm beside the midline and from just above the
    // inion's level to 26 mm above it, where the galea takes over (from 14 mm the two bellies'
    // gap shows the galea coming down between them).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 inion = rig.at("inion");
    for (float side : {1.0f, -1.0f})
        for (float x : {20.0f, 30.0f, 40.0f, 48.0f})
            for (float dz : {10.0f, 18.0f, 26.0f}) {
                CAPTURE(side);
                CAPTURE(x);
                CAPTURE(dz);
                const std::string id =
                    firstUnderSkin(glm::vec3(side * x * k, inion.y + 400.0f * k, inion.z + dz * k),
                                   {0.0f, -1.0f, 0.0f});
                CHECK(id == "occipitalis");
            }
    const std::string between =
        firstUnderSkin(inion + glm::vec3(0.0f, 400.0f, 24.0f) * k, {0.0f, -1.0f, 0.0f});
    CHECK(between == "galea-aponeurotica");
}

TEST_CASE("from behind, the inion and the nuchal line show galea or muscle, never bone") {
    // Between the occipital bellies and above the upper trapezius the external occipital
    // protuberance showed as a knob of bone (its bump stood 3 mm proud of the braincase the
    // galea is laid on, so the galea passed under it), with wedges of bone under the bellies'
    // lower inner corners where the galea stopped short of the nuchal line.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 inion = rig.at("inion");
    int bare = 0;
    for (float x = -50.0f; x <= 50.0f; x += 2.0f)
        for (float dz = -12.0f; dz <= 20.0f; dz += 2.0f) {
            const auto hits =
                hitsUnderSkin(glm::vec3(inion.x + x * k, inion.y + 400.0f * k, inion.z + dz * k),
                              {0.0f, -1.0f, 0.0f});
            if (hits.empty()) continue;
            const auto& part = embeddedScene().parts[static_cast<std::size_t>(
                embeddedScene().findPart(hits.front().id))];
            if (part.kind != tpa::core::PartKind::Bone) continue;
            ++bare;
            MESSAGE("bone at x " << x << ", " << dz << " from the inion: " << part.id);
        }
    CHECK(bare == 0);
}
