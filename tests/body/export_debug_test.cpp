// Debug aid: with TPA_BODY_EXPORT=<dir> set, writes the embedded body as OBJ files per layer.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>

#include "body/embedded_body.h"

namespace {

// Writes the parts whose layer is in [first, last] (so deeper layers can be seen together).
void writeObj(const std::string& path, const tpa::core::Scene& scene, int first, int last) {
    std::ofstream out(path + ".obj");
    std::ofstream mtl(path + ".mtl");
    out << "mtllib " << path.substr(path.rfind('/') + 1) << ".mtl\n";
    std::size_t base = 1;
    for (const auto& part : scene.parts) {
        const int layer = static_cast<int>(part.layer);
        if (layer < first || layer > last) continue;
        // A distinct colour per muscle (same on both sides) so neighbours can be told apart.
        const std::size_t h =
            std::hash<std::string>{}(part.muscleId.empty() ? part.id : part.muscleId);
        const bool muscle = part.kind == tpa::core::PartKind::Muscle;
        const float r = muscle ? 0.55f + 0.4f * float(h % 7) / 6.0f : 0.9f;
        const float g = muscle ? 0.15f + 0.35f * float((h / 7) % 5) / 4.0f : 0.88f;
        const float b = muscle ? 0.1f + 0.3f * float((h / 35) % 4) / 3.0f : 0.8f;
        mtl << "newmtl m_" << part.id << "\nKd " << r << ' ' << g << ' ' << b
            << "\nKa 0.2 0.2 0.2\n";
        out << "o " << part.id << "\nusemtl m_" << part.id << "\n";
        for (const auto& p : part.mesh.positions)
            out << "v " << p.x << ' ' << p.y << ' ' << p.z << "\n";
        for (const auto& n : part.mesh.normals)
            out << "vn " << n.x << ' ' << n.y << ' ' << n.z << "\n";
        const bool hasNormals = part.mesh.normals.size() == part.mesh.positions.size();
        for (std::size_t t = 0; t + 2 < part.mesh.indices.size(); t += 3) {
            out << 'f';
            for (int c = 0; c < 3; ++c) {
                const std::size_t i = part.mesh.indices[t + c] + base;
                out << ' ' << i;
                if (hasNormals) out << "//" << i;
            }
            out << "\n";
        }
        base += part.mesh.positions.size();
    }
}

}  // namespace

TEST_CASE("export the embedded body as OBJ when TPA_BODY_EXPORT is set") {
    const char* dir = std::getenv("TPA_BODY_EXPORT");
    if (!dir) return;
    const auto start = std::chrono::steady_clock::now();
    const auto scene = tpa::body::buildEmbeddedBody();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("built in %.0f ms, %zu triangles\n", ms, scene.triangleCount());
    for (const auto& part : scene.parts)
        if (std::getenv("TPA_BODY_VERBOSE"))
            std::printf("%s: %zu\n", part.id.c_str(), part.mesh.triangleCount());
    const char* names[] = {"skin", "superficial", "intermediate", "deep", "bone"};
    for (int l = 0; l < tpa::core::kLayerCount; ++l)
        writeObj(std::string(dir) + "/" + names[l], scene, l, l);
    writeObj(std::string(dir) + "/ecorche", scene, 1, 4);
    writeObj(std::string(dir) + "/deeper", scene, 2, 4);
}
