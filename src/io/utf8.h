// UTF-8 checks for text that ends up in messages, JSON output and the interface: names read
// from atlas lists and mesh files, and knowledge files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tpa::io {

// Offset of the first byte that breaks UTF-8 (a bad lead byte, a missing continuation byte,
// a two-byte overlong lead or a code point above U+10FFFF), or npos when the text is valid.
std::size_t firstInvalidUtf8(std::string_view text);

// A copy with every byte that breaks UTF-8 replaced by '?', for names we show but do not own.
std::string sanitizedUtf8(std::string_view text);

}  // namespace tpa::io
