// The frame shared by the program's binary files (the atlas cache, the baked body): an 8-byte
// magic, a format version, a key, the payload size and a checksum of the payload, then the
// payload itself (written by BlobWriter, read by BlobReader).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tpa::io {

struct BlobFormat {
    std::string_view magic;        // exactly 8 characters, e.g. "TPAATLS1"
    std::uint32_t version = 0;     // bumped whenever the payload layout changes
    std::string_view name;         // what the file is, for "not <name>": "an atlas cache file"
    std::string_view staleReason;  // why a blob of another version or key is refused
};

// magic, version, key, payload size, payload checksum.
inline constexpr std::size_t kBlobHeaderSize = 8 + 4 + 8 + 8 + 8;

// Hash used for the payload checksum and the atlas cache key. Not cryptographic; it detects
// changes.
std::uint64_t hashBytes(const void* data, std::size_t size, std::uint64_t seed = 0);

}  // namespace tpa::io
