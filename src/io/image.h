// An 8-bit RGBA image in memory (top row first) and its PNG encoding.
#pragma once

#include <cstdint>
#include <filesystem>
#include <glm/glm.hpp>
#include <vector>

namespace tpa::io {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4, row 0 is the top of the picture

    glm::u8vec4 at(int x, int y) const {
        const auto* p = &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
        return {p[0], p[1], p[2], p[3]};
    }
};

std::vector<unsigned char> encodePng(const Image& image);
// Atomic: an existing file is replaced only once the new one is complete.
void writePng(const std::filesystem::path& path, const Image& image);
// Throws LoadError naming the file when it is missing or not a readable PNG.
Image readPng(const std::filesystem::path& path);

}  // namespace tpa::io
