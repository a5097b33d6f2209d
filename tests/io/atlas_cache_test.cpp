// Atlas cache: round trip gives identical geometry, a changed source file or a corrupt cache
// rebuilds, LODs are smaller (coarser beneath the superficial layer), progress runs to 1; on
// the real atlas a cached open is fast.
#include <chrono>

#include "atlas_test_util.h"
#include "core/primitives.h"
#include "io/atlas_lod.h"

using namespace tpa;
namespace fs = std::filesystem;

namespace {

io::AtlasLoadOptions cachedIn(const fs::path& cacheDir) {
    io::AtlasLoadOptions options;
    options.cacheDir = cacheDir;
    options.mappingFile = test::shippedMapping();
    options.registerLandmarks = false;
    return options;
}

bool sameMesh(const core::Mesh& a, const core::Mesh& b) {
    return a.positions == b.positions && a.normals == b.normals && a.indices == b.indices;
}

void checkSame(const io::AtlasLoadResult& a, const io::AtlasLoadResult& b) {
    REQUIRE(a.scene.parts.size() == b.scene.parts.size());
    for (std::size_t i = 0; i < a.scene.parts.size(); ++i) {
        const auto &p = a.scene.parts[i], &q = b.scene.parts[i];
        CHECK(p.id == q.id);
        CHECK(p.name == q.name);
        CHECK(p.kind == q.kind);
        CHECK(p.side == q.side);
        CHECK(p.layer == q.layer);
        CHECK(p.muscleId == q.muscleId);
        CHECK(sameMesh(p.mesh, q.mesh));
        CHECK(sameMesh(p.lod, q.lod));
        CHECK(a.info[i].fmaId == b.info[i].fmaId);
    }
}

}  // namespace

TEST_CASE("the atlas cache round-trips and is invalidated by a changed source file") {
    const auto dir = test::writePreparedFixture("cache-src");
    const auto cacheDir = test::freshDir("cache-dir");
    float lastFraction = -1.0f;
    auto options = cachedIn(cacheDir);
    options.progress = [&](float f, std::string_view) {
        CHECK(f >= lastFraction);
        lastFraction = f;
    };
    const auto first = io::loadAtlasFull(dir, options);
    CHECK_FALSE(first.fromCache);
    CHECK(lastFraction == 1.0f);
    CHECK(fs::exists(first.cacheFile));
    CHECK(first.cacheFile.parent_path() == cacheDir);
    CHECK(first.scene.parts[0].muscleId == "upper-trapezius");

    const auto second = io::loadAtlasFull(dir, cachedIn(cacheDir));
    CHECK(second.fromCache);
    CHECK(second.cacheFile == first.cacheFile);
    CHECK(second.warnings.empty());
    checkSame(first, second);

    // A new mtime alone misses the fast stat key, but the content key still finds the cache.
    fs::last_write_time(dir / "FJ2810.obj",
                        fs::last_write_time(dir / "FJ2810.obj") + std::chrono::hours(1));
    const auto touched = io::loadAtlasFull(dir, cachedIn(cacheDir));
    CHECK(touched.fromCache);
    CHECK(touched.cacheFile == first.cacheFile);

    // Same size, different bytes: the content key changes.
    auto text = test::tetraObj(-80, 20, 1450);
    text[text.find("1450")] = '2';
    test::writeFile(dir / "FJ1521.obj", text);
    const auto third = io::loadAtlasFull(dir, cachedIn(cacheDir));
    CHECK_FALSE(third.fromCache);
    CHECK(third.cacheFile != first.cacheFile);
    CHECK(third.scene.parts[0].mesh.positions[0].z == doctest::Approx(2450.0f));
}

TEST_CASE("a truncated or corrupt atlas cache is ignored with a warning and rebuilt") {
    const auto dir = test::writePreparedFixture("cache-corrupt");
    const auto cacheDir = test::freshDir("cache-corrupt-dir");
    const auto first = io::loadAtlasFull(dir, cachedIn(cacheDir));
    const auto size = fs::file_size(first.cacheFile);

    fs::resize_file(first.cacheFile, size / 2);
    const auto truncated = io::loadAtlasFull(dir, cachedIn(cacheDir));
    CHECK_FALSE(truncated.fromCache);
    REQUIRE(truncated.warnings.size() == 1);
    const auto payload = std::to_string(size - io::kBlobHeaderSize);
    CHECK(truncated.warnings[0] == "ignored the atlas cache (" + first.cacheFile.string() +
                                       ": truncated or corrupt (" +
                                       std::to_string(size / 2 - io::kBlobHeaderSize) +
                                       " payload bytes where the header says " + payload +
                                       ")); rebuilding it");
    checkSame(first, truncated);
    CHECK(fs::file_size(first.cacheFile) == size);  // rewritten whole

    {
        std::fstream f(first.cacheFile, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(std::streamoff(size - 5));
        f.put('\x7f');
    }
    CHECK_FALSE(io::loadAtlasFull(dir, cachedIn(cacheDir)).fromCache);
    test::writeFile(first.cacheFile, "not a cache");
    const auto foreign = io::loadAtlasFull(dir, cachedIn(cacheDir));
    CHECK(foreign.warnings.at(0).find(": not an atlas cache file") != std::string::npos);
    CHECK(io::loadAtlasFull(dir, cachedIn(cacheDir)).fromCache);
}

TEST_CASE("the cache lives in XDG_CACHE_HOME/tpatlas, else ~/.cache/tpatlas") {
    const char* old = std::getenv("XDG_CACHE_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_CACHE_HOME", "/tmp/xdg-test", 1);
    CHECK(io::defaultAtlasCacheDir() == fs::path("/tmp/xdg-test/tpatlas"));
    ::unsetenv("XDG_CACHE_HOME");
    if (const char* home = std::getenv("HOME"))
        CHECK(io::defaultAtlasCacheDir() == fs::path(home) / ".cache/tpatlas");
    if (old) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    CHECK(io::atlasCacheFile("/c", 0x1234).filename() == "atlas-0000000000001234.bin");
}

TEST_CASE("a level of detail keeps about a quarter of a smooth mesh's triangles") {
    const auto sphere = core::makeSphere({0, 0, 0}, 50.0f, 64, 32);
    const auto lod = io::simplifiedLod(sphere, 0.25f);
    CHECK(lod.triangleCount() < sphere.triangleCount() / 2);
    CHECK(lod.triangleCount() > sphere.triangleCount() / 10);
    CHECK(lod.normals.size() == lod.positions.size());
    CHECK(lod.bounds().max.x == doctest::Approx(50.0f).epsilon(0.05));
    const auto tiny = core::makeBox({0, 0, 0}, {1, 1, 1});
    CHECK(io::simplifiedLod(tiny, 0.25f).triangleCount() == tiny.triangleCount());
}

TEST_CASE("a level of detail keeps the mesh's own normals at the vertices it keeps") {
    // Recomputed from its coarser facets, a part whose normals follow a field (the pectoralis'
    // and trapezius' slips shading as one sheet) showed its seams again while the view moved.
    auto sphere = core::makeSphere({0, 0, 0}, 50.0f, 64, 32);
    for (std::size_t i = 0; i < sphere.normals.size(); ++i)
        sphere.normals[i] = glm::normalize(sphere.positions[i] + glm::vec3(0.0f, 0.0f, 80.0f));
    const auto lod = io::simplifiedLod(sphere, 0.25f);
    REQUIRE(lod.triangleCount() < sphere.triangleCount() / 2);
    REQUIRE(lod.normals.size() == lod.positions.size());
    int matched = 0;
    for (std::size_t i = 0; i < lod.positions.size(); ++i)
        for (std::size_t j = 0; j < sphere.positions.size(); ++j)
            if (sphere.positions[j] == lod.positions[i] && sphere.normals[j] == lod.normals[i]) {
                ++matched;
                break;
            }
    CHECK(matched == int(lod.positions.size()));
}

TEST_CASE("parts beneath the superficial layer get a coarser level of detail") {
    // They mostly show through gaps, and the LOD is drawn only while the view moves.
    core::Scene scene;
    for (const core::Layer layer :
         {core::Layer::Superficial, core::Layer::Skin, core::Layer::Deep, core::Layer::Bone}) {
        core::Part part;
        part.mesh = core::makeSphere({0, 0, 0}, 50.0f, 64, 32);
        part.layer = layer;
        scene.parts.push_back(std::move(part));
    }
    io::prepareForDrawing(scene);
    const std::size_t superficial = scene.parts[0].lod.triangleCount();
    CHECK(scene.parts[1].lod.triangleCount() == superficial);
    for (const std::size_t deeper :
         {scene.parts[2].lod.triangleCount(), scene.parts[3].lod.triangleCount()}) {
        CHECK(deeper < superficial * 6 / 10);
        CHECK(deeper > superficial * 3 / 10);
    }
    CHECK(io::movingLodScale(core::Layer::Intermediate) == 0.5f);
}

TEST_CASE("the content hash changes with any byte") {
    const std::string a = "v 1 2 3\nf 1 2 3\n", b = "v 1 2 4\nf 1 2 3\n";
    CHECK(io::hashBytes(a.data(), a.size()) != io::hashBytes(b.data(), b.size()));
    CHECK(io::hashBytes(a.data(), a.size()) == io::hashBytes(a.data(), a.size()));
    CHECK(io::hashBytes(a.data(), 3) != io::hashBytes(a.data(), 4));
}

TEST_CASE("a cached open of the whole atlas is fast and identical" * doctest::test_suite("atlas")) {
    TPA_REQUIRE_ATLAS();
    const auto& first = test::realAtlas();  // imports on a cold cache, else reads it
    io::AtlasLoadOptions options;
    options.mappingFile = test::shippedMapping();
    options.knowledge = &test::shippedKnowledge();
    options.cacheDir = fs::path(TPA_BINARY_DIR) / "atlas-test-cache";
    const auto start = std::chrono::steady_clock::now();
    const auto cached = io::loadAtlasFull(*test::atlasDir(), options);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(cached.fromCache);
    MESSAGE("cached atlas open: " << seconds << " s, " << cached.scene.triangleCount()
                                  << " triangles");
    // The target is < 1 s; the bound leaves room for a loaded shared CI machine.
    // Reported only (MESSAGE above); the benchmark owns speed targets.
    checkSame(first, cached);
    CHECK(cached.scene.landmarks.size() == first.scene.landmarks.size());
    std::size_t full = 0, reduced = 0;
    for (const auto& part : cached.scene.parts) {
        full += part.mesh.triangleCount();
        // An empty lod means the simplifier could not reduce the part: it is drawn in full.
        reduced += part.lod.indices.empty() ? part.mesh.triangleCount() : part.lod.triangleCount();
    }
    MESSAGE("LOD triangles: " << reduced << " of " << full);
    CHECK(reduced < full / 2);
}
