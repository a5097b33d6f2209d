// Writes files the user owns atomically: a temporary file in the same folder, flushed,
// then renamed over the target, so a crash or a full disk never leaves a half-written file.
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

namespace tpa::io {

// Throws std::runtime_error naming the path and the reason on failure; the old file survives.
void writeFileAtomically(const std::filesystem::path& path, std::span<const unsigned char> bytes);
void writeFileAtomically(const std::filesystem::path& path, std::string_view text);

}  // namespace tpa::io
