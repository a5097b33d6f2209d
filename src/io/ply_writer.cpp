// Little-endian binary PLY: a header, float x y z nx ny nz per vertex, uchar-counted faces.
#include "io/ply_writer.h"

#include "io/atomic_file.h"

#include <cstring>
#include <string>
#include <vector>

namespace tpa::io {
namespace {

template <typename T>
void put(std::vector<unsigned char>& out, const T& value) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(&value);
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

}  // namespace

void writePly(const std::filesystem::path& path, const core::Scene& scene) {
    std::size_t vertices = 0, triangles = 0;
    for (const auto& p : scene.parts) {
        vertices += p.mesh.positions.size();
        triangles += p.mesh.triangleCount();
    }
    const std::string header = "ply\nformat binary_little_endian 1.0\ncomment written by tpatlas bench\nelement vertex " +
                               std::to_string(vertices) +
                               "\nproperty float x\nproperty float y\nproperty float z\nproperty float nx\n"
                               "property float ny\nproperty float nz\nelement face " +
                               std::to_string(triangles) + "\nproperty list uchar uint vertex_indices\nend_header\n";
    std::vector<unsigned char> out(header.begin(), header.end());
    out.reserve(out.size() + vertices * 24 + triangles * 13);
    for (const auto& p : scene.parts)
        for (std::size_t i = 0; i < p.mesh.positions.size(); ++i) {
            put(out, p.mesh.positions[i]);
            put(out, i < p.mesh.normals.size() ? p.mesh.normals[i] : glm::vec3(0.0f, 0.0f, 1.0f));
        }
    std::uint32_t base = 0;
    for (const auto& p : scene.parts) {
        for (std::size_t t = 0; t + 2 < p.mesh.indices.size(); t += 3) {
            put(out, std::uint8_t(3));
            for (int k = 0; k < 3; ++k) put(out, std::uint32_t(base + p.mesh.indices[t + k]));
        }
        base += std::uint32_t(p.mesh.positions.size());
    }
    writeFileAtomically(path, std::span<const unsigned char>(out));
}

}  // namespace tpa::io
