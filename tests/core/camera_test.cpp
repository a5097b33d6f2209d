// Camera math: presets, framing, projection/ray consistency, zoom toward the cursor.
#include "core/camera.h"

#include <doctest/doctest.h>
#include <glm/gtc/constants.hpp>

using namespace tpa::core;

namespace {
Aabb bodyBox() {
    Aabb b;
    b.expand({-300, -150, 0});
    b.expand({300, 150, 1750});
    return b;
}
Camera makeCamera() {
    Camera c;
    c.setViewport(1280, 720);
    c.setSceneBounds(bodyBox());
    c.setPose(c.presetPose(ViewPreset::Anterior, bodyBox()));
    return c;
}
}  // namespace

TEST_CASE("anterior preset looks from the front (-Y) toward +Y with Z up") {
    Camera c = makeCamera();
    CHECK(c.eye().y < -1000.0f);
    CHECK(c.forward().y == doctest::Approx(1.0f));
    CHECK(c.up().z == doctest::Approx(1.0f));
    // The subject's right (-X) appears on the viewer's left in an anterior view.
    auto right = c.project({-250, 0, 875});
    auto left = c.project({250, 0, 875});
    REQUIRE(right);
    REQUIRE(left);
    CHECK(right->x < left->x);
}

TEST_CASE("presets put the camera on the named side") {
    Camera c = makeCamera();
    c.setPose(c.presetPose(ViewPreset::Posterior, bodyBox()));
    CHECK(c.eye().y > 1000.0f);
    c.setPose(c.presetPose(ViewPreset::Left, bodyBox()));
    CHECK(c.eye().x > 1000.0f);  // subject's left is +X
    c.setPose(c.presetPose(ViewPreset::Right, bodyBox()));
    CHECK(c.eye().x < -1000.0f);
    c.setPose(c.presetPose(ViewPreset::Superior, bodyBox()));
    CHECK(c.eye().z > 2000.0f);
    CHECK(parseViewPreset("posterior").value() == ViewPreset::Posterior);
    CHECK_FALSE(parseViewPreset("sideways"));
}

TEST_CASE("framing keeps every corner of the box on screen") {
    Camera c = makeCamera();
    const Aabb b = bodyBox();
    for (int i = 0; i < 8; ++i) {
        glm::vec3 corner{i & 1 ? b.max.x : b.min.x, i & 2 ? b.max.y : b.min.y, i & 4 ? b.max.z : b.min.z};
        auto p = c.project(corner);
        REQUIRE(p);
        CHECK(p->x >= 0.0f);
        CHECK(p->x <= 1280.0f);
        CHECK(p->y >= 0.0f);
        CHECK(p->y <= 720.0f);
    }
}

TEST_CASE("a ray through a pixel passes through the points that project there") {
    Camera c = makeCamera();
    c.orbit(123.0f, -45.0f);
    const glm::vec3 world{40, -20, 1500};
    auto px = c.project(world);
    REQUIRE(px);
    Ray r = c.rayThroughPixel(*px);
    const glm::vec3 toPoint = world - r.origin;
    const float along = glm::dot(toPoint, r.direction);
    CHECK(glm::length(toPoint - along * r.direction) < 0.05f);
}

TEST_CASE("zoom toward the cursor keeps the point under the cursor fixed") {
    Camera c = makeCamera();
    const glm::vec3 pivot{100, -100, 1600};
    auto before = c.project(pivot);
    REQUIRE(before);
    const float d0 = c.pose().distance;
    c.zoom(3.0f, *before, pivot);
    CHECK(c.pose().distance < d0);
    auto after = c.project(pivot);
    REQUIRE(after);
    CHECK(after->x == doctest::Approx(before->x).epsilon(0.001));
    CHECK(after->y == doctest::Approx(before->y).epsilon(0.001));
}

TEST_CASE("pan moves the target in the view plane and orbit clamps pitch") {
    Camera c = makeCamera();
    const glm::vec3 t0 = c.pose().target;
    c.pan(100.0f, 0.0f);
    CHECK(c.pose().target.z == doctest::Approx(t0.z));
    CHECK(c.pose().target.x < t0.x);  // dragging right drags the scene right: the camera moves -X
    c.orbit(0.0f, 100000.0f);
    CHECK(c.pose().pitch <= Camera::kMaxPitch + 1e-6f);
}

TEST_CASE("interpolated poses start and end exactly and take the short way round") {
    CameraPose a, b;
    a.yaw = glm::radians(170.0f);
    b.yaw = glm::radians(-170.0f);
    a.distance = 100;
    b.distance = 400;
    CHECK(interpolate(a, b, 0.0f).yaw == doctest::Approx(a.yaw));
    CHECK(interpolate(a, b, 1.0f).distance == doctest::Approx(400.0f));
    const float mid = interpolate(a, b, 0.5f).yaw;
    CHECK(std::abs(std::abs(mid) - glm::pi<float>()) < 0.01f);
    CHECK(interpolate(a, b, 0.5f).distance == doctest::Approx(200.0f));
}
