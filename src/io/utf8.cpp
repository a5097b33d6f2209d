// A byte-level UTF-8 validator; small enough that a library is not worth it.
#include "io/utf8.h"

namespace tpa::io {
namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is broken.
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int extra = c < 0x80           ? 0
                      : (c >> 5) == 0x6  ? 1
                      : (c >> 4) == 0xE  ? 2
                      : (c >> 3) == 0x1E ? 3
                                         : -1;
    if (extra < 0 || c == 0xC0 || c == 0xC1 || c > 0xF4) return 0;
    if (i + static_cast<std::size_t>(extra) >= text.size() && extra > 0) return 0;
    for (int k = 1; k <= extra; ++k)
        if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
            return 0;
    return static_cast<std::size_t>(extra) + 1;
}

}  // namespace

std::size_t firstInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceLength(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string sanitizedUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceLength(text, i);
        if (n == 0) {
            out += '?';
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

}  // namespace tpa::io
