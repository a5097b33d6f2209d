// Where the program finds its shipped data (the knowledge base, atlas mapping): next to an
// installed binary, in the source tree for a build, or where TPATLAS_DATA_DIR points.
#pragma once

#include <filesystem>

namespace tpa::app {

// The assets directory; throws io::LoadError listing the places tried when none exists.
std::filesystem::path assetsDir();
inline std::filesystem::path knowledgeDir() { return assetsDir() / "knowledge"; }

}  // namespace tpa::app
