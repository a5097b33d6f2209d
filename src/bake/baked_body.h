// The embedded body as baked into the program at build time (see docs/embedded-body.md).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/scene.h"

namespace tpa::bake {

// The baked scene blob (io/scene_blob.h) inside this executable.
std::span<const char> bakedBodyBytes();

// The embedded body exactly as body::buildEmbeddedBody() + io::prepareForDrawing() give it, in
// milliseconds instead of a second of CPU. nullopt with `problem` saying why when the baked
// blob is unusable (a build fault): the caller then generates the body.
std::optional<core::Scene> loadBakedBody(std::string& problem);
// The same from given bytes (tests hand it damaged copies).
std::optional<core::Scene> loadBakedBody(std::span<const char> bytes, std::string& problem);

}  // namespace tpa::bake
