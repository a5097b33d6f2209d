// `tpatlas bench` runs briefly and reports every measure; timings are printed, never asserted.
#include "app_fixture.h"
#include "app/bench_stats.h"
#include "platform/huge_pages.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <vector>

using namespace tpa;

TEST_CASE("bench --embedded --json reports every measure") {
    const auto dir = test::scratchDir("bench");
    const auto ply = dir / "embedded.ply";
    const auto r = test::run(test::tpatlasBinary().string() + " bench --embedded --frames 3 --picks 20 --json --export-ply " +
                             ply.string());
    REQUIRE_MESSAGE(r.exitCode == 0, r.output);
    // Mesa may print notes on stderr; the JSON document is the braces around them.
    const auto begin = r.output.find('{'), end = r.output.rfind('}');
    REQUIRE(begin != std::string::npos);
    const auto doc = nlohmann::json::parse(r.output.substr(begin, end - begin + 1));
    for (const char* key : {"source", "renderer", "huge_pages", "size", "import_ms", "cache_load_ms", "first_frame_ms",
                            "first_frame_steps_ms", "after_first_frame_ms", "orbit_ms", "orbit_fps_median",
                            "orbit_full_detail_ms", "pick_ms",
                            "zone_update_ms", "query_pain_ms", "parts", "triangles", "lod_triangles", "draw_calls",
                            "resting_frame", "moving_frame", "geometry_mb", "peak_memory_mb"})
        CHECK_MESSAGE(doc.contains(key), key);
    CHECK(doc["source"] == "embedded body");
    // Drawing commands restart on huge pages where that helps (platform/huge_pages.h).
    const auto pages = platform::currentHugePageContext();
    CHECK(doc["huge_pages"].get<bool>() == (platform::hugePagesActive(pages) || platform::restartHelps(pages)));
    CHECK(doc["size"] == nlohmann::json::array({1280, 720}));
    CHECK(doc["orbit_ms"]["count"] == 3);
    CHECK(doc["pick_ms"]["count"] == 20);
    CHECK(doc["cache_load_ms"].is_null());  // the embedded body has no cache
    CHECK(doc["triangles"].get<int>() > 0);
    CHECK(doc["lod_triangles"].get<int>() <= doc["triangles"].get<int>());
    CHECK(doc["draw_calls"].get<int>() > 0);
    CHECK(doc["peak_memory_mb"].get<double>() > 0.0);
    // The C heap at the end: what live allocations use, within what the allocator holds.
    REQUIRE(doc.contains("heap_end_mb"));
    CHECK(doc["heap_end_mb"]["in_use"].get<double>() > 1.0);
    CHECK(doc["heap_end_mb"]["in_use"].get<double>() <= doc["heap_end_mb"]["held"].get<double>());
    MESSAGE("embedded bench: first frame ", doc["first_frame_ms"], " ms, orbit median ", doc["orbit_ms"]["median"],
            " ms, pick median ", doc["pick_ms"]["median"], " ms");
    // The exported mesh holds the same triangles.
    const auto header = test::readText(ply).substr(0, 400);
    CHECK(header.rfind("ply\nformat binary_little_endian 1.0\n", 0) == 0);
    CHECK(header.find("element face " + std::to_string(doc["triangles"].get<int>()) + "\n") != std::string::npos);
}

TEST_CASE("bench rejects a bad size with a clear message") {
    const auto r = test::run(test::tpatlasBinary().string() + " bench --embedded --size 5x5");
    CHECK(r.exitCode != 0);
    CHECK(r.output.find("between 16 and 8192") != std::string::npos);
}

TEST_CASE("the heap report counts a live allocation as in use and held") {
    const auto before = tpa::app::heapUse();
    REQUIRE(before.heldMb >= before.inUseMb);
    {
        std::vector<char> block(16u << 20, 1);  // 16 MiB, written so it is really there
        const auto during = tpa::app::heapUse();
        CHECK(during.inUseMb - before.inUseMb >= 15.9);
        CHECK(during.heldMb >= during.inUseMb);
        CHECK(block.back() == 1);
    }
    CHECK(tpa::app::heapUse().inUseMb < before.inUseMb + 1.0);
}
