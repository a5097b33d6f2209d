// Helpers for the atlas tests: tiny self-made fixtures in a temp folder, and the real atlas from
// TPATLAS_ATLAS_DIR (loaded once per test run, cached under the build tree, never copied).
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "io/atlas_loader.h"
#include "io/atlas_mapping.h"
#include "io/knowledge_loader.h"

namespace tpa::test {

namespace fs = std::filesystem;

// A fresh empty folder under the temp dir, named for the test.
inline fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "tpatlas-atlas-tests" / name;
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir);
    return dir;
}

inline void writeFile(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// A closed tetrahedron of size `s` mm with its first corner at `at`, as OBJ text.
inline std::string tetraObj(float x, float y, float z, float s = 10.0f) {
    std::ostringstream o;
    o << "# test element\n";
    o << "v " << x << ' ' << y << ' ' << z << "\n";
    o << "v " << x + s << ' ' << y << ' ' << z << "\n";
    o << "v " << x << ' ' << y + s << ' ' << z << "\n";
    o << "v " << x << ' ' << y << ' ' << z + s << "\n";
    o << "f 1 3 2\nf 1 2 4\nf 2 3 4\nf 3 1 4\n";
    return o.str();
}

// The prepared layout in miniature: a right and a left muscle part and the skin.
inline fs::path writePreparedFixture(const std::string& name) {
    const fs::path dir = freshDir(name);
    writeFile(dir / "FJ1521.obj", tetraObj(-80, 20, 1450));
    writeFile(dir / "FJ1521M.obj", tetraObj(70, 20, 1450));
    writeFile(dir / "FJ2810.obj", tetraObj(-5, -5, 0, 1700));
    writeFile(dir / "parts.tsv",
              "file\tfj_id\tfma_id\tname\tkind\tside\n"
              "FJ1521.obj\tFJ1521\tFMA33586\tDescending part of right trapezius\tmuscle\tright\n"
              "FJ1521M.obj\tFJ1521M\tFMA33587\tDescending part of left trapezius\tmuscle\tleft\n"
              "FJ2810.obj\tFJ2810\tFMA7163\tSkin\tskin\tmidline\n");
    return dir;
}

inline std::optional<fs::path> atlasDir() {
    const char* dir = std::getenv("TPATLAS_ATLAS_DIR");
    if (!dir || !*dir) return std::nullopt;
    return fs::path(dir);
}

inline const anatomy::KnowledgeBase& shippedKnowledge() {
    static const io::KnowledgeLoadResult kb =
        io::loadKnowledgeBase(fs::path(TPA_SOURCE_DIR) / "assets/knowledge");
    return kb.knowledge;
}

inline fs::path shippedMapping() {
    return io::atlasMappingFile(fs::path(TPA_SOURCE_DIR) / "assets");
}

// The real atlas with the shipped mapping, loaded once (cache in the build tree).
inline const io::AtlasLoadResult& realAtlas() {
    static const io::AtlasLoadResult result = [] {
        io::AtlasLoadOptions options;
        options.mappingFile = shippedMapping();
        options.knowledge = &shippedKnowledge();
        options.cacheDir = fs::path(TPA_BINARY_DIR) / "atlas-test-cache";
        return io::loadAtlasFull(*atlasDir(), options);
    }();
    return result;
}

}  // namespace tpa::test

// Skips (with a message) a test case that needs the real atlas when TPATLAS_ATLAS_DIR is unset.
#define TPA_REQUIRE_ATLAS()                                                             \
    if (!tpa::test::atlasDir()) {                                                       \
        MESSAGE("TPATLAS_ATLAS_DIR is not set: skipped (needs the BodyParts3D atlas)"); \
        return;                                                                         \
    }
