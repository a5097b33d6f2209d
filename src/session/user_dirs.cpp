// XDG base directories, as the freedesktop specification defines them.
#include "session/user_dirs.h"

#include <cstdlib>

namespace tpa::session {
namespace {

std::filesystem::path xdgDir(const char* variable, const char* fallbackUnderHome) {
    // The specification says relative values are invalid and must be ignored.
    if (const char* v = std::getenv(variable); v && *v == '/') return std::filesystem::path(v) / "tpatlas";
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = home && *home ? std::filesystem::path(home) : std::filesystem::temp_directory_path();
    return base / fallbackUnderHome / "tpatlas";
}

}  // namespace

std::filesystem::path userDataDir() { return xdgDir("XDG_DATA_HOME", ".local/share"); }
std::filesystem::path userConfigDir() { return xdgDir("XDG_CONFIG_HOME", ".config"); }

}  // namespace tpa::session
