// FBO setup, MSAA resolve by blit, and read-back with the rows flipped to top-first.
#include "render/offscreen_target.h"

#include "render/render_error.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace tpa::render {

OffscreenTarget::OffscreenTarget(int width, int height, int samples) : width_(width), height_(height) {
    GLint maxSize = 0, maxSamples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    if (width < 1 || height < 1 || width > maxSize || height > maxSize)
        throw RenderError("image size " + std::to_string(width) + "x" + std::to_string(height) +
                          " is outside 1.." + std::to_string(maxSize));
    samples = std::clamp(samples, 0, maxSamples);

    glGenFramebuffers(1, &msFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
    glGenRenderbuffers(1, &msColor_);
    glBindRenderbuffer(GL_RENDERBUFFER, msColor_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msColor_);
    glGenRenderbuffers(1, &msDepth_);
    glBindRenderbuffer(GL_RENDERBUFFER, msDepth_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH24_STENCIL8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, msDepth_);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw RenderError("offscreen framebuffer is incomplete");

    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glGenRenderbuffers(1, &color_);
    glBindRenderbuffer(GL_RENDERBUFFER, color_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color_);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw RenderError("resolve framebuffer is incomplete");
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
}

OffscreenTarget::~OffscreenTarget() {
    glDeleteRenderbuffers(1, &color_);
    glDeleteFramebuffers(1, &fbo_);
    glDeleteRenderbuffers(1, &msDepth_);
    glDeleteRenderbuffers(1, &msColor_);
    glDeleteFramebuffers(1, &msFbo_);
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, msFbo_); }

core::Image OffscreenTarget::read() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    core::Image img{width_, height_, std::vector<std::uint8_t>(std::size_t(width_) * height_ * 4)};
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    // GL's rows start at the bottom; images start at the top.
    const std::size_t row = std::size_t(width_) * 4;
    std::vector<std::uint8_t> tmp(row);
    for (int y = 0; y < height_ / 2; ++y) {
        auto* a = img.rgba.data() + std::size_t(y) * row;
        auto* b = img.rgba.data() + std::size_t(height_ - 1 - y) * row;
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;  // opaque picture
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_);
    return img;
}

}  // namespace tpa::render
