// OBJ parsing with from_chars; "vn", "vt", groups and materials are ignored.
#include "io/obj_reader.h"

#include "io/load_error.h"

#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tpa::io {
namespace {

[[noreturn]] void fail(std::string_view name, std::size_t line, const std::string& what) {
    throw LoadError(std::string(name) + ":" + std::to_string(line) + ": " + what);
}

const char* skipSpace(const char* p, const char* end) {
    while (p < end && (*p == ' ' || *p == '\t')) ++p;
    return p;
}

}  // namespace

core::Mesh parseObj(std::string_view text, std::string_view name) {
    core::Mesh mesh;
    std::size_t lineNo = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    std::vector<long> face;
    while (p < end) {
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p)));
        if (!eol) eol = end;
        ++lineNo;
        const char* q = skipSpace(p, eol);
        if (eol - q >= 2 && q[0] == 'v' && (q[1] == ' ' || q[1] == '\t')) {
            glm::vec3 v;
            q += 2;
            for (int k = 0; k < 3; ++k) {
                q = skipSpace(q, eol);
                auto [next, ec] = std::from_chars(q, eol, v[k]);
                if (ec != std::errc() || !std::isfinite(v[k]))
                    fail(name, lineNo, "vertex coordinate " + std::to_string(k + 1) + " is not a finite number");
                if (std::abs(v[k]) > kMaxMeshCoordinate)
                    fail(name, lineNo, "vertex coordinate " + std::to_string(k + 1) +
                                           " is out of range (more than 1e7 in magnitude)");
                q = next;
            }
            mesh.positions.push_back(v);
        } else if (eol - q >= 2 && q[0] == 'f' && (q[1] == ' ' || q[1] == '\t')) {
            face.clear();
            q += 2;
            while (true) {
                q = skipSpace(q, eol);
                if (q >= eol || *q == '\r') break;
                long idx = 0;
                auto [next, ec] = std::from_chars(q, eol, idx);
                if (ec != std::errc()) fail(name, lineNo, "face index is not a number");
                q = next;
                while (q < eol && *q != ' ' && *q != '\t' && *q != '\r') ++q;  // skip "/vt/vn"
                const long count = long(mesh.positions.size());
                if (idx < 0) idx += count + 1;  // relative indices count back from the last vertex
                if (idx < 1 || idx > count)
                    fail(name, lineNo, "face refers to vertex " + std::to_string(idx) + " of " + std::to_string(count));
                face.push_back(idx - 1);
            }
            if (face.size() < 3) fail(name, lineNo, "face has fewer than 3 vertices");
            if (mesh.indices.size() + 3 * (face.size() - 2) > std::size_t(UINT32_MAX))
                fail(name, lineNo, "too many triangles for one mesh");
            for (std::size_t k = 1; k + 1 < face.size(); ++k)
                mesh.indices.insert(mesh.indices.end(), {std::uint32_t(face[0]), std::uint32_t(face[k]),
                                                         std::uint32_t(face[k + 1])});
        }
        if (eol == end) break;
        p = eol + 1;
    }
    return mesh;
}

core::Mesh readObj(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw LoadError(path.string() + ": is a directory, not an OBJ file");
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxObjBytes)
        throw LoadError(path.string() + ": file is " + std::to_string(size >> 20) + " MiB, more than the " +
                        std::to_string(kMaxObjBytes >> 20) + " MiB an OBJ part may have");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path.string() + ": cannot open file (" + std::strerror(errno) + ")");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseObj(ss.str(), path.string());
}

}  // namespace tpa::io
