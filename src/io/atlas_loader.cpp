// Manifest parsing and parallel OBJ loading for atlas directories.
#include "io/atlas_loader.h"

#include "io/load_error.h"
#include "io/obj_reader.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

namespace tpa::io {
namespace {

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) out.push_back(cell);
    if (!line.empty() && line.back() == '\t') out.emplace_back();
    return out;
}

core::Layer layerFor(core::PartKind kind) {
    switch (kind) {
        case core::PartKind::Skin: return core::Layer::Skin;
        case core::PartKind::Bone: return core::Layer::Bone;
        default: return core::Layer::Superficial;  // refined by the knowledge-base mapping
    }
}

}  // namespace

std::vector<AtlasRow> readAtlasManifest(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw LoadError(dir.string() + ": atlas directory not found");
    const auto manifest = dir / "parts.tsv";
    std::ifstream in(manifest);
    if (!in)
        throw LoadError(dir.string() + ": not an atlas directory: no parts.tsv (expected one OBJ per element "
                                       "and a parts.tsv list, as in the prepared BodyParts3D copy)");
    std::string line;
    if (!std::getline(in, line)) throw LoadError(manifest.string() + ": file is empty");
    const auto header = splitTabs(line);
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
    for (const char* required : {"file", "name", "kind", "side"})
        if (!col.count(required))
            throw LoadError(manifest.string() + ":1: missing column '" + required + "'");
    std::vector<AtlasRow> rows;
    for (std::size_t lineNo = 2; std::getline(in, line); ++lineNo) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const auto cells = splitTabs(line);
        auto cell = [&](const char* name) -> std::string {
            auto it = col.find(name);
            return it != col.end() && it->second < cells.size() ? cells[it->second] : std::string();
        };
        AtlasRow row{cell("file"), cell("fj_id"), cell("fma_id"), cell("name"), cell("kind"), cell("side")};
        const std::string where = manifest.string() + ":" + std::to_string(lineNo) + ": ";
        if (row.file.empty()) throw LoadError(where + "column 'file': empty");
        if (row.file.find('/') != std::string::npos || row.file.find("..") != std::string::npos)
            throw LoadError(where + "column 'file': '" + row.file + "' must be a file name in the atlas directory");
        if (!core::parseSide(row.side))
            throw LoadError(where + "column 'side': unknown side '" + row.side + "' (expected left, right or midline)");
        static const char* kKinds[] = {"muscle", "bone", "cartilage", "ligament", "skin"};
        if (std::find(std::begin(kKinds), std::end(kKinds), row.kind) == std::end(kKinds))
            throw LoadError(where + "column 'kind': unknown kind '" + row.kind +
                            "' (expected muscle, bone, cartilage, ligament or skin)");
        rows.push_back(std::move(row));
    }
    if (rows.empty()) throw LoadError(manifest.string() + ": lists no parts");
    return rows;
}

core::Scene loadAtlas(const std::filesystem::path& dir) {
    const auto rows = readAtlasManifest(dir);
    core::Scene scene;
    scene.source = dir.string();
    scene.parts.resize(rows.size());
    std::vector<std::string> errors(rows.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; (i = next++) < rows.size();) {
            const AtlasRow& row = rows[i];
            core::Part& part = scene.parts[i];
            part.id = row.fjId.empty() ? std::filesystem::path(row.file).stem().string() : row.fjId;
            part.name = row.name;
            part.kind = row.kind == "muscle" ? core::PartKind::Muscle
                        : row.kind == "bone" ? core::PartKind::Bone
                        : row.kind == "skin" ? core::PartKind::Skin
                                             : core::PartKind::Other;
            part.side = *core::parseSide(row.side);
            part.layer = layerFor(part.kind);
            try {
                part.mesh = readObj(dir / row.file);
                if (part.mesh.triangleCount() == 0) errors[i] = (dir / row.file).string() + ": contains no triangles";
                part.mesh.computeNormals();
            } catch (const LoadError& e) {
                errors[i] = e.what();
            }
        }
    };
    const unsigned threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    // Report the first broken file; a half-loaded body would mislead more than an error.
    for (const auto& e : errors)
        if (!e.empty()) throw LoadError(e);
    return scene;
}

}  // namespace tpa::io
