// The checksum of every framed blob and of the atlas cache key.
#include "io/blob_format.h"

#include <cstring>

namespace tpa::io {

std::uint64_t hashBytes(const void* data, std::size_t size, std::uint64_t seed) {
    // Word-at-a-time multiply/rotate mixing (in the spirit of xxhash): ~5 GB/s, enough to
    // rehash the whole 53 MB atlas on every open.
    constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ULL, kP2 = 0xC2B2AE3D27D4EB4FULL;
    auto rotl = [](std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); };
    std::uint64_t h = seed ^ (kP1 * (size + 1));
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        h ^= rotl(w * kP2, 31) * kP1;
        h = rotl(h, 27) * kP1 + 0x85EBCA77C2B2AE63ULL;
    }
    std::uint64_t tail = 0;
    for (std::size_t k = 0; i < size; ++i, ++k) tail |= std::uint64_t(p[i]) << (8 * k);
    h ^= rotl(tail * kP2, 31) * kP1;
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    return h;
}

}  // namespace tpa::io
