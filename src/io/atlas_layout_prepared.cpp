// The prepared layout: parts.tsv (file, fj_id, fma_id, name, kind, side, ...) beside the OBJs.
#include <algorithm>
#include <fstream>
#include <map>

#include "io/atlas_layout.h"
#include "io/load_error.h"

namespace tpa::io {

AtlasLayout readPreparedLayout(const std::filesystem::path& dir) {
    const auto manifest = dir / "parts.tsv";
    std::ifstream in(manifest, std::ios::binary);
    if (!in) throw LoadError(manifest.string() + ": cannot open file");
    std::string line;
    if (!std::getline(in, line)) throw LoadError(manifest.string() + ": file is empty");
    const auto header = splitTabs(line);
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
    for (const char* required : {"file", "name", "kind", "side"})
        if (!col.count(required))
            throw LoadError(manifest.string() + ":1: missing column '" + required + "'");

    AtlasLayout layout;
    layout.kind = AtlasLayoutKind::Prepared;
    layout.dir = dir;
    layout.listFiles.push_back(manifest);
    for (std::size_t lineNo = 2; std::getline(in, line); ++lineNo) {
        const auto cells = splitTabs(line);
        if (cells.size() == 1 && cells[0].empty()) continue;
        auto cell = [&](const char* name) -> std::string {
            auto it = col.find(name);
            return it != col.end() && it->second < cells.size() ? cells[it->second] : std::string();
        };
        const std::string where = manifest.string() + ":" + std::to_string(lineNo) + ": ";
        const std::string file = cell("file");
        if (file.empty()) throw LoadError(where + "column 'file': empty");
        if (file.find('/') != std::string::npos || file.find('\\') != std::string::npos ||
            file.find("..") != std::string::npos)
            throw LoadError(where + "column 'file': '" + file +
                            "' must be a file name in the atlas directory");
        const auto side = core::parseSide(cell("side"));
        if (!side)
            throw LoadError(where + "column 'side': unknown side '" + cell("side") +
                            "' (expected left, right or midline)");
        const auto kind = parseAtlasKind(cell("kind"));
        if (!kind || *kind == AtlasKind::Other)
            throw LoadError(where + "column 'kind': unknown kind '" + cell("kind") +
                            "' (expected muscle, bone, cartilage, ligament or skin)");
        AtlasElement e;
        e.file = dir / file;
        e.elementId =
            cell("fj_id").empty() ? std::filesystem::path(file).stem().string() : cell("fj_id");
        e.fmaId = cell("fma_id");
        e.name = displayName(cell("name"));
        e.kind = *kind;
        e.side = *side;
        layout.elements.push_back(std::move(e));
    }
    if (layout.elements.empty()) throw LoadError(manifest.string() + ": lists no parts");
    std::sort(layout.elements.begin(), layout.elements.end(),
              [](const AtlasElement& a, const AtlasElement& b) { return a.file < b.file; });
    return layout;
}

}  // namespace tpa::io
