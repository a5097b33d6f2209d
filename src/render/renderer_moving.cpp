// The frame while the view moves: on a software rasteriser, drawn at reduced resolution and
// stretched over the scene's part of the view (bench/README.md, "Seventh session", for why).
#include "render/renderer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace tpa::render {

RenderStats Renderer::draw(const FrameParams& f) {
    const float scale = f.movingResolution > 0.0f ? f.movingResolution : defaultMovingResolution();
    return f.moving && scale < 1.0f ? drawReduced(f, scale) : drawFrame(f);
}

RenderStats Renderer::drawReduced(const FrameParams& f, float scale) {
    // While the view turns, llvmpipe's cost is mostly per pixel: a quarter of the pixels,
    // scaled up smoothly, keeps the orbit fluid; the resting frame is sharp again.
    GLint target = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    const int w = std::max(1, int(std::lround(float(f.width) * scale)));
    const int h = std::max(1, int(std::lround(float(f.height) * scale)));
    if (!reduced_ || reduced_->width() != w || reduced_->height() != h) {
        reduced_.reset();
        reduced_ = std::make_unique<ReducedTarget>(w, h);
    }
    FrameParams small = f;
    small.x = small.y = 0;
    small.width = w;
    small.height = h;
    small.outlineWidthPx = std::max(1.0f, f.outlineWidthPx * scale);
    reduced_->bind();
    const RenderStats stats = drawFrame(small);
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(target));
    glViewport(f.x, f.y, f.width, f.height);
    glEnable(GL_SCISSOR_TEST);
    glScissor(f.x, f.y, f.width, f.height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_BLEND);
    // Stretching costs per pixel of the full view; outside the scene's screen rectangle the
    // small frame holds only the background, which is cheaper drawn again at full size.
    const PixelRect view{f.x, f.y, f.width, f.height};
    const std::optional<PixelRect> scene = trimmedUpscale_ ? sceneRect(f, scale) : std::nullopt;
    if (scene) drawBackgroundAround(f, *scene);
    const PixelRect stretched = scene ? *scene : view;
    if (!stretched.empty()) {
        glScissor(stretched.x, stretched.y, stretched.width, stretched.height);
        upscale_.use();
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, reduced_->colorTexture());
        upscale_.set("u_image", 0);
        glBindVertexArray(emptyVao_);
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_DEPTH_TEST);
    return stats;
}

std::optional<PixelRect> Renderer::sceneRect(const FrameParams& f, float scale) const {
    core::Aabb drawn;
    for (std::size_t i = 0; i < f.parts.size() && i < partBounds_.size(); ++i)
        if (f.parts[i].draw != PartDraw::Hidden) drawn.expand(partBounds_[i]);
    for (const auto& m : f.markers) {
        const glm::vec3 r(m.radiusMm * 1.5f);
        drawn.expand(m.position - r);
        drawn.expand(m.position + r);
    }
    // Around the scene: the outline ring, and the bilinear footprint of one small pixel.
    const int margin = int(std::ceil(f.outlineWidthPx + 2.0f / scale)) + 2;
    const PixelRect view{f.x, f.y, f.width, f.height};
    const auto rect = projectedRect(drawn, f.projection * f.view, view, margin);
    // Not worth the extra passes when the scene fills most of the view.
    const std::int64_t area = std::int64_t(f.width) * f.height;
    if (!rect || std::int64_t(rect->width) * rect->height > area * 9 / 10) return std::nullopt;
    return rect;
}

void Renderer::drawBackgroundAround(const FrameParams& f, const PixelRect& r) {
    // Up to four strips: below, above, left and right of the rectangle.
    const PixelRect strips[] = {{f.x, f.y, f.width, r.y - f.y},
                                {f.x, r.y + r.height, f.width, f.y + f.height - r.y - r.height},
                                {f.x, r.y, r.x - f.x, r.height},
                                {r.x + r.width, r.y, f.x + f.width - r.x - r.width, r.height}};
    for (const PixelRect& s : strips) {
        if (s.empty()) continue;
        glScissor(s.x, s.y, s.width, s.height);
        drawBackground(f);
    }
}

}  // namespace tpa::render
