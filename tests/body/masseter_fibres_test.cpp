// The superficial masseter seen from the side: its fibres run down and back from the zygomatic
// arch to the angle of the mandible, and the muscle shows them as overlapping strips (as the
// temporalis' fan does) rather than as one flat plate with no direction.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <glm/glm.hpp>
#include <string>
#include <vector>

#include "body/mesh_ops.h"
#include "body_fixture.h"

using tpa::body::test::leftMesh;

namespace {

// Vertex sets of the mesh's separate pieces (vertices joined by a triangle).
std::vector<std::vector<glm::vec3>> pieces(const tpa::core::Mesh& mesh) {
    const std::vector<std::uint32_t> root = tpa::body::vertexPieces(mesh);
    std::vector<std::vector<glm::vec3>> out;
    std::vector<int> slot(mesh.positions.size(), -1);
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const std::uint32_t r = root[i];
        if (slot[r] < 0) {
            slot[r] = int(out.size());
            out.emplace_back();
        }
        out[std::size_t(slot[r])].push_back(mesh.positions[i]);
    }
    return out;
}

}  // namespace

TEST_CASE("the superficial masseter shows strips running down and back from the side") {
    // Each strip's long axis in the side view (the y-z plane, +y back): its angle below the
    // horizontal, pointing back. One plate: one piece, no direction of its own.
    const auto strips = pieces(leftMesh("masseter-superficial"));
    CHECK(strips.size() >= 3);
    for (const auto& v : strips) {
        glm::vec2 mean(0.0f);
        for (const auto& p : v) mean += glm::vec2(p.y, p.z);
        mean /= float(v.size());
        float syy = 0.0f, szz = 0.0f, syz = 0.0f;
        for (const auto& p : v) {
            const glm::vec2 d = glm::vec2(p.y, p.z) - mean;
            syy += d.x * d.x;
            szz += d.y * d.y;
            syz += d.x * d.y;
        }
        // The principal axis' angle from the y axis; down and back: z falls as y grows.
        const float axis = 0.5f * std::atan2(2.0f * syz, syy - szz);
        const float below = glm::degrees(std::atan(-std::tan(axis)));
        const float below360 = below < 0.0f ? below + 180.0f : below;
        std::printf("masseter strip: %.0f degrees below the horizontal, backward\n", below360);
        CHECK(below360 > 45.0f);
        CHECK(below360 < 85.0f);
    }
}

TEST_CASE("from the side, the masseter's slips meet flush, with lines rather than steps") {
    // Rows of lateral rays 1 mm apart across the superficial masseter: where two neighbouring
    // rays both meet it first, how often its outer face jumps by more than 0.5 mm between
    // them. The middle slip lay 0.6 mm over the outer ones, and its feathered rims stood over
    // them as dark steps down the muscle, fan slivers rather than one thick quadrilateral
    // (140 of 3558 jumps); 0.1 mm over them, the slips' boundaries read as lines (87 of 3594).
    const std::string id = "masseter-superficial.left";
    int jumps = 0, pairs = 0;
    for (float z = -8.0f; z >= -100.0f; z -= 1.0f) {
        float last = -1.0f;
        for (float y = -105.0f; y <= -5.0f; y += 1.0f) {
            float depth = -1.0f;
            for (const auto& h : tpa::body::test::hitsUnderSkin(
                     tpa::body::test::lateralOfJaw(y, z), {-1.0f, 0.0f, 0.0f}))
                if (h.id.find("skin") == std::string::npos) {
                    if (h.id == id) depth = h.depth;
                    break;
                }
            if (depth >= 0.0f && last >= 0.0f) {
                ++pairs;
                jumps += std::fabs(depth - last) > 0.5f;
            }
            last = depth;
        }
    }
    std::printf("masseter from the side: %d of %d neighbouring rays step over 0.5 mm\n", jumps,
                pairs);
    CHECK(pairs > 2000);
    CHECK(jumps <= 100);
}
