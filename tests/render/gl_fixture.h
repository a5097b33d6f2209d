// One headless EGL context for the whole GL suite, and helpers to render a scene with a
// fixed camera and probe pixels.
#pragma once

#include "core/camera.h"
#include "core/image.h"
#include "core/primitives.h"
#include "core/scene.h"
#include "platform/headless_context.h"
#include "render/frame_params.h"
#include "render/offscreen_target.h"
#include "render/palette.h"
#include "render/renderer.h"

#include <glm/glm.hpp>

namespace tpa::test {

inline platform::HeadlessContext& glContext() {
    static platform::HeadlessContext context;
    return context;
}

// A muscle block in front of a bone block, seen from the front (anterior view).
inline core::Scene twoBlockScene() {
    core::Scene scene;
    core::Part muscle;
    muscle.id = "front-muscle";
    muscle.name = "Front muscle";
    muscle.kind = core::PartKind::Muscle;
    muscle.mesh = core::makeBox({-100, -60, 400}, {100, -20, 800});
    core::Part bone;
    bone.id = "back-bone";
    bone.name = "Back bone";
    bone.kind = core::PartKind::Bone;
    bone.layer = core::Layer::Bone;
    bone.mesh = core::makeBox({-60, 0, 200}, {60, 40, 1000});
    scene.parts = {muscle, bone};
    return scene;
}

inline core::Camera anteriorCamera(const core::Scene& scene, int w, int h) {
    core::Camera cam;
    cam.setViewport(w, h);
    cam.setSceneBounds(scene.bounds());
    cam.setPose(cam.presetPose(core::ViewPreset::Anterior, scene.bounds()));
    return cam;
}

inline render::FrameParams frameFor(const core::Scene& scene, const core::Camera& cam) {
    render::FrameParams f;
    f.view = cam.view();
    f.projection = cam.projection();
    f.eye = cam.eye();
    f.width = cam.width();
    f.height = cam.height();
    for (const auto& p : scene.parts) f.parts.push_back({render::PartDraw::Opaque, render::defaultPartColor(p)});
    return f;
}

inline core::Image renderImage(const core::Scene& scene, const render::FrameParams& f) {
    glContext().makeCurrent();
    render::Renderer renderer;
    renderer.setScene(scene);
    render::OffscreenTarget target(f.width, f.height);
    target.bind();
    renderer.draw(f);
    return target.read();
}

inline glm::vec3 rgb(const core::Image& img, glm::vec2 px) {
    const auto c = img.at(int(px.x), int(px.y));
    return glm::vec3(c) / 255.0f;
}

// Yellow-orange highlight: strong red and green, weak blue.
inline bool looksHighlighted(glm::vec3 c) { return c.r > 0.65f && c.g > 0.45f && c.b < 0.45f && c.g > c.b + 0.25f; }

}  // namespace tpa::test
