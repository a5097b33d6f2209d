// The official BodyParts3D downloads. 4.0: each row of isa_/partof_element_parts.txt ties one
// element file (FJ id) to one concept that contains it (FMA id, English name); an element is
// named by the most specific concept, the one with the fewest elements. 3.0: parts_list_e.txt
// names each concept ("FMA9756<TAB>external intercostal muscle") and files are named FMA<id>.obj.
#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "io/atlas_layout.h"
#include "io/load_error.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

struct Membership {
    std::string conceptId, name, elementId;
};

// Reads one element list. Columns are recognised by content, not position (FMA\d+ is the
// concept, FJ\d+M? the element, the other cell the name), since descriptions of the files
// disagree on the order; a header line is skipped.
std::vector<Membership> readElementList(const fs::path& path) {
    static const std::regex kFma(R"(FMA\d+)"), kFj(R"(FJ\d+M?)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path.string() + ": cannot open file");
    std::vector<Membership> rows;
    std::string line;
    for (std::size_t lineNo = 1; std::getline(in, line); ++lineNo) {
        const auto cells = splitTabs(line);
        if (cells.size() == 1 && cells[0].empty()) continue;
        Membership m;
        for (const auto& c : cells) {
            if (m.conceptId.empty() && std::regex_match(c, kFma))
                m.conceptId = c;
            else if (m.elementId.empty() && std::regex_match(c, kFj))
                m.elementId = c;
            else if (m.name.empty() && !c.empty())
                m.name = c;
        }
        if (m.conceptId.empty() || m.elementId.empty()) {
            if (lineNo == 1) continue;  // the header
            throw LoadError(path.string() + ":" + std::to_string(lineNo) +
                            ": expected a concept id (FMA...), an element id (FJ...) and a name, "
                            "tab-separated");
        }
        rows.push_back(std::move(m));
    }
    return rows;
}

bool contains(const std::string& lowerName, std::string_view word) {
    return lowerName.find(word) != std::string::npos;
}

}  // namespace

AtlasLayout readOfficial40Layout(const fs::path& dir, const fs::path& objDir,
                                 const std::vector<fs::path>& elementLists) {
    AtlasLayout layout;
    layout.kind = AtlasLayoutKind::BodyParts3D40;
    layout.dir = dir;
    layout.listFiles = elementLists;
    std::vector<Membership> rows;
    for (const auto& list : elementLists) {
        auto more = readElementList(list);
        rows.insert(rows.end(), more.begin(), more.end());
    }
    std::map<std::string, std::size_t> conceptSize;
    for (const auto& r : rows) ++conceptSize[r.conceptId];
    std::map<std::string, std::vector<const Membership*>> byElement;
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
        const Membership* best =
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
    static const std::regex kFma(R"(FMA\d+)");
    std::ifstream in(nameList, std::ios::binary);
    if (!in) throw LoadError(nameList.string() + ": cannot open file");
    std::map<std::string, std::string> names;
    std::string line;
    for (std::size_t lineNo = 1; std::getline(in, line); ++lineNo) {
        const auto cells = splitTabs(line);
        if (cells.size() == 1 && cells[0].empty()) continue;
        if (cells.size() < 2 || !std::regex_match(cells[0], kFma)) {
            if (lineNo == 1) continue;  // the header ("id" en)
            throw LoadError(nameList.string() + ":" + std::to_string(lineNo) +
                            ": expected an FMA id and an English name, tab-separated");
        }
        names[cells[0]] = cells[1];
    }
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
