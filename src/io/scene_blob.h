// A whole prepared scene in one framed blob: the embedded body is baked into the program in
// this form at build time (src/bake/) and read back at start-up instead of being generated.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/scene.h"

namespace tpa::io {

// Bumped whenever the payload or core::Part's fields (see BlobWriter::part) change.
inline constexpr std::uint32_t kSceneBlobVersion = 1;

// Source, attribution, every part (BlobWriter::part) and every landmark, bit for bit.
std::vector<char> encodeScene(const core::Scene& scene);

// The scene `encodeScene` wrote, or nullopt with `problem` saying why the bytes were refused
// (not a scene blob, another version, truncated, checksum mismatch, malformed contents).
std::optional<core::Scene> decodeScene(std::span<const char> bytes, std::string& problem);

}  // namespace tpa::io
