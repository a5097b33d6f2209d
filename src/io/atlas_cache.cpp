// Cache file: the shared blob frame ("TPAATLS1", version, key, size, checksum; blob_format.h),
// then per part its atlas element id, FMA id and kind and the whole core::Part (BlobWriter::part:
// strings, tags, meshes and LOD as raw little-endian arrays). Reads are bounds-checked.
#include "io/atlas_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>

#include "io/atomic_file.h"
#include "io/blob_reader.h"
#include "io/blob_writer.h"
#include "io/load_error.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

constexpr BlobFormat kFormat{"TPAATLS1", kAtlasCacheVersion, "an atlas cache file",
                             "written for another version or other source files"};

std::vector<char> readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw LoadError(path.string() + ": cannot open file");
    std::vector<char> bytes(std::size_t(in.tellg()));
    in.seekg(0);
    if (!bytes.empty() && !in.read(bytes.data(), std::streamsize(bytes.size())))
        throw LoadError(path.string() + ": cannot read file");
    return bytes;
}

// Read-only mapping of a whole file: no copy, and page-aligned, so arrays can be read in place.
class MappedFile {
public:
    explicit MappedFile(const fs::path& path) {
        const int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            // Populated up front: one call maps every page instead of a fault per page as the
            // checksum and the copies first touch them (page faults are dear in VMs).
            void* p = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (p != MAP_FAILED) {
                data_ = static_cast<const char*>(p);
                size_ = std::size_t(st.st_size);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (data_) ::munmap(const_cast<char*>(data_), size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    const char* data() const { return data_; }
    std::size_t size() const { return size_; }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

std::string hex(std::uint64_t v) {
    static const char* kDigits = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[std::size_t(i)] = kDigits[v & 15];
    return s;
}

}  // namespace

std::uint64_t atlasContentKey(const AtlasLayout& layout, float lodRatio, unsigned threads) {
    std::vector<fs::path> files = layout.listFiles;
    for (const auto& e : layout.elements) files.push_back(e.file);
    std::vector<std::uint64_t> hashes(files.size());
    std::vector<std::string> errors(files.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; (i = next++) < files.size();) {
            try {
                const auto bytes = readAll(files[i]);
                hashes[i] = hashBytes(bytes.data(), bytes.size());
            } catch (const LoadError& e) {
                errors[i] = e.what();
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::max(1u, threads); ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (const auto& e : errors)
        if (!e.empty()) throw LoadError(e);
    std::uint64_t key = hashBytes(&kAtlasCacheVersion, sizeof kAtlasCacheVersion);
    key = hashBytes(&lodRatio, sizeof lodRatio, key);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string name = files[i].filename().string();
        key = hashBytes(name.data(), name.size(), key);
        key = hashBytes(&hashes[i], sizeof hashes[i], key);
    }
    return key;
}

std::uint64_t atlasStatKey(const AtlasLayout& layout, float lodRatio) {
    std::uint64_t key = hashBytes(&kAtlasCacheVersion, sizeof kAtlasCacheVersion, 0x5354415453ULL);
    key = hashBytes(&lodRatio, sizeof lodRatio, key);
    for (const auto& list : layout.listFiles) {
        const auto bytes = readAll(list);
        key = hashBytes(bytes.data(), bytes.size(), key);
    }
    std::error_code ec;
    for (const auto& e : layout.elements) {
        const std::string name = e.file.filename().string();
        const std::uint64_t size = fs::file_size(e.file, ec);
        const auto time = std::int64_t(fs::last_write_time(e.file, ec).time_since_epoch().count());
        key = hashBytes(name.data(), name.size(), key);
        key = hashBytes(&size, sizeof size, key);
        key = hashBytes(&time, sizeof time, key);
    }
    return key;
}

std::optional<std::uint64_t> readAtlasKeyNote(const fs::path& cacheDir, std::uint64_t statKey) {
    std::ifstream in(cacheDir / ("atlas-" + hex(statKey) + ".key"));
    std::string text;
    if (!(in >> text) || text.size() != 16) return std::nullopt;
    std::uint64_t key = 0;
    for (char c : text) {
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return std::nullopt;
        key = key << 4 | std::uint64_t(d);
    }
    return key;
}

void writeAtlasKeyNote(const fs::path& cacheDir, std::uint64_t statKey, std::uint64_t contentKey) {
    try {
        writeFileAtomically(cacheDir / ("atlas-" + hex(statKey) + ".key"), hex(contentKey) + "\n");
    } catch (const std::exception&) {
        // Only a hint: without it the next open hashes the contents again.
    }
}

fs::path defaultAtlasCacheDir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return fs::path(xdg) / "tpatlas";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "tpatlas";
    return fs::temp_directory_path() / "tpatlas";
}

fs::path atlasCacheFile(const fs::path& cacheDir, std::uint64_t key) {
    return cacheDir / ("atlas-" + hex(key) + ".bin");
}

void writeAtlasCache(const fs::path& file, std::uint64_t key, const AtlasGeometry& g) {
    BlobWriter out(kFormat, key);
    out.pod(std::uint64_t(g.parts.size()));
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
        out.str(g.info[i].elementId);
        out.str(g.info[i].fmaId);
        out.pod(std::uint8_t(g.info[i].kind));
        out.part(g.parts[i]);
    }
    const std::vector<char> bytes = out.finish();
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    writeFileAtomically(file, std::span<const unsigned char>(
                                  reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

std::optional<AtlasGeometry> readAtlasCache(const fs::path& file, std::uint64_t key,
                                            std::string& problem) {
    problem.clear();
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
    const MappedFile mapped(file);
    const std::string where = file.string() + ": ";
    if (!mapped.data()) {
        problem = where + "cannot read file";
        return std::nullopt;
    }
    auto r = BlobReader::open({mapped.data(), mapped.size()}, kFormat, key, problem);
    if (!r) {
        problem = where + problem;
        return std::nullopt;
    }
    try {
        AtlasGeometry g;
        const auto count = r->count(3 * 4);
        g.parts.resize(count);
        g.info.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            g.info[i].elementId = r->str();
            g.info[i].fmaId = r->str();
            const auto atlasKind = r->pod<std::uint8_t>();
            if (atlasKind > std::uint8_t(AtlasKind::Other)) throw BlobMalformed{"unknown atlas kind"};
            g.info[i].kind = AtlasKind(atlasKind);
            g.parts[i] = r->part();
        }
        if (!r->done()) throw BlobMalformed{"bytes after the last part"};
        return g;
    } catch (const BlobMalformed& e) {
        problem = where + "malformed contents (" + e.why + ")";
        return std::nullopt;
    }
}

}  // namespace tpa::io
