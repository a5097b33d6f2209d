// Which EGL devices to try for headless rendering, in order: a GPU's own device first, Mesa's
// software device never (the surfaceless platform covers it). Pure, so it is tested without EGL.
#pragma once

#include <string>
#include <vector>

namespace tpa::platform {

// `deviceExtensions[i]` is eglQueryDeviceStringEXT(device i, EGL_EXTENSIONS) ("" when null).
// Returns the indices of the devices worth a display, hardware first in enumeration order.
std::vector<int> hardwareDeviceOrder(const std::vector<std::string>& deviceExtensions);

}  // namespace tpa::platform
