// Fuzzes the OBJ reader and what the atlas loader does next with a parsed mesh: normals,
// triangle order and the simplified LOD.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/atlas_lod.h"
#include "io/load_error.h"
#include "io/obj_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        auto mesh = tpa::io::parseObj(
            std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.obj");
        tpa::io::optimizeTriangleOrder(mesh);
        mesh.computeNormals();
        (void)mesh.bounds();
        (void)tpa::io::simplifiedLod(mesh, 0.25f);
    } catch (const tpa::io::LoadError&) {
        // The expected way to refuse bad input.
    }
    return 0;
}
