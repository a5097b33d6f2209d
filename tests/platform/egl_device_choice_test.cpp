#include <doctest/doctest.h>

#include "platform/egl_device_choice.h"

using tpa::platform::hardwareDeviceOrder;

TEST_CASE("headless EGL: a GPU's device is tried, Mesa's software device is left to surfaceless") {
    // What Mesa 22 on a laptop lists: its render node, then the software device.
    const std::vector<std::string> laptop = {"EGL_EXT_device_drm EGL_EXT_device_drm_render_node",
                                             "EGL_MESA_device_software"};
    CHECK(hardwareDeviceOrder(laptop) == std::vector<int>{0});
    // A desktop with an NVIDIA card and Mesa both installed: software listed first by glvnd.
    const std::vector<std::string> desktop = {"EGL_MESA_device_software EGL_EXT_device_drm",
                                              "EGL_NV_device_cuda EGL_EXT_device_drm", ""};
    CHECK(hardwareDeviceOrder(desktop) == std::vector<int>{1, 2});
    // CI and servers without a GPU: nothing to try before surfaceless.
    CHECK(hardwareDeviceOrder({"EGL_MESA_device_software"}).empty());
    CHECK(hardwareDeviceOrder({}).empty());
}

TEST_CASE("headless EGL: extension names match whole words only") {
    CHECK(hardwareDeviceOrder({"EGL_MESA_device_software_x"}) == std::vector<int>{0});
    CHECK(hardwareDeviceOrder({"XEGL_MESA_device_software"}) == std::vector<int>{0});
    CHECK(hardwareDeviceOrder({"A EGL_MESA_device_software B"}).empty());
}
