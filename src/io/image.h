// PNG encoding and decoding of core::Image.
#pragma once

#include "core/image.h"

#include <filesystem>
#include <vector>

namespace tpa::io {

using core::Image;

std::vector<unsigned char> encodePng(const Image& image);
// Atomic: an existing file is replaced only once the new one is complete.
void writePng(const std::filesystem::path& path, const Image& image);
// Throws LoadError naming the file when it is missing or not a readable PNG.
Image readPng(const std::filesystem::path& path);

}  // namespace tpa::io
