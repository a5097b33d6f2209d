// The .tpsession file format (docs/session-format.md): JSON, "format": "tpatlas-session",
// "version": 1. Parsing is strict and never half-loads: a session or an exact message.
#pragma once

#include "session/client_session.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tpa::session {

inline constexpr const char* kSessionFormat = "tpatlas-session";
inline constexpr int kSessionVersion = 1;
inline constexpr const char* kSessionExtension = ".tpsession";

struct SessionParse {
    std::optional<ClientSession> session;
    std::string error;  // "<file>: <entry>: field '<field>': expected <what>, got <value>"
    explicit operator bool() const { return session.has_value(); }
};

// No file I/O: `fileName` only prefixes messages (fuzzers call this directly).
SessionParse parseSession(std::string_view text, std::string fileName);
std::string serializeSession(const ClientSession& session);

// Throws io::LoadError with parseSession()'s message, or naming the file it cannot read.
ClientSession readSessionFile(const std::filesystem::path& path);
// Atomic (temp file, fsync, rename): a failure leaves the old file whole. Throws std::runtime_error.
void writeSessionFile(const std::filesystem::path& path, const ClientSession& session);

}  // namespace tpa::session
