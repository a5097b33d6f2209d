// Layout detection: look for each layout's signature files in the directory and one level down
// (the official zips unpack into a sub-folder), and say what was looked for when none fits.
#include "io/atlas_layout.h"

#include <algorithm>
#include <map>

#include "io/load_error.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

struct Scan {
    std::vector<fs::path> elementLists;               // *element_parts.txt
    std::vector<fs::path> nameLists;                  // parts_list_e.txt (3.0)
    std::map<fs::path, std::size_t> fjObjs, fmaObjs;  // folder -> OBJ count
};

std::string upperCase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return out;
}

void scanFolder(const fs::path& folder, Scan& scan) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        const std::string name = entry.path().filename().string();
        const std::string lower = lowerCase(name);
        if (lower.size() >= 17 && lower.ends_with("element_parts.txt"))
            scan.elementLists.push_back(entry.path());
        else if (lower == "parts_list_e.txt")
            scan.nameLists.push_back(entry.path());
        else if (!lower.ends_with(".obj"))
            continue;
        else if (const auto stem = upperCase(lower.substr(0, lower.size() - 4));
                 isAtlasId(stem, "FJ", true))
            ++scan.fjObjs[folder];
        else if (isAtlasId(stem, "FMA"))
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

bool isAtlasId(std::string_view text, std::string_view prefix, bool mirrorSuffix) {
    // Hand-written rather than std::regex, whose matcher recurses per character and can
    // exhaust the stack on a long cell of a malformed list.
    if (!text.starts_with(prefix)) return false;
    text.remove_prefix(prefix.size());
    if (mirrorSuffix && text.ends_with('M')) text.remove_suffix(1);
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
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
