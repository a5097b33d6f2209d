// Where the user's own files live: XDG data dir (recovery, recent list) and config dir
// (settings, window layout), each with a tpatlas/ folder.
#pragma once

#include <filesystem>

namespace tpa::session {

// $XDG_DATA_HOME/tpatlas, else ~/.local/share/tpatlas (not created here).
std::filesystem::path userDataDir();
// $XDG_CONFIG_HOME/tpatlas, else ~/.config/tpatlas (not created here).
std::filesystem::path userConfigDir();

}  // namespace tpa::session
