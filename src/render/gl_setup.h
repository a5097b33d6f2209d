// Small GL facts and set-up steps shared by the renderer, the viewer and the benchmark.
#pragma once

#include <epoxy/gl.h>

namespace tpa::render {

// The current context renders on the CPU (Mesa llvmpipe, softpipe, swrast: VMs and remote
// desktops), where every pixel and every sample costs CPU time.
bool isSoftwareRenderer();

// Gives `texture` w x h storage of `internalFormat` (from `format` bytes, none uploaded),
// bilinear filtering and clamped edges: what full-view passes sample.
void allocateViewTexture(GLuint texture, GLint internalFormat, GLenum format, int w, int h);

}  // namespace tpa::render
