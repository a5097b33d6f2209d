// Fold detection and relaxation on a meshed sphere with one vertex pushed through its surface.
#include "body/mesh_unfold.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "body/polygonizer.h"
#include "body_fixture.h"

namespace {

tpa::core::Mesh sphere() {
    tpa::body::SdfModel field;
    field.ellipsoid(glm::vec3(0.0f), glm::vec3(20.0f), 0.0f);
    tpa::core::Aabb box;
    box.expand(glm::vec3(-26.0f));
    box.expand(glm::vec3(26.0f));
    return tpa::body::polygonize(field, box, 3.0f);
}

}  // namespace

TEST_CASE("a sphere has no folds; a vertex dragged past its neighbours folds, and unfold undoes it") {
    tpa::core::Mesh mesh = sphere();
    REQUIRE(tpa::body::test::closedManifoldError(mesh) == "");
    CHECK(tpa::body::inwardFaceCount(mesh) == 0);
    // Drag the vertex nearest the top sideways past its neighbours (a dent would not do: a
    // dimple is a valid surface): the triangles it drags over turn face down.
    std::size_t top = 0;
    for (std::size_t i = 1; i < mesh.positions.size(); ++i)
        if (mesh.positions[i].z > mesh.positions[top].z) top = i;
    mesh.positions[top].x += 7.0f;
    const std::size_t folded = tpa::body::inwardFaceCount(mesh);
    CHECK(folded > 0);
    const auto indices = mesh.indices;
    CHECK(tpa::body::unfold(mesh) == 0);
    CHECK(tpa::body::inwardFaceCount(mesh) == 0);
    CHECK(mesh.indices == indices);  // only positions move
    mesh.computeNormals();
    CHECK(tpa::body::test::outwardError(mesh) == "");
}

TEST_CASE("unfold keeps a constraint on every vertex it moves and leaves x = 0 seams on the plane") {
    tpa::core::Mesh mesh = sphere();
    std::size_t top = 0;
    for (std::size_t i = 1; i < mesh.positions.size(); ++i)
        if (mesh.positions[i].z > mesh.positions[top].z) top = i;
    // Dragged along y and put on the plane x = 0, as if on the open seam of a half mesh.
    mesh.positions[top] = glm::vec3(0.0f, mesh.positions[top].y + 7.0f, mesh.positions[top].z);
    REQUIRE(tpa::body::inwardFaceCount(mesh) > 0);
    std::size_t calls = 0;
    tpa::body::unfold(mesh, 40, [&](const glm::vec3& p) {
        ++calls;
        return glm::vec3(p.x, p.y, std::min(p.z, 19.0f));
    });
    CHECK(calls > 0);
    CHECK(mesh.positions[top].x == 0.0f);
    for (const auto& p : mesh.positions) CHECK(p.z <= 20.0f + 1e-3f);
}
