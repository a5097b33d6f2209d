// Layout detection: look for each layout's signature files in the directory and one level down
// (the official zips unpack into a sub-folder), and say what was looked for when none fits.
#include "io/atlas_layout.h"

#include <algorithm>
#include <map>
#include <regex>

#include "io/load_error.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

struct Scan {
    std::vector<fs::path> elementLists;               // *element_parts.txt
    std::vector<fs::path> nameLists;                  // parts_list_e.txt (3.0)
    std::map<fs::path, std::size_t> fjObjs, fmaObjs;  // folder -> OBJ count
};

void scanFolder(const fs::path& folder, Scan& scan) {
    static const std::regex kFj(R"(FJ\d+M?\.obj)", std::regex::icase);
    static const std::regex kFma(R"(FMA\d+\.obj)", std::regex::icase);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        const std::string name = entry.path().filename().string();
        const std::string lower = lowerCase(name);
        if (lower.size() >= 17 && lower.ends_with("element_parts.txt"))
            scan.elementLists.push_back(entry.path());
        else if (lower == "parts_list_e.txt")
            scan.nameLists.push_back(entry.path());
        else if (std::regex_match(name, kFj))
            ++scan.fjObjs[folder];
        else if (std::regex_match(name, kFma))
            ++scan.fmaObjs[folder];
    }
}

fs::path busiest(const std::map<fs::path, std::size_t>& counts) {
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
}

}  // namespace

std::string_view toText(AtlasLayoutKind kind) {
    switch (kind) {
        case AtlasLayoutKind::Prepared:
            return "prepared (parts.tsv)";
        case AtlasLayoutKind::BodyParts3D40:
            return "BodyParts3D 4.0";
        case AtlasLayoutKind::BodyParts3D30:
            return "BodyParts3D 3.0";
    }
    return "unknown";
}

std::vector<std::string> splitTabs(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        out.emplace_back(line.substr(
            start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return out;
}

AtlasLayout detectAtlasLayout(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw LoadError(dir.string() + ": atlas directory not found");
    if (fs::is_regular_file(dir / "parts.tsv", ec)) return readPreparedLayout(dir);

    Scan scan;
    scanFolder(dir, scan);
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_directory(ec)) scanFolder(entry.path(), scan);
    std::sort(scan.elementLists.begin(), scan.elementLists.end());
    std::sort(scan.nameLists.begin(), scan.nameLists.end());

    if (!scan.fjObjs.empty() && !scan.elementLists.empty())
        return readOfficial40Layout(dir, busiest(scan.fjObjs), scan.elementLists);
    if (!scan.fmaObjs.empty() && !scan.nameLists.empty())
        return readOfficial30Layout(dir, busiest(scan.fmaObjs), scan.nameLists.front());

    std::string found;
    if (!scan.fjObjs.empty())
        found = " (found FJ*.obj files but no *_element_parts.txt list)";
    else if (!scan.fmaObjs.empty())
        found = " (found FMA*.obj files but no parts_list_e.txt)";
    else if (!scan.elementLists.empty() || !scan.nameLists.empty())
        found = " (found a name list but no OBJ files)";
    throw LoadError(
        dir.string() +
        ": not a BodyParts3D atlas directory: looked for parts.tsv (prepared copy), FJ*.obj with "
        "isa_element_parts.txt or partof_element_parts.txt (BodyParts3D 4.0), and FMA*.obj with "
        "parts_list_e.txt (BodyParts3D 3.0), here and one folder down" +
        found);
}

}  // namespace tpa::io
