// Recognises an atlas directory and lists its elements: the prepared layout (parts.tsv + OBJs),
// the official BodyParts3D 4.0 download (FJ*.obj + *_element_parts.txt) and the 3.0 download
// (FMA*.obj + parts_list_e.txt). See docs/atlas.md for the formats and the assumptions.
#pragma once

#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/part.h"
#include "io/atlas_names.h"

namespace tpa::io {

enum class AtlasLayoutKind { Prepared, BodyParts3D40, BodyParts3D30 };
std::string_view toText(AtlasLayoutKind kind);

// One mesh file of the atlas and what the lists say about it.
struct AtlasElement {
    std::filesystem::path file;  // full path of the OBJ
    std::string elementId;       // "FJ1521" (4.0), "FMA9756" (3.0 file name), or the file stem
    std::string fmaId;           // FMA concept id, "" if unknown
    std::string name;            // English FMA name, first letter capitalised
    AtlasKind kind = AtlasKind::Other;
    core::Side side = core::Side::Midline;
};

struct AtlasLayout {
    AtlasLayoutKind kind = AtlasLayoutKind::Prepared;
    std::filesystem::path dir;
    std::vector<std::filesystem::path>
        listFiles;                       // the name/part lists read (part of the cache key)
    std::vector<AtlasElement> elements;  // sorted by file name, so loads are deterministic
};

// Detects the layout and reads its lists. Elements of kind Other (organs, vessels, nerves in
// the official downloads) are kept; the loader drops them unless asked. Throws LoadError:
// "<dir>: atlas directory not found", or "<dir>: not a BodyParts3D atlas directory: found no
// parts.tsv, no FJ*.obj with *_element_parts.txt, and no FMA*.obj with parts_list_e.txt", or
// "<list>:<line>: ..." for a malformed list.
AtlasLayout detectAtlasLayout(const std::filesystem::path& dir);

// The readers behind detectAtlasLayout, one per layout (atlas_layout_*.cpp).
AtlasLayout readPreparedLayout(const std::filesystem::path& dir);
AtlasLayout readOfficial40Layout(const std::filesystem::path& dir,
                                 const std::filesystem::path& objDir,
                                 const std::vector<std::filesystem::path>& elementLists);
AtlasLayout readOfficial30Layout(const std::filesystem::path& dir,
                                 const std::filesystem::path& objDir,
                                 const std::filesystem::path& nameList);

// The list parsers behind those readers, on text already opened; `name` is how messages call
// the list. Each throws LoadError "<name>:<line>: <what>" on a malformed row, a name that is
// not UTF-8 or (parts.tsv) a file listed twice.
struct AtlasListRow {
    std::string conceptId, name, elementId;  // "FMA9756", "right trapezius", "FJ1521"
};
std::vector<AtlasListRow> parseElementList(std::istream& in, const std::string& name);
std::map<std::string, std::string> parseConceptNames(std::istream& in, const std::string& name);
AtlasLayout parsePreparedManifest(std::istream& in, const std::filesystem::path& dir,
                                  const std::string& name);

// "FMA" + digits, "FJ" + digits (+ "M" when `mirrorSuffix`): the ids of the official lists.
bool isAtlasId(std::string_view text, std::string_view prefix, bool mirrorSuffix = false);

// Splits a tab-separated line (a trailing tab gives a trailing empty cell; "\r" is dropped).
std::vector<std::string> splitTabs(std::string_view line);

}  // namespace tpa::io
