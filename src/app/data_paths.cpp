// Asset lookup order: $TPATLAS_DATA_DIR, <exe>/../share/tpatlas, the source tree's assets/.
#include "app/data_paths.h"

#include "io/load_error.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace tpa::app {

std::filesystem::path assetsDir() {
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("TPATLAS_DATA_DIR")) candidates.emplace_back(env);
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "tpatlas");
    candidates.emplace_back(TPA_SOURCE_ASSETS_DIR);
    for (const auto& c : candidates)
        if (std::filesystem::is_directory(c / "knowledge", ec)) return c;
    std::string tried;
    for (const auto& c : candidates) tried += (tried.empty() ? "" : ", ") + c.string();
    throw io::LoadError("cannot find the data directory (tried " + tried + "); set TPATLAS_DATA_DIR");
}

}  // namespace tpa::app
