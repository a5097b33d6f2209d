// Reads a framed binary blob written by BlobWriter. The frame (magic, version, key, size,
// checksum) is checked before anything is read, and every read is bounds-checked, so a
// truncated, corrupt or foreign blob is reported, never trusted.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/part.h"
#include "io/blob_format.h"

namespace tpa::io {

// Thrown by the reads when the payload does not hold what is asked for; `why` is a short
// phrase ("ends early", "index out of range").
struct BlobMalformed {
    const char* why;
};

class BlobReader {
public:
    // Checks the frame of `bytes` against `format` and `key`; nullopt and `problem` (the reason,
    // without a file name) when it does not pass. `bytes` must outlive the reader.
    static std::optional<BlobReader> open(std::span<const char> bytes, const BlobFormat& format,
                                          std::uint64_t key, std::string& problem);

    template <typename T>
    T pod() {
        T v;
        raw(&v, sizeof(T));
        return v;
    }
    void raw(void* dst, std::size_t n);
    std::string str();
    template <typename T>
    std::vector<T> array() {
        const auto n = pod<std::uint64_t>();
        const std::size_t pad = (4 - std::size_t(p_ - base_) % 4) % 4;
        need(pad);
        for (std::size_t i = 0; i < pad; ++i)
            if (p_[i] != 0) throw BlobMalformed{"nonzero padding"};  // one encoding per value
        p_ += pad;
        if (n > std::size_t(end_ - p_) / sizeof(T)) throw BlobMalformed{"ends early"};
        std::vector<T> v;
        if (reinterpret_cast<std::uintptr_t>(p_) % alignof(T) == 0) {
            const auto* first = reinterpret_cast<const T*>(p_);
            v.assign(first, first + n);
        } else if (n > 0) {  // a blob copied to an odd address: same bytes, slower path
            v.resize(n);
            std::memcpy(v.data(), p_, n * sizeof(T));
        }
        p_ += n * sizeof(T);
        return v;
    }
    // A mesh whose indices and normals fit its positions.
    core::Mesh mesh();
    // Every field of core::Part, as BlobWriter::part wrote them, enums range-checked.
    core::Part part();
    // A count of items each at least `minBytes` long, checked against what is left.
    std::uint64_t count(std::size_t minBytes);
    bool done() const { return p_ == end_; }

private:
    BlobReader(const char* base, const char* p, const char* end) : base_(base), p_(p), end_(end) {}
    void need(std::size_t n) const {
        if (std::size_t(end_ - p_) < n) throw BlobMalformed{"ends early"};
    }

    const char* base_;  // the blob's start: array padding is counted from it
    const char* p_;
    const char* end_;
};

}  // namespace tpa::io
