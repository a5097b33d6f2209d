// An 8-bit RGBA image in memory, top row first: what renders produce and PNGs hold.
#pragma once

#include <cstdint>
#include <glm/glm.hpp>
#include <vector>

namespace tpa::core {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4

    glm::u8vec4 at(int x, int y) const {
        const auto* p = &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
        return {p[0], p[1], p[2], p[3]};
    }
};

}  // namespace tpa::core
