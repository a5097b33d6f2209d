#include "platform/egl_device_choice.h"

namespace tpa::platform {

namespace {

bool hasExtension(const std::string& list, const std::string& name) {
    // Extension strings are space-separated names; match whole names only.
    for (std::size_t at = list.find(name); at != std::string::npos; at = list.find(name, at + 1)) {
        const bool startOk = at == 0 || list[at - 1] == ' ';
        const std::size_t end = at + name.size();
        if (startOk && (end == list.size() || list[end] == ' ')) return true;
    }
    return false;
}

}  // namespace

std::vector<int> hardwareDeviceOrder(const std::vector<std::string>& deviceExtensions) {
    std::vector<int> order;
    for (int i = 0; i < int(deviceExtensions.size()); ++i)
        if (!hasExtension(deviceExtensions[i], "EGL_MESA_device_software")) order.push_back(i);
    return order;
}

}  // namespace tpa::platform
