// The prepared layout: parts.tsv (file, fj_id, fma_id, name, kind, side, ...) beside the OBJs.
#include <algorithm>
#include <fstream>
#include <map>

#include "io/atlas_layout.h"
#include "io/load_error.h"
#include "io/utf8.h"

namespace tpa::io {

AtlasLayout readPreparedLayout(const std::filesystem::path& dir) {
    const auto manifest = dir / "parts.tsv";
    std::ifstream in(manifest, std::ios::binary);
    if (!in) throw LoadError(manifest.string() + ": cannot open file");
    AtlasLayout layout = parsePreparedManifest(in, dir, manifest.string());
    layout.listFiles.push_back(manifest);
    return layout;
}

AtlasLayout parsePreparedManifest(std::istream& in, const std::filesystem::path& dir,
                                  const std::string& name) {
    std::string line;
    if (!std::getline(in, line)) throw LoadError(name + ": file is empty");
    const auto header = splitTabs(line);
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!header[i].empty() && !col.emplace(header[i], i).second)
            throw LoadError(name + ":1: column '" + sanitizedUtf8(header[i]) + "' appears twice");
    for (const char* required : {"file", "name", "kind", "side"})
        if (!col.count(required))
            throw LoadError(name + ":1: missing column '" + required + "'");

    AtlasLayout layout;
    layout.kind = AtlasLayoutKind::Prepared;
    layout.dir = dir;
    std::map<std::string, std::size_t> fileLine, idLine;  // where each file and id was listed
    for (std::size_t lineNo = 2; std::getline(in, line); ++lineNo) {
        const auto cells = splitTabs(line);
        if (cells.size() == 1 && cells[0].empty()) continue;
        auto cell = [&](const char* column) -> std::string {
            auto it = col.find(column);
            return it != col.end() && it->second < cells.size() ? cells[it->second] : std::string();
        };
        const std::string where = name + ":" + std::to_string(lineNo) + ": ";
        const std::string file = cell("file");
        if (file.empty()) throw LoadError(where + "column 'file': empty");
        if (file.find('/') != std::string::npos || file.find('\\') != std::string::npos ||
            file.find("..") != std::string::npos || file.find('\0') != std::string::npos)
            throw LoadError(where + "column 'file': '" + sanitizedUtf8(file) +
                            "' must be a file name in the atlas directory");
        for (const char* column : {"file", "fj_id", "fma_id", "name"})
            if (firstInvalidUtf8(cell(column)) != std::string::npos)
                throw LoadError(where + "column '" + column +
                                "': not UTF-8 text; save parts.tsv with UTF-8 encoding");
        const auto side = core::parseSide(cell("side"));
        if (!side)
            throw LoadError(where + "column 'side': unknown side '" + sanitizedUtf8(cell("side")) +
                            "' (expected left, right or midline)");
        const auto kind = parseAtlasKind(cell("kind"));
        if (!kind || *kind == AtlasKind::Other)
            throw LoadError(where + "column 'kind': unknown kind '" + sanitizedUtf8(cell("kind")) +
                            "' (expected muscle, bone, cartilage, ligament or skin)");
        AtlasElement e;
        e.file = dir / file;
        e.elementId =
            cell("fj_id").empty() ? std::filesystem::path(file).stem().string() : cell("fj_id");
        // Part ids select parts and key the cache: a repeated row would make them ambiguous.
        if (auto [it, fresh] = fileLine.emplace(file, lineNo); !fresh)
            throw LoadError(where + "column 'file': '" + file + "' is already listed on line " +
                            std::to_string(it->second));
        if (auto [it, fresh] = idLine.emplace(e.elementId, lineNo); !fresh)
            throw LoadError(where + "duplicate part id '" + e.elementId + "' (already on line " +
                            std::to_string(it->second) + ")");
        e.fmaId = cell("fma_id");
        e.name = displayName(cell("name"));
        e.kind = *kind;
        e.side = *side;
        layout.elements.push_back(std::move(e));
    }
    if (in.bad()) throw LoadError(name + ": cannot read the file");
    if (layout.elements.empty()) throw LoadError(name + ": lists no parts");
    std::sort(layout.elements.begin(), layout.elements.end(),
              [](const AtlasElement& a, const AtlasElement& b) { return a.file < b.file; });
    return layout;
}

}  // namespace tpa::io
