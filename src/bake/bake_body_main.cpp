// Build-time tool: generates the embedded body, prepares it for drawing and writes the scene
// blob that the program embeds. Usage: tpa_bake_body OUTPUT
#include <chrono>
#include <cstdio>
#include <exception>
#include <span>
#include <vector>

#include "body/embedded_body.h"
#include "io/atlas_lod.h"
#include "io/atomic_file.h"
#include "io/scene_blob.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: tpa_bake_body OUTPUT\n");
        return 2;
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        tpa::core::Scene body = tpa::body::buildEmbeddedBody();
        tpa::io::prepareForDrawing(body);
        const std::vector<char> blob = tpa::io::encodeScene(body);
        tpa::io::writeFileAtomically(
            argv[1], std::span<const unsigned char>(
                         reinterpret_cast<const unsigned char*>(blob.data()), blob.size()));
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("tpa_bake_body: %zu parts, %zu triangles, %.1f MB in %.1f s\n",
                    body.parts.size(), body.triangleCount(), double(blob.size()) / 1e6, seconds);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tpa_bake_body: %s: %s\n", argv[1], e.what());
        return 1;
    }
}
