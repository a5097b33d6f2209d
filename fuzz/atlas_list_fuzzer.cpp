// Fuzzes the atlas list parsers: parts.tsv (0), the 4.0 element lists (1) and the 3.0 name
// list (2), plus the name heuristics every listed name goes through.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "io/atlas_layout.h"
#include "io/atlas_names.h"
#include "io/load_error.h"

namespace {

void useName(const std::string& name) {
    (void)tpa::io::kindFromName(name);
    (void)tpa::io::sideFromName(name);
    (void)tpa::io::displayName(name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        if constexpr (TPA_FUZZ_LIST == 0) {
            const auto layout = tpa::io::parsePreparedManifest(in, "/atlas", "parts.tsv");
            for (const auto& e : layout.elements) useName(e.name);
        } else if constexpr (TPA_FUZZ_LIST == 1) {
            for (const auto& row : tpa::io::parseElementList(in, "isa_element_parts.txt"))
                useName(row.name);
        } else {
            for (const auto& [id, name] : tpa::io::parseConceptNames(in, "parts_list_e.txt"))
                useName(name);
        }
    } catch (const tpa::io::LoadError&) {
        // The expected way to refuse bad input; anything else escapes and fails the run.
    }
    return 0;
}
