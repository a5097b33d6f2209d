// PNG encode/decode through stb (Debian's libstb carries the implementations).
#include "io/image.h"

#include "io/atomic_file.h"
#include "io/load_error.h"

#include <stb_image.h>
#include <stb_image_write.h>

namespace tpa::io {

std::vector<unsigned char> encodePng(const Image& image) {
    std::vector<unsigned char> out;
    auto sink = [](void* ctx, void* data, int size) {
        auto* v = static_cast<std::vector<unsigned char>*>(ctx);
        v->insert(v->end(), static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
    };
    if (!stbi_write_png_to_func(sink, &out, image.width, image.height, 4, image.rgba.data(), image.width * 4))
        throw std::runtime_error("PNG encoding failed");
    return out;
}

void writePng(const std::filesystem::path& path, const Image& image) {
    writeFileAtomically(path, encodePng(image));
}

Image readPng(const std::filesystem::path& path) {
    int w = 0, h = 0, n = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &n, 4);
    if (!data)
        throw LoadError(path.string() + ": cannot read image: " + (stbi_failure_reason() ? stbi_failure_reason() : "unknown error"));
    Image img{w, h, std::vector<std::uint8_t>(data, data + std::size_t(w) * std::size_t(h) * 4)};
    stbi_image_free(data);
    return img;
}

}  // namespace tpa::io
