// EGL setup: display, config, core-profile context, made current without a surface.
#include "platform/headless_context.h"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "platform/egl_device_choice.h"

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

bool initialized(EGLDisplay d) {
    EGLint major, minor;
    return d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor);
}

// The GPUs' own EGL devices (NVIDIA's driver, Mesa on a render node), hardware first. Asked
// before surfaceless because a desktop with an NVIDIA card also has Mesa installed, and
// surfaceless would then render with Mesa's software rasteriser.
std::vector<EGLDisplay> hardwareDisplays() {
    std::vector<EGLDisplay> displays;
    const bool enumerate = epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_EXT_device_enumeration") ||
                           epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_EXT_device_base");
    if (!enumerate || !epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_EXT_platform_device")) return displays;
    EGLDeviceEXT devices[16];
    EGLint count = 0;
    if (!eglQueryDevicesEXT(16, devices, &count)) return displays;
    std::vector<std::string> extensions;
    for (EGLint i = 0; i < count; ++i) {
        const char* e = eglQueryDeviceStringEXT(devices[i], EGL_EXTENSIONS);
        extensions.emplace_back(e ? e : "");
    }
    for (int i : hardwareDeviceOrder(extensions))
        displays.push_back(eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr));
    return displays;
}

// Surfaceless needs no X server and no GPU device node: what CI and servers have.
EGLDisplay surfacelessDisplay() {
    if (!epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless")) return EGL_NO_DISPLAY;
    return eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
}

// A core 3.3 context on `display`, or EGL_NO_CONTEXT (EGL's error says why).
EGLContext createContext(EGLDisplay display) {
    if (!eglBindAPI(EGL_OPENGL_API)) return EGL_NO_CONTEXT;
    // We only ever draw into FBOs, so any config will do; the default EGL_SURFACE_TYPE
    // (window) must be overridden because surfaceless displays have no window configs.
    const EGLint configAttribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = EGL_NO_CONFIG_KHR;
    EGLint count = 0;
    if (!eglChooseConfig(display, configAttribs, &config, 1, &count) || count == 0) {
        if (!epoxy_has_egl_extension(display, "EGL_KHR_no_config_context")) return EGL_NO_CONTEXT;
        config = EGL_NO_CONFIG_KHR;
    }
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttribs);
    if (context != EGL_NO_CONTEXT && !eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
        eglDestroyContext(display, context);
        return EGL_NO_CONTEXT;
    }
    return context;
}

}  // namespace

HeadlessContext::HeadlessContext() : impl_(std::make_unique<Impl>()) {
    // TPATLAS_EGL=software skips the GPUs (compare with the reference images, made on llvmpipe).
    const char* choice = std::getenv("TPATLAS_EGL");
    std::vector<EGLDisplay> candidates;
    if (!choice || std::string(choice) != "software") candidates = hardwareDisplays();
    candidates.push_back(surfacelessDisplay());
    for (EGLDisplay d : candidates) {
        if (!initialized(d)) continue;
        if (EGLContext c = createContext(d); c != EGL_NO_CONTEXT) {
            impl_->display = d;
            impl_->context = c;
            return;
        }
        eglTerminate(d);
    }
    // Last, the default display: other EGL implementations without either extension.
    EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    if (!initialized(d)) fail("opening a display");
    impl_->display = d;
    impl_->context = createContext(d);
    if (impl_->context == EGL_NO_CONTEXT) fail("creating an OpenGL 3.3 core context");
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
