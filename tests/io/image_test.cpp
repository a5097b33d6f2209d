// PNG round trip and atomic writes: an interrupted write never damages the old file.
#include "io/atomic_file.h"
#include "io/image.h"
#include "io/load_error.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <csignal>
#include <sys/resource.h>

namespace fs = std::filesystem;

TEST_CASE("PNG encode/decode round trip is exact") {
    tpa::io::Image img{3, 2, {}};
    for (int i = 0; i < 3 * 2 * 4; ++i) img.rgba.push_back(std::uint8_t(i * 10));
    const fs::path p = fs::temp_directory_path() / "tpatlas-roundtrip.png";
    tpa::io::writePng(p, img);
    auto back = tpa::io::readPng(p);
    CHECK(back.width == 3);
    CHECK(back.height == 2);
    CHECK(back.rgba == img.rgba);
    CHECK(back.at(2, 1) == glm::u8vec4(200, 210, 220, 230));
}

TEST_CASE("atomic write replaces the file and leaves no temporary behind") {
    const fs::path dir = fs::temp_directory_path() / "tpatlas-atomic";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path p = dir / "notes.txt";
    tpa::io::writeFileAtomically(p, std::string_view("first"));
    tpa::io::writeFileAtomically(p, std::string_view("second"));
    std::stringstream ss;
    ss << std::ifstream(p).rdbuf();
    CHECK(ss.str() == "second");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("a write that fails midway (disk full) keeps the old file intact") {
    const fs::path dir = fs::temp_directory_path() / "tpatlas-atomic-fail";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path p = dir / "session.json";
    tpa::io::writeFileAtomically(p, std::string_view("good"));
    // A file-size limit makes write() fail with EFBIG after a few bytes, as a full disk would.
    struct rlimit old {};
    ::getrlimit(RLIMIT_FSIZE, &old);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = old;
    tiny.rlim_cur = 8;
    ::setrlimit(RLIMIT_FSIZE, &tiny);
    const std::string big(4096, 'x');
    CHECK_THROWS(tpa::io::writeFileAtomically(p, std::string_view(big)));
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    std::stringstream ss;
    ss << std::ifstream(p).rdbuf();
    CHECK(ss.str() == "good");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // temp removed
}

TEST_CASE("reading a missing PNG names the file") {
    CHECK_THROWS_AS(tpa::io::readPng("/nonexistent/x.png"), tpa::io::LoadError);
}
