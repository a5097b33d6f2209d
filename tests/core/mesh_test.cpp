// Mesh helpers: bounds, smooth normals, append, transform.
#include "core/mesh.h"

#include <doctest/doctest.h>
#include <glm/gtc/matrix_transform.hpp>

using tpa::core::Mesh;

namespace {
Mesh unitTriangle() {
    Mesh m;
    m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
    m.indices = {0, 1, 2};
    return m;
}
}  // namespace

TEST_CASE("mesh bounds and normals") {
    Mesh m = unitTriangle();
    auto b = m.bounds();
    CHECK(b.min == glm::vec3(0, 0, 0));
    CHECK(b.max == glm::vec3(1, 1, 0));
    m.computeNormals();
    REQUIRE(m.normals.size() == 3);
    CHECK(m.normals[0].z == doctest::Approx(1.0));
}

TEST_CASE("mesh append offsets indices") {
    Mesh a = unitTriangle();
    a.append(unitTriangle());
    CHECK(a.triangleCount() == 2);
    CHECK(a.indices[3] == 3);
    CHECK(a.indices[5] == 5);
}

TEST_CASE("mesh transform moves positions and keeps unit normals") {
    Mesh m = unitTriangle();
    m.computeNormals();
    m.transform(glm::scale(glm::translate(glm::mat4(1.0f), {0, 0, 5}), {2, 2, 2}));
    CHECK(m.positions[1] == glm::vec3(2, 0, 5));
    CHECK(glm::length(m.normals[0]) == doctest::Approx(1.0));
}
