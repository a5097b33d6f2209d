// Closed-and-outward check that decides back-face culling: each way a surface can fail it.
#include "core/mesh_topology.h"

#include <doctest/doctest.h>
#include <utility>

using tpa::core::Mesh;
using tpa::core::closedOutwardProblem;
using tpa::core::isClosedOutward;

namespace {
// A tetrahedron wound counter-clockwise seen from outside.
Mesh tetrahedron() {
    Mesh m;
    m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    m.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    return m;
}
}  // namespace

TEST_CASE("a closed outward tetrahedron passes") {
    CHECK(closedOutwardProblem(tetrahedron()) == "");
    CHECK(isClosedOutward(tetrahedron()));
}

TEST_CASE("every way to fail the closed-outward check is named") {
    SUBCASE("all faces flipped: inward") {
        Mesh m = tetrahedron();
        for (std::size_t t = 0; t < m.indices.size(); t += 3) std::swap(m.indices[t + 1], m.indices[t + 2]);
        CHECK(closedOutwardProblem(m).find("inward") != std::string::npos);
    }
    SUBCASE("one face missing: open") {
        Mesh m = tetrahedron();
        m.indices.resize(9);
        CHECK(closedOutwardProblem(m).find("no opposite") != std::string::npos);
    }
    SUBCASE("one face flipped: inconsistent") {
        Mesh m = tetrahedron();
        std::swap(m.indices[1], m.indices[2]);
        CHECK_FALSE(isClosedOutward(m));
    }
    SUBCASE("a face twice: not manifold") {
        Mesh m = tetrahedron();
        m.indices.insert(m.indices.end(), {0, 2, 1});
        CHECK(closedOutwardProblem(m).find("twice") != std::string::npos);
    }
    SUBCASE("a pinched but closed outward surface passes when manifold is not required") {
        Mesh m = tetrahedron();  // a second tetrahedron sharing edge 0-1 pinches it
        m.positions.push_back({0.5f, -1.0f, -1.0f});
        m.positions.push_back({0.5f, -1.0f, 1.0f});
        const std::uint32_t a = 4, b = 5;
        m.indices.insert(m.indices.end(), {0, 1, a, 0, a, b, 0, b, 1, 1, b, a});
        CHECK_FALSE(isClosedOutward(m));
        CHECK(closedOutwardProblem(m, /*requireManifold=*/false) == "");
        Mesh open = m;
        open.indices.resize(open.indices.size() - 3);
        CHECK_FALSE(isClosedOutward(open, /*requireManifold=*/false));
    }
    SUBCASE("degenerate and out-of-range indices, and no triangles") {
        Mesh m = tetrahedron();
        m.indices[0] = m.indices[1];
        CHECK(closedOutwardProblem(m).find("degenerate") != std::string::npos);
        m = tetrahedron();
        m.indices[0] = 9;
        CHECK(closedOutwardProblem(m).find("out of range") != std::string::npos);
        CHECK(closedOutwardProblem(Mesh{}) == "no triangles");
    }
}
