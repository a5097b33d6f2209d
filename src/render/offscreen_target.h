// An offscreen framebuffer (multisampled colour + depth/stencil) that resolves into an
// Image: headless renders and screenshots draw exactly what the window draws.
#pragma once

#include "core/image.h"

#include <epoxy/gl.h>

namespace tpa::render {

class OffscreenTarget {
public:
    OffscreenTarget(int width, int height, int samples = 4);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    void bind() const;
    // Resolves the multisampled image and reads it back, top row first.
    core::Image read() const;
    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_, height_;
    GLuint msFbo_ = 0, msColor_ = 0, msDepth_ = 0;
    GLuint fbo_ = 0, color_ = 0;
};

}  // namespace tpa::render
