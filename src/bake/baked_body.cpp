// Reads the blob that the build assembled into the executable (baked_body_data.S).
#include "bake/baked_body.h"

#include "io/scene_blob.h"

extern "C" {
extern const char tpa_baked_body_begin[];
extern const char tpa_baked_body_end[];
}

namespace tpa::bake {

std::span<const char> bakedBodyBytes() {
    return {tpa_baked_body_begin, std::size_t(tpa_baked_body_end - tpa_baked_body_begin)};
}

std::optional<core::Scene> loadBakedBody(std::string& problem) { return loadBakedBody(bakedBodyBytes(), problem); }

std::optional<core::Scene> loadBakedBody(std::span<const char> bytes, std::string& problem) {
    auto scene = io::decodeScene(bytes, problem);
    if (!scene) problem = "the baked embedded body is unusable: " + problem;
    return scene;
}

}  // namespace tpa::bake
