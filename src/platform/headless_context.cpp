// EGL setup: display, config, core-profile context, made current without a surface.
#include "platform/headless_context.h"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

namespace tpa::platform {

struct HeadlessContext::Impl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
};

namespace {

[[noreturn]] void fail(const std::string& step) {
    char code[16];
    std::snprintf(code, sizeof code, "0x%04X", unsigned(eglGetError()));
    throw std::runtime_error("headless OpenGL (EGL): " + step + " failed (EGL error " + code + ")");
}

EGLDisplay openDisplay() {
    // Surfaceless needs no X server and no GPU device node: what CI and servers have.
    if (epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless")) {
        EGLDisplay d = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (d != EGL_NO_DISPLAY) {
            EGLint major, minor;
            if (eglInitialize(d, &major, &minor)) return d;
        }
    }
    EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    EGLint major, minor;
    if (d == EGL_NO_DISPLAY || !eglInitialize(d, &major, &minor)) fail("opening a display");
    return d;
}

}  // namespace

HeadlessContext::HeadlessContext() : impl_(std::make_unique<Impl>()) {
    impl_->display = openDisplay();
    if (!eglBindAPI(EGL_OPENGL_API)) fail("selecting the OpenGL API");
    // We only ever draw into FBOs, so any config will do; the default EGL_SURFACE_TYPE
    // (window) must be overridden because surfaceless displays have no window configs.
    const EGLint configAttribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = EGL_NO_CONFIG_KHR;
    EGLint count = 0;
    if (!eglChooseConfig(impl_->display, configAttribs, &config, 1, &count) || count == 0) {
        if (!epoxy_has_egl_extension(impl_->display, "EGL_KHR_no_config_context")) fail("choosing a config");
        config = EGL_NO_CONFIG_KHR;
    }
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    impl_->context = eglCreateContext(impl_->display, config, EGL_NO_CONTEXT, contextAttribs);
    if (impl_->context == EGL_NO_CONTEXT) fail("creating an OpenGL 3.3 core context");
    makeCurrent();
}

HeadlessContext::~HeadlessContext() {
    if (impl_->display != EGL_NO_DISPLAY) {
        eglMakeCurrent(impl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (impl_->context != EGL_NO_CONTEXT) eglDestroyContext(impl_->display, impl_->context);
        eglTerminate(impl_->display);
    }
}

void HeadlessContext::makeCurrent() {
    if (!eglMakeCurrent(impl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, impl_->context))
        fail("making the context current");
}

std::string HeadlessContext::description() const {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return std::string(renderer ? renderer : "?") + " / " + (version ? version : "?");
}

}  // namespace tpa::platform
