// A single-sampled framebuffer whose colour is a texture: moving frames are drawn into it at
// reduced resolution and then stretched over the view by a textured pass, which works for
// any target (a blit could not scale into a multisampled window).
#pragma once

#include <epoxy/gl.h>

namespace tpa::render {

class ReducedTarget {
public:
    ReducedTarget(int width, int height);  // throws RenderError when incomplete
    ~ReducedTarget();
    ReducedTarget(const ReducedTarget&) = delete;
    ReducedTarget& operator=(const ReducedTarget&) = delete;

    void bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }
    GLuint colorTexture() const { return color_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_, height_;
    GLuint fbo_ = 0, color_ = 0, depthStencil_ = 0;
};

}  // namespace tpa::render
