// The frame's passes. Stencil carries the selection: 1 where a selected part is the
// nearest visible surface, later 1 over its whole silhouette for the outline.
#include "render/renderer.h"

#include "core/frustum.h"
#include "core/primitives.h"
#include "render/gl_setup.h"

#include <algorithm>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>

namespace tpa::render {

Renderer::Renderer() {
    software_ = isSoftwareRenderer();
    glGenVertexArrays(1, &emptyVao_);
    core::Part sphere;
    sphere.mesh = core::makeSphere(glm::vec3(0.0f), 1.0f, 20, 10);
    markerScene_.parts.push_back(std::move(sphere));
    markerMesh_ = std::make_unique<GpuScene>(markerScene_);
}

void Renderer::setZones(std::size_t part, const std::vector<glm::vec4>& zones) {
    if (gpu_) gpu_->setVertexZones(part, zones);
}

void Renderer::clearZones() {
    if (gpu_) gpu_->clearZones();
}

ShaderProgram& Renderer::beginMesh(const FrameParams& f, float opacity, float xray) {
    meshFrame_ = &f;
    meshOpacity_ = opacity;
    meshXray_ = xray;
    activeMesh_ = nullptr;
    return useMesh(false);
}

ShaderProgram& Renderer::useMesh(bool zoned) {
    if (zoned && !zoneMesh_) zoneMesh_ = std::make_unique<ShaderProgram>("mesh.vert", "mesh.frag", "TPA_ZONES");
    ShaderProgram& p = zoned ? *zoneMesh_ : mesh_;
    if (&p == activeMesh_) return p;
    // Uniforms belong to a program: the one switched to gets the frame's values.
    const FrameParams& f = *meshFrame_;
    setCommonUniforms(p, f);
    const glm::mat4 inv = glm::inverse(f.view);
    p.set("u_eye", f.eye);
    p.set("u_right", glm::vec3(inv[0]));
    p.set("u_up", glm::vec3(inv[1]));
    p.set("u_tint", f.highlight);
    p.set("u_opacity", meshOpacity_);
    p.set("u_xray", meshXray_);
    p.set("u_essentialColor", f.essentialColor);
    p.set("u_spilloverColor", f.spilloverColor);
    p.set("u_painColor", f.painColor);
    p.set("u_zoneTime", f.zoneTime);
    p.set("u_waveSpeed", f.waveSpeedMmPerS);
    activeMesh_ = &p;
    return p;
}

void Renderer::setScene(const core::Scene& scene, bool withLods) {
    gpu_.reset();
    gpu_ = std::make_unique<GpuScene>(scene, withLods);
    scene_ = &scene;
    partBounds_.clear();
    cullable_.clear();
    for (const auto& p : scene.parts) {
        partBounds_.push_back(p.mesh.bounds());
        cullable_.push_back(p.closedOutward);
    }
}

void Renderer::setCommonUniforms(ShaderProgram& p, const FrameParams& f) {
    p.use();
    p.set("u_viewProj", f.projection * f.view);
    p.set("u_model", glm::mat4(1.0f));  // ignored by programs without it
}

void Renderer::setCulling(bool on) {
    if (on == culling_) return;
    if (on) glEnable(GL_CULL_FACE);
    else glDisable(GL_CULL_FACE);
    culling_ = on;
}

void Renderer::drawPart(std::size_t i, RenderStats& stats) {
    if (!inView_[i]) return;
    // Back faces of a closed outward surface always lie behind its front faces: skipping
    // them halves what a software rasteriser sets up and tests, with the same picture.
    setCulling(cullable_[i]);
    stats.triangles += gpu_->drawPart(i, moving_);
    ++stats.drawCalls;
}

RenderStats Renderer::drawFrame(const FrameParams& f) {
    RenderStats stats;
    glViewport(f.x, f.y, f.width, f.height);
    glEnable(GL_SCISSOR_TEST);  // the view may share the framebuffer with UI panels
    glScissor(f.x, f.y, f.width, f.height);
    glClearColor(0, 0, 0, 1);
    glClearStencil(0);
    glClearDepth(1.0);
    glStencilMask(0xFF);
    glDepthMask(GL_TRUE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    glDisable(GL_CULL_FACE);  // meshes from the wild have mixed winding: culled per part
    glCullFace(GL_BACK);
    glFrontFace(GL_CCW);
    culling_ = false;
    drawBackground(f);
    if (!gpu_ || f.parts.size() != gpu_->partCount()) return stats;
    const core::Frustum frustum(f.projection * f.view);
    inView_.resize(partBounds_.size());
    for (std::size_t i = 0; i < partBounds_.size(); ++i) inView_[i] = frustum.intersects(partBounds_[i]);
    moving_ = f.moving;
    gpu_->bind();
    drawOpaque(f, stats);
    drawOccludedSelection(f, stats);
    drawMarkers(f, stats);
    gpu_->bind();
    drawGhosts(f, stats);
    drawOutline(f, stats);
    glBindVertexArray(0);
    setCulling(false);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_BLEND);
    glDepthMask(GL_TRUE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    return stats;
}

void Renderer::drawBackground(const FrameParams& f) {
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_BLEND);
    background_.use();
    background_.set("u_top", f.backgroundTop);
    background_.set("u_bottom", f.backgroundBottom);
    glBindVertexArray(emptyVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

void Renderer::drawOpaque(const FrameParams& f, RenderStats& stats) {
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_STENCIL_TEST);
    glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
    beginMesh(f, 1.0f, 0.0f);
    // Near parts first: the depth test then rejects hidden fragments before they are shaded,
    // which a software rasteriser feels most. With GL_LESS the picture is the same in any order.
    order_.clear();
    for (std::size_t i = 0; i < f.parts.size(); ++i)
        if (f.parts[i].draw == PartDraw::Opaque && inView_[i])
            order_.emplace_back(glm::length(partBounds_[i].center() - f.eye) - partBounds_[i].radius(), i);
    std::sort(order_.begin(), order_.end());
    for (const auto& [distance, i] : order_) {
        const PartStyle& s = f.parts[i];
        // Any nearer part resets the stencil, so 1 survives only where the selection is on top.
        glStencilFunc(GL_ALWAYS, s.outlined ? 1 : 0, 0xFF);
        ShaderProgram& mesh = useMesh(gpu_->hasZones(i));
        mesh.set("u_color", s.color);
        mesh.set("u_tintAmount", s.tintAmount);
        drawPart(i, stats);
    }
}

void Renderer::drawOccludedSelection(const FrameParams& f, RenderStats& stats) {
    // Where something else hides the selection, show it as a translucent highlight. The
    // stencil (EQUAL 0, then INCR) lets each pixel be tinted once, never the visible part.
    glDepthFunc(GL_GREATER);
    glDepthMask(GL_FALSE);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glStencilFunc(GL_EQUAL, 0, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_INCR);
    setCommonUniforms(flat_, f);
    flat_.set("u_color", glm::vec4(f.highlight, f.occludedOpacity));
    for (std::size_t i = 0; i < f.parts.size(); ++i)
        if (f.parts[i].outlined && f.parts[i].draw != PartDraw::Hidden) drawPart(i, stats);
    glDepthFunc(GL_LESS);
}

void Renderer::drawMarkers(const FrameParams& f, RenderStats& stats) {
    if (f.markers.empty()) return;
    // Drawn before the ghosted layers, so those veil them but never hide them; where an
    // opaque muscle hides a marker, a translucent copy still shows where it is.
    markerMesh_->bind();
    setCulling(false);
    glDisable(GL_STENCIL_TEST);
    setCommonUniforms(flat_, f);
    glDepthMask(GL_FALSE);
    glDepthFunc(GL_GREATER);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    flat_.set("u_color", glm::vec4(f.markerColor, 0.45f));
    for (const auto& m : f.markers) {
        if (!m.shownAt(f.zoneTime)) continue;
        flat_.set("u_model", glm::scale(glm::translate(glm::mat4(1.0f), m.position),
                                        glm::vec3(m.radiusMm * (m.emphasised ? 1.5f : 1.0f))));
        markerMesh_->drawPart(0);
        ++stats.drawCalls;
    }
    glDepthMask(GL_TRUE);
    glDepthFunc(GL_LESS);
    glDisable(GL_BLEND);
    ShaderProgram& mesh = beginMesh(f, 1.0f, 0.0f);  // markers have no zones
    for (const auto& m : f.markers) {
        if (!m.shownAt(f.zoneTime)) continue;
        mesh.set("u_model", glm::scale(glm::translate(glm::mat4(1.0f), m.position),
                                        glm::vec3(m.radiusMm * (m.emphasised ? 1.5f : 1.0f))));
        mesh.set("u_color", m.emphasised ? glm::vec3(1.0f) : m.satellite ? f.satelliteMarkerColor : f.markerColor);
        mesh.set("u_tintAmount", 0.0f);
        markerMesh_->drawPart(0);
        ++stats.drawCalls;
    }
    mesh.set("u_model", glm::mat4(1.0f));
    glEnable(GL_STENCIL_TEST);
}

void Renderer::drawGhosts(const FrameParams& f, RenderStats& stats) {
    std::vector<std::pair<float, std::size_t>> order;
    for (std::size_t i = 0; i < f.parts.size(); ++i)
        if (f.parts[i].draw == PartDraw::Ghost)
            order.emplace_back(glm::length(partBounds_[i].center() - f.eye), i);
    if (order.empty()) return;
    std::sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.first > b.first; });  // far first
    glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    glStencilFunc(GL_ALWAYS, 0, 0xFF);
    beginMesh(f, 1.0f, 1.0f);
    for (const auto& [dist, i] : order) {
        const PartStyle& s = f.parts[i];
        ShaderProgram& mesh = useMesh(gpu_->hasZones(i));
        // Depth first, then colour on the nearest layer only: one clean translucent skin
        // instead of front and back faces stacking up.
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glDepthMask(GL_TRUE);
        glDepthFunc(GL_LESS);
        glDisable(GL_BLEND);
        drawPart(i, stats);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glDepthMask(GL_FALSE);
        glDepthFunc(GL_LEQUAL);
        glEnable(GL_BLEND);
        mesh.set("u_color", s.color);
        mesh.set("u_opacity", s.opacity);
        mesh.set("u_tintAmount", s.tintAmount);
        drawPart(i, stats);
    }
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
}

void Renderer::ensureMask(int w, int h) {
    if (maskFbo_ && w == maskW_ && h == maskH_) return;
    if (!maskFbo_) {
        glGenFramebuffers(1, &maskFbo_);
        glGenTextures(1, &maskTex_);
    }
    allocateViewTexture(maskTex_, GL_R8, GL_RED, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, maskFbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, maskTex_, 0);
    maskW_ = w;
    maskH_ = h;
}

Renderer::~Renderer() {
    if (maskFbo_) glDeleteFramebuffers(1, &maskFbo_);
    if (maskTex_) glDeleteTextures(1, &maskTex_);
    glDeleteVertexArrays(1, &emptyVao_);
}

void Renderer::drawOutline(const FrameParams& f, RenderStats& stats) {
    bool any = false;
    for (const auto& s : f.parts) any |= s.outlined && s.draw != PartDraw::Hidden;
    if (!any) return;
    GLint target = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    // 1. The whole silhouette of the selection, visible or hidden, into the mask.
    ensureMask(f.width, f.height);
    glBindFramebuffer(GL_FRAMEBUFFER, maskFbo_);
    glViewport(0, 0, f.width, f.height);
    glScissor(0, 0, f.width, f.height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_BLEND);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    setCommonUniforms(flat_, f);
    flat_.set("u_color", glm::vec4(1.0f));
    for (std::size_t i = 0; i < f.parts.size(); ++i)
        if (f.parts[i].outlined && f.parts[i].draw != PartDraw::Hidden) drawPart(i, stats);
    // 2. A full-screen pass draws the ring around the mask into the real target.
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(target));
    glViewport(f.x, f.y, f.width, f.height);
    glScissor(f.x, f.y, f.width, f.height);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    setCulling(false);
    outline_.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, maskTex_);
    outline_.set("u_mask", 0);
    outline_.set("u_texel", glm::vec2(1.0f / float(f.width), 1.0f / float(f.height)));
    outline_.set("u_widthPx", f.outlineWidthPx);
    outline_.set("u_color", glm::vec4(f.highlight, 1.0f));
    glBindVertexArray(emptyVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    ++stats.drawCalls;
    glEnable(GL_DEPTH_TEST);
}

}  // namespace tpa::render
