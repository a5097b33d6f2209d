// The official BodyParts3D downloads. 4.0: each row of isa_/partof_element_parts.txt ties one
// element file (FJ id) to one concept that contains it (FMA id, English name); an element is
// named by the most specific concept, the one with the fewest elements. 3.0: parts_list_e.txt
// names each concept ("FMA9756<TAB>external intercostal muscle") and files are named FMA<id>.obj.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "io/atlas_layout.h"
#include "io/load_error.h"
#include "io/utf8.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

// A row whose name would break messages, JSON output or the interface.
void checkName(const std::string& name, const std::string& list, std::size_t lineNo) {
    if (firstInvalidUtf8(name) != std::string::npos)
        throw LoadError(list + ":" + std::to_string(lineNo) +
                        ": the name is not UTF-8 text; save the list with UTF-8 encoding");
}

std::vector<AtlasListRow> readElementList(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path.string() + ": cannot open file");
    return parseElementList(in, path.string());
}

bool contains(const std::string& lowerName, std::string_view word) {
    return lowerName.find(word) != std::string::npos;
}

}  // namespace

// Columns are recognised by content, not position (FMA\d+ is the concept, FJ\d+M? the
// element, the other cell the name), since descriptions of the files disagree on the order;
// a header line is skipped.
std::vector<AtlasListRow> parseElementList(std::istream& in, const std::string& name) {
    std::vector<AtlasListRow> rows;
    std::string line;
    for (std::size_t lineNo = 1; std::getline(in, line); ++lineNo) {
        const auto cells = splitTabs(line);
        if (cells.size() == 1 && cells[0].empty()) continue;
        AtlasListRow m;
        for (const auto& c : cells) {
            if (m.conceptId.empty() && isAtlasId(c, "FMA"))
                m.conceptId = c;
            else if (m.elementId.empty() && isAtlasId(c, "FJ", true))
                m.elementId = c;
            else if (m.name.empty() && !c.empty())
                m.name = c;
        }
        if (m.conceptId.empty() || m.elementId.empty()) {
            if (lineNo == 1) continue;  // the header
            throw LoadError(name + ":" + std::to_string(lineNo) +
                            ": expected a concept id (FMA...), an element id (FJ...) and a name, "
                            "tab-separated");
        }
        checkName(m.name, name, lineNo);
        rows.push_back(std::move(m));
    }
    if (in.bad()) throw LoadError(name + ": cannot read the file");
    return rows;
}

std::map<std::string, std::string> parseConceptNames(std::istream& in, const std::string& name) {
    std::map<std::string, std::string> names;
    std::string line;
    for (std::size_t lineNo = 1; std::getline(in, line); ++lineNo) {
        const auto cells = splitTabs(line);
        if (cells.size() == 1 && cells[0].empty()) continue;
        if (cells.size() < 2 || !isAtlasId(cells[0], "FMA")) {
            if (lineNo == 1) continue;  // the header ("id" en)
            throw LoadError(name + ":" + std::to_string(lineNo) +
                            ": expected an FMA id and an English name, tab-separated");
        }
        checkName(cells[1], name, lineNo);
        names[cells[0]] = cells[1];
    }
    if (in.bad()) throw LoadError(name + ": cannot read the file");
    return names;
}

AtlasLayout readOfficial40Layout(const fs::path& dir, const fs::path& objDir,
                                 const std::vector<fs::path>& elementLists) {
    AtlasLayout layout;
    layout.kind = AtlasLayoutKind::BodyParts3D40;
    layout.dir = dir;
    layout.listFiles = elementLists;
    std::vector<AtlasListRow> rows;
    for (const auto& list : elementLists) {
        auto more = readElementList(list);
        rows.insert(rows.end(), more.begin(), more.end());
    }
    std::map<std::string, std::size_t> conceptSize;
    for (const auto& r : rows) ++conceptSize[r.conceptId];
    std::map<std::string, std::vector<const AtlasListRow*>> byElement;
    for (const auto& r : rows) byElement[r.elementId].push_back(&r);
    bool hasMuscularSystem = false;
    for (const auto& r : rows)
        hasMuscularSystem = hasMuscularSystem || lowerCase(r.name) == "muscular system";

    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(objDir, ec)) {
        const fs::path& file = entry.path();
        if (lowerCase(file.extension().string()) != ".obj") continue;
        const std::string id = file.stem().string();
        auto it = byElement.find(id);
        if (it == byElement.end()) continue;  // not in the lists: no name to show, no way to map it
        const AtlasListRow* best =
            *std::min_element(it->second.begin(), it->second.end(), [&](auto* a, auto* b) {
                const auto sa = conceptSize[a->conceptId], sb = conceptSize[b->conceptId];
                return sa != sb ? sa < sb : a->name.size() > b->name.size();
            });
        std::set<std::string> ancestors;
        for (const auto* m : it->second) ancestors.insert(lowerCase(m->name));
        AtlasElement e;
        e.file = file;
        e.elementId = id;
        e.fmaId = best->conceptId;
        e.name = displayName(best->name);
        e.side = sideFromName(best->name);
        e.kind = kindFromName(best->name);
        // The trees' system concepts settle what the name heuristic cannot.
        const bool inMuscles = ancestors.count("muscular system") > 0;
        const bool inSkeleton = ancestors.count("skeletal system") > 0;
        if (e.kind == AtlasKind::Other && inMuscles) e.kind = AtlasKind::Muscle;
        if (e.kind == AtlasKind::Other && inSkeleton) e.kind = AtlasKind::Bone;
        if (e.kind == AtlasKind::Muscle && hasMuscularSystem && !inMuscles &&
            !contains(lowerCase(e.name), "muscle"))
            e.kind = AtlasKind::Other;
        layout.elements.push_back(std::move(e));
    }
    if (layout.elements.empty())
        throw LoadError(objDir.string() + ": none of the FJ*.obj files is named in " +
                        elementLists.front().string());
    std::sort(layout.elements.begin(), layout.elements.end(),
              [](const AtlasElement& a, const AtlasElement& b) { return a.file < b.file; });
    return layout;
}

AtlasLayout readOfficial30Layout(const fs::path& dir, const fs::path& objDir,
                                 const fs::path& nameList) {
    std::ifstream in(nameList, std::ios::binary);
    if (!in) throw LoadError(nameList.string() + ": cannot open file");
    const std::map<std::string, std::string> names = parseConceptNames(in, nameList.string());
    AtlasLayout layout;
    layout.kind = AtlasLayoutKind::BodyParts3D30;
    layout.dir = dir;
    layout.listFiles = {nameList};
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(objDir, ec)) {
        const fs::path& file = entry.path();
        if (lowerCase(file.extension().string()) != ".obj") continue;
        const std::string id = file.stem().string();
        auto it = names.find(id);
        if (it == names.end()) continue;
        AtlasElement e;
        e.file = file;
        e.elementId = id;
        e.fmaId = id;
        e.name = displayName(it->second);
        e.side = sideFromName(it->second);
        e.kind = kindFromName(it->second);
        layout.elements.push_back(std::move(e));
    }
    if (layout.elements.empty())
        throw LoadError(objDir.string() + ": none of the FMA*.obj files is named in " +
                        nameList.string());
    std::sort(layout.elements.begin(), layout.elements.end(),
              [](const AtlasElement& a, const AtlasElement& b) { return a.file < b.file; });
    return layout;
}

}  // namespace tpa::io
