// Colour texture with linear filtering (for the stretch) plus a depth/stencil renderbuffer.
#include "render/reduced_target.h"

#include "render/gl_setup.h"
#include "render/render_error.h"

namespace tpa::render {

ReducedTarget::ReducedTarget(int width, int height) : width_(width), height_(height) {
    glGenTextures(1, &color_);
    allocateViewTexture(color_, GL_RGBA8, GL_RGBA, width, height);
    glGenRenderbuffers(1, &depthStencil_);
    glBindRenderbuffer(GL_RENDERBUFFER, depthStencil_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, width, height);
    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color_, 0);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depthStencil_);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    if (!complete) {
        glDeleteFramebuffers(1, &fbo_);
        glDeleteRenderbuffers(1, &depthStencil_);
        glDeleteTextures(1, &color_);
        throw RenderError("reduced-resolution framebuffer is incomplete");
    }
}

ReducedTarget::~ReducedTarget() {
    glDeleteFramebuffers(1, &fbo_);
    glDeleteRenderbuffers(1, &depthStencil_);
    glDeleteTextures(1, &color_);
}

}  // namespace tpa::render
