// Builds a framed binary blob (see blob_format.h): scalars, strings, 4-byte-aligned arrays,
// meshes and whole parts, the same way for every file format that stores geometry.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/part.h"
#include "io/blob_format.h"

namespace tpa::io {

class BlobWriter {
public:
    // Starts with a header for `format` and `key`; finish() fills in size and checksum.
    BlobWriter(const BlobFormat& format, std::uint64_t key);

    template <typename T>
    void pod(const T& v) {
        raw(&v, sizeof(T));
    }
    void raw(const void* p, std::size_t n);
    void str(const std::string& s);
    // Arrays start 4-byte aligned from the blob's start, so a reader of an aligned blob copies
    // them as typed ranges in one pass.
    template <typename T>
    void array(const std::vector<T>& v) {
        pod(std::uint64_t(v.size()));
        out_.resize((out_.size() + 3) / 4 * 4, '\0');
        raw(v.data(), v.size() * sizeof(T));
    }
    void mesh(const core::Mesh& m);
    // Every field of core::Part, both meshes included.
    void part(const core::Part& p);

    // The whole blob, header completed; the writer is spent afterwards.
    std::vector<char> finish();

private:
    std::vector<char> out_;
};

}  // namespace tpa::io
