// Shader sources embedded at build time (see embed_shaders.cmake).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace tpa::shaders {

struct ShaderSource {
    std::string_view name;  // file name in shaders/, e.g. "mesh.frag"
    std::string_view text;
};

std::span<const ShaderSource> all();
std::optional<std::string_view> find(std::string_view name);

}  // namespace tpa::shaders
