// Under the gluteal fold, seen from behind: the hamstrings leave the ischial tuberosity from
// under the gluteus maximus' lower border as smooth bellies, not as a crumpled flap.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/bvh.h"

TEST_CASE("the biceps femoris leaves the ischial tuberosity as a smooth belly") {
    // Sharp folds in its mesh within 100 mm below the tuberosity: edges whose two triangles
    // turn by more than 100 degrees. Its long head ran from the tuberosity through a point
    // 40 mm behind the femur, inside the thigh, and its rings, laid under the skin, folded
    // over each other there into the crumpled flap seen under the gluteus maximus: 46 such
    // edges. Through a point 62 mm behind the femur, near the back of the thigh, it is a
    // smooth lobe (12, at the rim of its end cap).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float top = rig.at("ischial-tuberosity").z;
    const auto& mesh = tpa::body::test::leftMesh("biceps-femoris");
    std::map<std::pair<unsigned, unsigned>, glm::vec3> firstNormal;
    int folds = 0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const unsigned v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
        const glm::vec3 a = mesh.positions[v[0]], b = mesh.positions[v[1]], c = mesh.positions[v[2]];
        const glm::vec3 n = glm::cross(b - a, c - a);
        if (glm::length(n) < 1e-6f) continue;
        const glm::vec3 unit = glm::normalize(n);
        const bool near = std::max({a.z, b.z, c.z}) > top - 100.0f * k;
        for (int e = 0; e < 3; ++e) {
            const auto key = std::minmax(v[e], v[(e + 1) % 3]);
            const auto found = firstNormal.find(key);
            if (found == firstNormal.end()) {
                firstNormal.emplace(key, unit);
                continue;
            }
            if (near && glm::dot(found->second, unit) < std::cos(glm::radians(100.0f))) ++folds;
        }
    }
    CHECK(folds <= 16);
}

TEST_CASE("from behind, the long head leaves the gluteal border as a taper, not a lobe") {
    // Rays from the posterior eye on a 1 mm grid from the ischial tuberosity to 80 mm lateral
    // of it and from 30 to 110 mm under it, each side, that meet the biceps femoris first. The
    // long head was full width (70-80 mm) and 2 mm under the skin where its course bends from
    // the tuberosity down the thigh, right under the gluteus maximus' border: its rings
    // crowded and crossed on their medial side, a dark lobe facing down (shading normal over
    // 25 degrees below level) with a notch under it: 443 such rays and 27 neighbouring pairs
    // whose shading turns by over 20 degrees. Narrow there and sinking under the border, it
    // comes out as a taper: 96 and 0 (the 96 its medial flank deep beside the semitendinosus).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = tpa::body::test::embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const glm::vec3 at = rig.at("ischial-tuberosity");
    for (const char* id : {"biceps-femoris.left", "biceps-femoris.right"}) {
        const int biceps = scene.findPart(id);
        REQUIRE(biceps >= 0);
        const auto& mesh = scene.parts[std::size_t(biceps)].mesh;
        const tpa::core::Bvh bvh(mesh);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        int seen = 0, down = 0;
        for (float x = 0.0f; x <= 80.0f; x += 1.0f)
            for (float z = -110.0f; z <= -30.0f; z += 1.0f) {
                const glm::vec3 point(side * (at.x + x * k), at.y, at.z + z * k);
                const glm::vec3 dir = glm::normalize(point - eye);
                if (tpa::body::test::firstPartHit(eye, dir) != biceps) continue;
                const auto hit = bvh.intersect(mesh, {eye, dir}, 1e9f);
                if (!hit) continue;
                ++seen;
                down += tpa::body::test::shadedNormal(mesh, *hit, eye, dir).z < -0.42f;
            }
        const auto [pairs, turns] = tpa::body::test::shadingTurns(
            biceps, eye, side, {at.x, at.x + 80.0f * k}, {at.z - 110.0f * k, at.z - 30.0f * k},
            at.y, 1.0f * k, 2.0f * k, 20.0f);
        MESSAGE(std::string(id), ": rays ", seen, ", facing down over 25 degrees ", down,
                "; neighbouring pairs ", pairs, ", shading turning over 20 degrees ", turns);
        CHECK(down <= 150);
        CHECK(turns <= 5);
    }
}
