// Reading side of the shared blob format: the frame check, then BlobWriter's calls in reverse.
#include "io/blob_reader.h"

#include <algorithm>

namespace tpa::io {

std::optional<BlobReader> BlobReader::open(std::span<const char> bytes, const BlobFormat& format,
                                           std::uint64_t key, std::string& problem) {
    problem.clear();
    if (bytes.size() < kBlobHeaderSize || std::string_view(bytes.data(), 8) != format.magic) {
        problem = "not " + std::string(format.name);
        return std::nullopt;
    }
    BlobReader header(bytes.data(), bytes.data() + 8, bytes.data() + kBlobHeaderSize);
    const auto version = header.pod<std::uint32_t>();
    const auto blobKey = header.pod<std::uint64_t>();
    const auto size = header.pod<std::uint64_t>();
    const auto checksum = header.pod<std::uint64_t>();
    if (version != format.version || blobKey != key) {
        problem = std::string(format.staleReason);
        return std::nullopt;
    }
    const std::uint64_t actual = bytes.size() - kBlobHeaderSize;
    if (size != actual) {
        problem = "truncated or corrupt (" + std::to_string(actual) +
                  " payload bytes where the header says " + std::to_string(size) + ")";
        return std::nullopt;
    }
    if (hashBytes(bytes.data() + kBlobHeaderSize, size) != checksum) {
        problem = "corrupt (checksum mismatch)";
        return std::nullopt;
    }
    return BlobReader(bytes.data(), bytes.data() + kBlobHeaderSize, bytes.data() + bytes.size());
}

void BlobReader::raw(void* dst, std::size_t n) {
    need(n);
    std::memcpy(dst, p_, n);
    p_ += n;
}

std::string BlobReader::str() {
    const auto n = pod<std::uint32_t>();
    need(n);
    std::string s(p_, n);
    p_ += n;
    return s;
}

core::Mesh BlobReader::mesh() {
    core::Mesh m;
    m.positions = array<glm::vec3>();
    m.normals = array<glm::vec3>();
    m.indices = array<std::uint32_t>();
    if (!m.normals.empty() && m.normals.size() != m.positions.size())
        throw BlobMalformed{"normals do not match the positions"};
    if (m.indices.size() % 3 != 0) throw BlobMalformed{"a partial triangle"};
    for (auto i : m.indices)
        if (i >= m.positions.size()) throw BlobMalformed{"index out of range"};
    return m;
}

core::Part BlobReader::part() {
    core::Part p;
    p.id = str();
    p.name = str();
    const auto kind = pod<std::uint8_t>(), side = pod<std::uint8_t>(), layer = pod<std::uint8_t>();
    if (kind > std::uint8_t(core::PartKind::Other) || side > std::uint8_t(core::Side::Midline) ||
        layer >= core::kLayerCount)
        throw BlobMalformed{"unknown part kind, side or layer"};
    p.kind = core::PartKind(kind);
    p.side = core::Side(side);
    p.layer = core::Layer(layer);
    const auto closedOutward = pod<std::uint8_t>();
    if (closedOutward > 1) throw BlobMalformed{"a closed-outward flag other than 0 or 1"};
    p.closedOutward = closedOutward == 1;
    p.muscleId = str();
    p.mesh = mesh();
    p.lod = mesh();
    return p;
}

std::uint64_t BlobReader::count(std::size_t minBytes) {
    const auto n = pod<std::uint64_t>();
    if (n > std::size_t(end_ - p_) / std::max<std::size_t>(minBytes, 1))
        throw BlobMalformed{"a count larger than the blob"};
    return n;
}

}  // namespace tpa::io
