// Moving frames drawn at reduced resolution: stretched only over the scene's rectangle, with
// the same picture as when stretched over the whole view.
#include <doctest/doctest.h>

#include "gl_fixture.h"
#include "render/screen_rect.h"

using namespace tpa;

namespace {
constexpr int kW = 320, kH = 240;

core::Image renderMoving(const core::Scene& scene, const render::FrameParams& f, bool trimmed) {
    test::glContext().makeCurrent();
    render::Renderer renderer;
    renderer.setScene(scene);
    renderer.setTrimmedUpscale(trimmed);
    render::OffscreenTarget target(kW, kH);
    target.bind();
    renderer.draw(f);
    return target.read();
}
}  // namespace

TEST_CASE(
    "a reduced moving frame stretched only over the scene looks as when stretched over the view") {
    // Outside the scene's rectangle the background is drawn at full size instead of stretched:
    // the same gradient, within rounding (1-2 of 255), and the outline and markers unchanged.
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.parts[0].outlined = true;
    frame.parts[0].tintAmount = 0.6f;
    frame.markers.push_back({glm::vec3(0, -80, 600), 9.0f, true});
    frame.moving = true;
    frame.movingResolution = 0.5f;
    for (const int inset : {0, 40}) {
        CAPTURE(inset);
        frame.x = inset;
        frame.width = kW - inset;
        const auto whole = renderMoving(scene, frame, false);
        const auto trimmed = renderMoving(scene, frame, true);
        int worst = 0;
        for (std::size_t i = 0; i < whole.rgba.size(); ++i)
            worst = std::max(worst, std::abs(int(whole.rgba[i]) - int(trimmed.rgba[i])));
        CHECK(worst <= 2);
        CHECK(trimmed.at(inset / 2, kH / 2) ==
              whole.at(inset / 2, kH / 2));  // nothing left of the view
    }
}

TEST_CASE("a box's screen rectangle: its projection plus a margin, clipped; none behind the eye") {
    const render::PixelRect view{10, 0, 200, 100};
    const glm::mat4 identity(1.0f);  // clip space = world space
    core::Aabb box;
    box.expand({-0.5f, -0.5f, 0.0f});
    box.expand({0.5f, 0.5f, 0.0f});
    const auto rect = render::projectedRect(box, identity, view, 2);
    REQUIRE(rect);
    CHECK(rect->x == 10 + 50 - 2);
    CHECK(rect->y == 25 - 2);
    CHECK(rect->width == 100 + 4);
    CHECK(rect->height == 50 + 4);
    box.expand({3.0f, 3.0f, 0.0f});  // past the top right: clipped to the view
    const auto clipped = render::projectedRect(box, identity, view, 2);
    REQUIRE(clipped);
    CHECK(clipped->x + clipped->width == 210);
    CHECK(clipped->y + clipped->height == 100);
    CHECK(render::projectedRect(core::Aabb{}, identity, view, 2)->empty());
    glm::mat4 behind(1.0f);
    behind[3][3] = -1.0f;  // w = -1 for every point
    CHECK_FALSE(render::projectedRect(box, behind, view, 2));
}
