// Cache file: "TPAATLS1", version, key, payload size, payload checksum, then the payload
// (parts with their strings, meshes and LODs as raw little-endian arrays). Every read is
// bounds-checked, so a truncated or corrupt file is reported, never trusted.
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
#include "io/load_error.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'T', 'P', 'A', 'A', 'T', 'L', 'S', '1'};
constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8 + 8;

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

class Writer {
public:
    template <typename T>
    void pod(const T& v) {
        raw(&v, sizeof(T));
    }
    void raw(const void* p, std::size_t n) {
        const auto* b = static_cast<const char*>(p);
        out_.insert(out_.end(), b, b + n);
    }
    void str(const std::string& s) {
        pod(std::uint32_t(s.size()));
        raw(s.data(), s.size());
    }
    // Arrays start 4-byte aligned (the file is mapped page-aligned), so the reader can copy
    // them as typed ranges in one pass.
    template <typename T>
    void array(const std::vector<T>& v) {
        pod(std::uint64_t(v.size()));
        out_.resize((out_.size() + kHeaderSize + 3) / 4 * 4 - kHeaderSize, '\0');
        raw(v.data(), v.size() * sizeof(T));
    }
    void mesh(const core::Mesh& m) {
        array(m.positions);
        array(m.normals);
        array(m.indices);
    }
    std::vector<char>& bytes() { return out_; }

private:
    std::vector<char> out_;
};

struct Truncated {};

class Reader {
public:
    // `base` is the (page-aligned) start of the file: padding is counted from it.
    Reader(const char* base, const char* p, std::size_t n) : base_(base), p_(p), end_(p + n) {}
    template <typename T>
    T pod() {
        T v;
        raw(&v, sizeof(T));
        return v;
    }
    void raw(void* dst, std::size_t n) {
        if (std::size_t(end_ - p_) < n) throw Truncated{};
        std::memcpy(dst, p_, n);
        p_ += n;
    }
    std::string str() {
        const auto n = pod<std::uint32_t>();
        std::string s(std::min<std::size_t>(n, std::size_t(end_ - p_)), '\0');
        if (s.size() != n) throw Truncated{};
        raw(s.data(), n);
        return s;
    }
    template <typename T>
    std::vector<T> array() {
        const auto n = pod<std::uint64_t>();
        const std::size_t pad = (4 - std::size_t(p_ - base_) % 4) % 4;
        if (std::size_t(end_ - p_) < pad) throw Truncated{};
        p_ += pad;
        if (n > std::size_t(end_ - p_) / sizeof(T)) throw Truncated{};
        const auto* first = reinterpret_cast<const T*>(p_);
        std::vector<T> v(first, first + n);
        p_ += n * sizeof(T);
        return v;
    }
    core::Mesh mesh() {
        core::Mesh m;
        m.positions = array<glm::vec3>();
        m.normals = array<glm::vec3>();
        m.indices = array<std::uint32_t>();
        if (!m.normals.empty() && m.normals.size() != m.positions.size()) throw Truncated{};
        for (auto i : m.indices)
            if (i >= m.positions.size()) throw Truncated{};
        return m;
    }
    bool done() const { return p_ == end_; }

private:
    const char* base_;
    const char* p_;
    const char* end_;
};

std::string hex(std::uint64_t v) {
    static const char* kDigits = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[std::size_t(i)] = kDigits[v & 15];
    return s;
}

}  // namespace

std::uint64_t hashBytes(const void* data, std::size_t size, std::uint64_t seed) {
    // Word-at-a-time multiply/rotate mixing (in the spirit of xxhash): ~5 GB/s, enough to
    // rehash the whole 53 MB atlas on every open. Not cryptographic; it detects changes.
    constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ULL, kP2 = 0xC2B2AE3D27D4EB4FULL;
    auto rotl = [](std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); };
    std::uint64_t h = seed ^ (kP1 * (size + 1));
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        h ^= rotl(w * kP2, 31) * kP1;
        h = rotl(h, 27) * kP1 + 0x85EBCA77C2B2AE63ULL;
    }
    std::uint64_t tail = 0;
    for (std::size_t k = 0; i < size; ++i, ++k) tail |= std::uint64_t(p[i]) << (8 * k);
    h ^= rotl(tail * kP2, 31) * kP1;
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    return h;
}

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
    Writer payload;
    payload.pod(std::uint64_t(g.parts.size()));
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
        const core::Part& p = g.parts[i];
        payload.str(p.id);
        payload.str(p.name);
        payload.str(g.info[i].elementId);
        payload.str(g.info[i].fmaId);
        payload.pod(std::uint8_t(g.info[i].kind));
        payload.pod(std::uint8_t(p.kind));
        payload.pod(std::uint8_t(p.side));
        payload.pod(std::uint8_t(p.layer));
        payload.pod(std::uint8_t(p.closedOutward));
        payload.mesh(p.mesh);
        payload.mesh(g.lods[i]);
    }
    Writer out;
    out.raw(kMagic, sizeof kMagic);
    out.pod(kAtlasCacheVersion);
    out.pod(key);
    out.pod(std::uint64_t(payload.bytes().size()));
    out.pod(hashBytes(payload.bytes().data(), payload.bytes().size()));
    out.raw(payload.bytes().data(), payload.bytes().size());
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    const auto& b = out.bytes();
    writeFileAtomically(file, std::span<const unsigned char>(
                                  reinterpret_cast<const unsigned char*>(b.data()), b.size()));
}

std::optional<AtlasGeometry> readAtlasCache(const fs::path& file, std::uint64_t key,
                                            std::string& problem) {
    problem.clear();
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
    const MappedFile bytes(file);
    if (!bytes.data()) {
        problem = file.string() + ": cannot read file";
        return std::nullopt;
    }
    const std::string where = file.string() + ": ";
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        problem = where + "not an atlas cache file";
        return std::nullopt;
    }
    Reader header(bytes.data(), bytes.data() + 8, kHeaderSize - 8);
    const auto version = header.pod<std::uint32_t>();
    const auto fileKey = header.pod<std::uint64_t>();
    const auto size = header.pod<std::uint64_t>();
    const auto checksum = header.pod<std::uint64_t>();
    if (version != kAtlasCacheVersion || fileKey != key) {
        problem = where + "written for another version or other source files";
        return std::nullopt;
    }
    if (size != bytes.size() - kHeaderSize ||
        hashBytes(bytes.data() + kHeaderSize, size) != checksum) {
        problem = where + "truncated or corrupt (checksum mismatch)";
        return std::nullopt;
    }
    try {
        Reader r(bytes.data(), bytes.data() + kHeaderSize, size);
        AtlasGeometry g;
        const auto count = r.pod<std::uint64_t>();
        if (count > size) throw Truncated{};
        g.parts.resize(count);
        g.lods.resize(count);
        g.info.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            core::Part& p = g.parts[i];
            p.id = r.str();
            p.name = r.str();
            g.info[i].elementId = r.str();
            g.info[i].fmaId = r.str();
            const auto atlasKind = r.pod<std::uint8_t>(), kind = r.pod<std::uint8_t>();
            const auto side = r.pod<std::uint8_t>(), layer = r.pod<std::uint8_t>();
            const auto closedOutward = r.pod<std::uint8_t>();
            if (closedOutward > 1 || atlasKind > std::uint8_t(AtlasKind::Other) ||
                kind > std::uint8_t(core::PartKind::Other) ||
                side > std::uint8_t(core::Side::Midline) || layer >= core::kLayerCount)
                throw Truncated{};
            g.info[i].kind = AtlasKind(atlasKind);
            p.kind = core::PartKind(kind);
            p.side = core::Side(side);
            p.layer = core::Layer(layer);
            p.closedOutward = closedOutward == 1;
            p.mesh = r.mesh();
            g.lods[i] = r.mesh();
        }
        if (!r.done()) throw Truncated{};
        return g;
    } catch (const Truncated&) {
        problem = where + "malformed contents";
        return std::nullopt;
    }
}

}  // namespace tpa::io
