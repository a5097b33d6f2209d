// Frustum culling keeps what the camera sees and drops only what lies wholly outside.
#include "core/frustum.h"

#include <doctest/doctest.h>
#include <glm/gtc/matrix_transform.hpp>

using namespace tpa::core;

namespace {

Aabb box(glm::vec3 center, float half) { return Aabb{center - glm::vec3(half), center + glm::vec3(half)}; }

}  // namespace

TEST_CASE("a frustum keeps boxes in view and drops boxes behind, beside and beyond it") {
    // A camera at the origin looking down -Z, 60 degrees wide, near 1, far 100.
    const glm::mat4 proj = glm::perspective(glm::radians(60.0f), 1.0f, 1.0f, 100.0f);
    const glm::mat4 view = glm::lookAt(glm::vec3(0.0f), glm::vec3(0, 0, -1), glm::vec3(0, 1, 0));
    const Frustum f(proj * view);
    CHECK(f.intersects(box({0, 0, -10}, 1)));
    CHECK(f.intersects(box({0, 0, -0.5f}, 1)));   // straddles the near plane
    CHECK(f.intersects(box({6.5f, 0, -10}, 1)));  // pokes into the right edge (tan 30 deg x 10 = 5.8)
    CHECK_FALSE(f.intersects(box({0, 0, 10}, 1)));     // behind the camera
    CHECK_FALSE(f.intersects(box({20, 0, -10}, 1)));   // far to the right
    CHECK_FALSE(f.intersects(box({0, -20, -10}, 1)));  // below
    CHECK_FALSE(f.intersects(box({0, 0, -200}, 1)));   // beyond the far plane
    CHECK_FALSE(f.intersects(Aabb{}));                 // an empty box is never drawn
}
