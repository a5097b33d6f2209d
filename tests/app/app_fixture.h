// Helpers for tests that run the real tpatlas program: temp files, a two-block model,
// running commands and reading their output.
#pragma once

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace tpa::test {

inline std::filesystem::path tpatlasBinary() { return std::filesystem::path(TPA_BINARY_DIR) / "src/app/tpatlas"; }

inline std::filesystem::path scratchDir(const std::string& name) {
    auto dir = std::filesystem::path(TPA_BINARY_DIR) / "test-output" / name;
    std::filesystem::create_directories(dir);
    return dir;
}

// Two wide, flat blocks side by side: the subject's right block (-X) and left block (+X).
// ctest runs test cases in parallel and several share a scratch folder: the file is written
// beside its name and renamed over it, so a program reading it never sees it half-written.
inline std::filesystem::path writeTwoBlocksObj(const std::filesystem::path& dir) {
    const auto path = dir / "two_blocks.obj";
    const auto partial = dir / ("two_blocks.obj." + std::to_string(::getpid()));
    std::ofstream out(partial);
    auto block = [&](const char* name, float x0, float x1, int base) {
        out << "o " << name << "\n";
        for (int i = 0; i < 8; ++i)
            out << "v " << (i & 1 ? x1 : x0) << " " << (i & 2 ? 40 : -40) << " " << (i & 4 ? 300 : 0) << "\n";
        const int f[12][3] = {{0, 2, 3}, {0, 3, 1}, {4, 5, 7}, {4, 7, 6}, {0, 1, 5}, {0, 5, 4},
                              {2, 6, 7}, {2, 7, 3}, {0, 4, 6}, {0, 6, 2}, {1, 3, 7}, {1, 7, 5}};
        for (const auto& t : f) out << "f " << base + t[0] << " " << base + t[1] << " " << base + t[2] << "\n";
    };
    block("Right_block", -300, -20, 1);
    block("Left_block", 20, 300, 9);
    out.close();
    std::filesystem::rename(partial, path);
    return path;
}

struct CommandResult {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

inline CommandResult run(const std::string& command) {
    CommandResult r;
    // The program's user folders (settings, recovery, recent sessions) go to the build tree, not
    // the developer's home; a test that names its own folders sets them after this.
    static const bool folders = [] {
        const auto base = std::filesystem::path(TPA_BINARY_DIR) / "test-output" / "user-folders";
        ::setenv("XDG_CONFIG_HOME", (base / "config").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (base / "data").c_str(), 1);
        return true;
    }();
    (void)folders;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buf;
    while (std::fgets(buf.data(), int(buf.size()), pipe)) r.output += buf.data();
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline std::string readText(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline bool haveXvfb() { return std::system("command -v xvfb-run > /dev/null 2>&1") == 0; }

}  // namespace tpa::test
