// Headless GL: the selected part is tinted where it projects, outlined at its edge, shows
// through occluders, and the background stays background.
#include "gl_fixture.h"

#include "render/render_error.h"
#include "render/shader_program.h"

#include <doctest/doctest.h>

using namespace tpa;

namespace {
constexpr int kW = 320, kH = 240;
}

TEST_CASE("unselected scene: muscle colour in the middle, background in the corner") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    auto img = test::renderImage(scene, frame);
    const auto centre = cam.project({0, -60, 600});
    REQUIRE(centre);
    const glm::vec3 c = test::rgb(img, *centre);
    CHECK(c.r > c.g + 0.15f);  // muscle red
    CHECK_FALSE(test::looksHighlighted(c));
    const glm::vec3 corner = test::rgb(img, {2, 2});
    // Background top colour (0.30, 0.33, 0.38), within 8/255 for the gradient and dithering.
    CHECK(corner.r == doctest::Approx(0.30f).epsilon(0.1));
    CHECK(corner.b == doctest::Approx(0.38f).epsilon(0.1));
}

TEST_CASE("selected part is highlighted where it projects") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.parts[0].outlined = true;
    frame.parts[0].tintAmount = 0.6f;
    auto img = test::renderImage(scene, frame);
    const auto centre = cam.project({0, -60, 600});
    REQUIRE(centre);
    CHECK(test::looksHighlighted(test::rgb(img, *centre)));
    // Just outside the muscle's left edge (x = -100) lies the outline, in solid highlight colour.
    const auto edge = cam.project({-100, -60, 600});
    REQUIRE(edge);
    CHECK(test::looksHighlighted(test::rgb(img, *edge - glm::vec2(1.5f, 0))));
    // Far outside: background.
    CHECK_FALSE(test::looksHighlighted(test::rgb(img, {5, kH / 2})));
}

TEST_CASE("a selected part hidden behind another still shows through") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.parts[1].outlined = true;  // the bone, behind the muscle
    frame.parts[1].tintAmount = 0.6f;
    auto img = test::renderImage(scene, frame);
    // Inside the muscle's footprint, where the bone is behind it: tinted toward the highlight.
    const auto p = cam.project({0, -60, 600});
    REQUIRE(p);
    auto plain = test::renderImage(scene, test::frameFor(scene, cam));
    const glm::vec3 ghost = test::rgb(img, *p), normal = test::rgb(plain, *p);
    CHECK(ghost.g > normal.g + 0.15f);
    // Where the bone is visible (below the muscle) it is tinted directly.
    const auto below = cam.project({0, -60, 300});
    REQUIRE(below);
    CHECK(test::looksHighlighted(test::rgb(img, *below)));
}

TEST_CASE("hidden parts are not drawn and ghosted parts let the part behind show") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    const auto p = cam.project({0, -60, 600});
    REQUIRE(p);
    frame.parts[0].draw = render::PartDraw::Hidden;
    const glm::vec3 bone = test::rgb(test::renderImage(scene, frame), *p);
    CHECK(bone.b > 0.5f);  // ivory bone, not red muscle
    frame.parts[0].draw = render::PartDraw::Ghost;
    frame.parts[0].opacity = 0.3f;
    const glm::vec3 ghosted = test::rgb(test::renderImage(scene, frame), *p);
    CHECK(ghosted.b > 0.4f);   // the bone shows through...
    CHECK(ghosted.r > ghosted.b);  // ...warmed by the translucent muscle in front
}

TEST_CASE("shader compile errors name the file and line") {
    CHECK(render::annotateShaderLog("mesh.frag", "0:12(3): error: `foo' undeclared\n") ==
          "shaders/mesh.frag:12: error: `foo' undeclared");
    CHECK(render::annotateShaderLog("mesh.vert", "0(7) : error C1008: bad\n") == "shaders/mesh.vert:7: error C1008: bad");
}
