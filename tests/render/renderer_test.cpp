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

TEST_CASE("referral zones: essential colour where the zone is, skin colour elsewhere; the wave reveals over time") {
    core::Scene scene;
    core::Part skin;
    skin.id = "skin";
    skin.kind = core::PartKind::Skin;
    skin.layer = core::Layer::Skin;
    skin.mesh = core::makeSphere({0, 0, 500}, 200, 64, 32);
    scene.parts.push_back(skin);
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    // Essential on the subject's right half (x < 0), spillover on the top of the left half.
    // Distance from a "trigger point" at the right edge grows toward the left.
    std::vector<glm::vec4> zones;
    for (const auto& p : scene.parts[0].mesh.positions) {
        const float e = p.x < -20.0f ? 1.0f : 0.0f;
        const float s = (p.x > 20.0f && p.z > 560.0f) ? 1.0f : 0.0f;
        zones.emplace_back(e, s, p.x + 200.0f, 0.0f);
    }
    test::glContext().makeCurrent();
    render::Renderer renderer;
    renderer.setScene(scene);
    renderer.setZones(0, zones);
    render::OffscreenTarget target(kW, kH);
    auto draw = [&](float time) {
        frame.zoneTime = time;
        target.bind();
        renderer.draw(frame);
        return target.read();
    };
    const auto rightHalf = *cam.project({-120, -200, 480});  // subject's right: viewer's left
    const auto leftLow = *cam.project({120, -200, 440});
    const auto leftHigh = cam.project({100, -170, 600});
    auto still = draw(-1.0f);
    const glm::vec3 e = test::rgb(still, rightHalf), plain = test::rgb(still, leftLow), s = test::rgb(still, *leftHigh);
    CHECK(e.r > 0.45f);
    CHECK(e.g < 0.15f);               // crimson: the essential colour
    CHECK(plain.g > 0.35f);           // skin beige, no zone
    // Early in the animation the wave has not reached the far side of the essential zone.
    const auto farEssential = *cam.project({-30, -200, 480});
    const glm::vec3 early = test::rgb(draw(0.05f), farEssential);
    const glm::vec3 late = test::rgb(draw(3.0f), farEssential);
    CHECK(late.g < early.g - 0.1f);
    // Clearing removes the zone.
    renderer.clearZones();
    const auto clearedImage = draw(-1.0f);
    CHECK(test::rgb(clearedImage, rightHalf).g > 0.35f);
    // Spillover: the same spot is redder with the zone than without (hatched, so average a few pixels).
    glm::vec3 withZone(0.0f), without(0.0f);
    for (int dx = -2; dx <= 2; ++dx)
        for (int dy = -2; dy <= 2; ++dy) {
            withZone += test::rgb(still, *leftHigh + glm::vec2(dx, dy));
            without += test::rgb(clearedImage, *leftHigh + glm::vec2(dx, dy));
        }
    CHECK(withZone.g < without.g - 0.5f);  // summed over 25 pixels
    CHECK(s.g <= test::rgb(clearedImage, *leftHigh).g + 0.01f);
}

TEST_CASE("the pain drawing shows violet on the skin, striped where a zone lies under it") {
    core::Scene scene;
    core::Part skin;
    skin.id = "skin";
    skin.kind = core::PartKind::Skin;
    skin.layer = core::Layer::Skin;
    skin.mesh = core::makeSphere({0, 0, 500}, 200, 64, 32);
    scene.parts.push_back(skin);
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.zoneTime = -1.0f;
    // Pain painted on the upper half; an essential zone on the subject's right half.
    std::vector<glm::vec4> zones;
    for (const auto& p : scene.parts[0].mesh.positions)
        zones.emplace_back(p.x < -20.0f ? 1.0f : 0.0f, 0.0f, 0.0f, p.z > 540.0f ? 0.8f : 0.0f);
    test::glContext().makeCurrent();
    render::Renderer renderer;
    renderer.setScene(scene);
    renderer.setZones(0, zones);
    render::OffscreenTarget target(kW, kH);
    target.bind();
    renderer.draw(frame);
    const auto image = target.read();
    const glm::vec3 painted = test::rgb(image, *cam.project({100, -150, 620}));   // drawing only
    const glm::vec3 plain = test::rgb(image, *cam.project({100, -180, 440}));     // neither
    CHECK(painted.b > painted.r + 0.1f);  // violet: blue above red
    CHECK(painted.b > painted.g + 0.2f);
    CHECK(plain.r > plain.b);             // skin stays beige
    // Over the zone the drawing is striped: some pixels violet, some the zone's crimson.
    int violet = 0, crimson = 0;
    const auto both = *cam.project({-100, -150, 620});
    for (int dx = -6; dx <= 6; ++dx) {
        const glm::vec3 c = test::rgb(image, both + glm::vec2(dx, 0));
        if (c.b > c.r) ++violet;
        else if (c.r > 0.4f && c.g < 0.2f) ++crimson;
    }
    CHECK(violet >= 3);
    CHECK(crimson >= 3);
}

TEST_CASE("markers of satellite trigger points appear when the animation reaches them") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    for (auto& p : frame.parts) p.draw = render::PartDraw::Hidden;
    const glm::vec3 at = scene.bounds().center();
    render::Marker m;
    m.position = at;
    m.radiusMm = 30.0f;
    m.satellite = true;
    m.appearAt = 1.0f;
    frame.markers.push_back(m);
    test::glContext().makeCurrent();
    render::Renderer renderer;
    renderer.setScene(scene);
    render::OffscreenTarget target(kW, kH);
    auto colourAt = [&](float time) {
        frame.zoneTime = time;
        target.bind();
        renderer.draw(frame);
        return test::rgb(target.read(), *cam.project(at));
    };
    const glm::vec3 before = colourAt(0.5f), after = colourAt(1.5f), still = colourAt(-1.0f);
    CHECK(after.g > before.g + 0.3f);  // the green satellite marker is there only once reached
    CHECK(still.g > before.g + 0.3f);  // a still image (reduced motion) shows it
}

TEST_CASE("trigger-point markers show inside an opaque part as a translucent hint and in the open solid") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.markers.push_back({glm::vec3(0, -40, 600), 12.0f, false});   // inside the muscle block
    frame.markers.push_back({glm::vec3(0, -80, 900), 12.0f, false});   // in front, above the muscle
    auto img = test::renderImage(scene, frame);
    const auto plain = test::renderImage(scene, test::frameFor(scene, cam));
    const glm::vec3 hidden = test::rgb(img, *cam.project({0, -60, 600}));
    const glm::vec3 hiddenBefore = test::rgb(plain, *cam.project({0, -60, 600}));
    const glm::vec3 open = test::rgb(img, *cam.project({0, -80, 900}));
    CHECK(open.b > 0.7f);
    CHECK(open.g > 0.6f);    // bright cyan marker
    CHECK(hidden.g > hiddenBefore.g + 0.1f);  // the translucent hint shows through the muscle
}

TEST_CASE("back faces are culled only for parts flagged closed and outward, with the same picture") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    const auto plain = test::renderImage(scene, test::frameFor(scene, cam));
    // A correctly wound sphere looks the same with culling: its back faces were hidden anyway.
    auto culled = scene;
    culled.parts[0].mesh = core::makeSphere({0, -40, 600}, 90.0f);
    auto unculled = culled;
    culled.parts[0].closedOutward = true;
    const auto a = test::renderImage(culled, test::frameFor(culled, cam));
    const auto b = test::renderImage(unculled, test::frameFor(unculled, cam));
    REQUIRE(a.rgba.size() == b.rgba.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i) differing += std::abs(int(a.rgba[i]) - int(b.rgba[i])) > 2;
    CHECK(differing == 0);
    // A sheet facing away from the viewer: drawn when unflagged (mixed winding from the wild),
    // skipped when flagged, so the flag really switches culling on.
    auto sheet = scene;
    sheet.parts[0].mesh.positions = {{-100, -60, 400}, {100, -60, 400}, {100, -60, 800}, {-100, -60, 800}};
    sheet.parts[0].mesh.indices = {0, 2, 1, 0, 3, 2};  // clockwise seen from the front (-y)
    sheet.parts[0].mesh.normals.clear();
    sheet.parts[0].mesh.computeNormals();
    const auto centre = cam.project({0, -60, 600});
    REQUIRE(centre);
    const glm::vec3 drawn = test::rgb(test::renderImage(sheet, test::frameFor(sheet, cam)), *centre);
    sheet.parts[0].closedOutward = true;
    const glm::vec3 skipped = test::rgb(test::renderImage(sheet, test::frameFor(sheet, cam)), *centre);
    CHECK(drawn.r > drawn.g + 0.15f);                     // muscle red
    CHECK(glm::distance(skipped, test::rgb(plain, *centre)) > 0.1f);  // not the sheet...
    CHECK_FALSE(skipped.r > skipped.g + 0.15f);           // ...but the bone behind it
}

TEST_CASE("a moving frame at half resolution is the same picture, scaled up into the view") {
    auto scene = test::twoBlockScene();
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.parts[0].outlined = true;
    frame.parts[0].tintAmount = 0.6f;
    frame.moving = true;
    frame.movingResolution = 1.0f;
    const auto full = test::renderImage(scene, frame);
    frame.movingResolution = 0.5f;
    const auto half = test::renderImage(scene, frame);
    REQUIRE(half.width == full.width);
    // Same colours away from edges: the middle of the muscle, the background corner.
    const auto centre = cam.project({0, -60, 600});
    REQUIRE(centre);
    CHECK(glm::distance(test::rgb(half, *centre), test::rgb(full, *centre)) < 0.03f);
    CHECK(glm::distance(test::rgb(half, {4, 4}), test::rgb(full, {4, 4})) < 0.03f);
    CHECK(test::looksHighlighted(test::rgb(half, *centre)));
    // Overall close (edges are softer): mean channel difference under 3 %.
    double sum = 0.0;
    for (std::size_t i = 0; i < full.rgba.size(); ++i) sum += std::abs(int(full.rgba[i]) - int(half.rgba[i]));
    CHECK(sum / double(full.rgba.size()) / 255.0 < 0.03);
    CHECK(sum > 0.0);  // but it was drawn at the lower resolution
    // The view may be a part of the target (UI panels beside it): nothing is drawn outside it.
    frame.x = 40;
    frame.width = kW - 40;
    const auto inset = test::renderImage(scene, frame);
    CHECK(inset.at(5, kH / 2) == glm::u8vec4(0, 0, 0, 255));
}

TEST_CASE("a scene uploaded without LODs draws full detail even while moving") {
    auto scene = test::twoBlockScene();
    scene.parts[0].mesh = core::makeSphere({0, -40, 600}, 90.0f);
    scene.parts[0].lod = core::makeSphere({0, -40, 600}, 90.0f, 8, 4);
    auto cam = test::anteriorCamera(scene, kW, kH);
    auto frame = test::frameFor(scene, cam);
    frame.moving = true;
    test::glContext().makeCurrent();
    render::OffscreenTarget target(kW, kH);
    target.bind();
    render::Renderer renderer;
    renderer.setScene(scene);
    const std::size_t withLods = renderer.draw(frame).triangles;
    renderer.setScene(scene, /*withLods=*/false);
    const std::size_t without = renderer.draw(frame).triangles;
    CHECK(withLods == scene.parts[0].lod.triangleCount() + scene.parts[1].mesh.triangleCount());
    CHECK(without == scene.parts[0].mesh.triangleCount() + scene.parts[1].mesh.triangleCount());
}

TEST_CASE("parts with and without zones in one frame: each draws right after the shader build changes") {
    // Parts without zones use the lighter shader build, a part with zones the full one; the
    // renderer switches between them mid-pass, in the opaque and in the ghosted pass.
    core::Scene scene;
    auto addPart = [&scene](const char* id, core::Mesh mesh) {
        core::Part p;
        p.id = id;
        p.kind = core::PartKind::Muscle;
        p.mesh = std::move(mesh);
        scene.parts.push_back(p);
    };
    addPart("left-box", core::makeBox({-330, -60, 400}, {-170, 60, 600}));
    addPart("zoned-sphere", core::makeSphere({0, 0, 500}, 100, 48, 24));
    addPart("right-box", core::makeBox({170, -60, 400}, {330, 60, 600}));
    const auto cam = test::anteriorCamera(scene, kW, kH);
    const auto leftBox = *cam.project({-250, -60, 500}), sphere = *cam.project({0, -100, 500}),
               rightBox = *cam.project({250, -60, 500});
    test::glContext().makeCurrent();
    render::Renderer renderer;
    renderer.setScene(scene);
    render::OffscreenTarget target(kW, kH);
    for (const auto draw : {render::PartDraw::Opaque, render::PartDraw::Ghost}) {
        CAPTURE(int(draw));
        auto frame = test::frameFor(scene, cam);
        for (auto& part : frame.parts) {
            part.draw = draw;
            part.opacity = draw == render::PartDraw::Ghost ? 0.6f : 1.0f;
        }
        auto image = [&] {
            target.bind();
            renderer.draw(frame);
            return target.read();
        };
        renderer.clearZones();
        const core::Image plain = image();
        renderer.setZones(1, std::vector<glm::vec4>(scene.parts[1].mesh.positions.size(), glm::vec4(1, 0, 0, 0)));
        const core::Image zoned = image();
        // The boxes drawn before and after the zoned sphere are untouched by the switch...
        CHECK(glm::length(test::rgb(zoned, leftBox) - test::rgb(plain, leftBox)) < 0.01f);
        CHECK(glm::length(test::rgb(zoned, rightBox) - test::rgb(plain, rightBox)) < 0.01f);
        CHECK(test::rgb(plain, leftBox).r > 0.3f);  // and really drawn (muscle red)
        CHECK(test::rgb(plain, rightBox).r > 0.3f);
        // ...and the sphere turns to the essential zone's crimson.
        const glm::vec3 before = test::rgb(plain, sphere), after = test::rgb(zoned, sphere);
        CHECK(after.g < before.g - 0.05f);
        CHECK(after.r > after.g + 0.3f);
    }
}
