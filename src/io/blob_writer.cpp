// Writing side of the shared blob format; BlobReader mirrors every call here.
#include "io/blob_writer.h"

#include <cstring>

namespace tpa::io {
namespace {

constexpr std::size_t kSizeOffset = 8 + 4 + 8;

}  // namespace

BlobWriter::BlobWriter(const BlobFormat& format, std::uint64_t key) {
    raw(format.magic.data(), 8);
    pod(format.version);
    pod(key);
    out_.resize(kBlobHeaderSize, '\0');  // size and checksum, filled in by finish()
}

void BlobWriter::raw(const void* p, std::size_t n) {
    const auto* b = static_cast<const char*>(p);
    out_.insert(out_.end(), b, b + n);
}

void BlobWriter::str(const std::string& s) {
    pod(std::uint32_t(s.size()));
    raw(s.data(), s.size());
}

void BlobWriter::mesh(const core::Mesh& m) {
    const auto& [positions, normals, indices] = m;
    array(positions);
    array(normals);
    array(indices);
}

void BlobWriter::part(const core::Part& p) {
    // The bindings name every field: a field added to core::Part stops this compiling until it
    // is written here, read in BlobReader::part and the format versions are bumped.
    const auto& [id, name, kind, side, layer, muscleId, mesh, lod, closedOutward] = p;
    str(id);
    str(name);
    pod(std::uint8_t(kind));
    pod(std::uint8_t(side));
    pod(std::uint8_t(layer));
    pod(std::uint8_t(closedOutward ? 1 : 0));
    str(muscleId);
    this->mesh(mesh);
    this->mesh(lod);
}

std::vector<char> BlobWriter::finish() {
    const std::uint64_t size = out_.size() - kBlobHeaderSize;
    const std::uint64_t checksum = hashBytes(out_.data() + kBlobHeaderSize, size);
    std::memcpy(out_.data() + kSizeOffset, &size, sizeof size);
    std::memcpy(out_.data() + kSizeOffset + 8, &checksum, sizeof checksum);
    return std::move(out_);
}

}  // namespace tpa::io
