// Fuzzes one kind of knowledge file: text check, JSON parse, line map, then every entry reader
// with the references of the shipped knowledge base. Any input must end in diagnostics.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "io/knowledge_loader.h"
#include "io/knowledge_parser.h"
#include "io/knowledge_source.h"

namespace {

tpa::io::KnowledgeIds gIds;
std::vector<std::string> gRequired;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // References resolve against the real ids, so the readers go past the reference checks.
    const auto shipped = tpa::io::loadKnowledgeBase(TPA_SOURCE_DIR "/assets/knowledge");
    for (const auto& r : shipped.knowledge.regions) gIds.regions.insert(r.id);
    for (const auto& m : shipped.knowledge.muscles) gIds.muscles.insert(m.id);
    for (const auto& c : shipped.knowledge.conditions) gIds.conditions.insert(c.id);
    std::stringstream kinds(TPA_FUZZ_REQUIRED);
    for (std::string kind; std::getline(kinds, kind, ',');) gRequired.push_back(kind);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<tpa::io::KnowledgeDiagnostic> out;
    auto source = tpa::io::KnowledgeSource::fromText(
        std::string(reinterpret_cast<const char*>(data), size), "fuzz.json", out);
    if (source) tpa::io::parseKnowledgeFile(*source, gIds, gRequired, out);
    std::size_t length = 0;
    for (const auto& d : out) length += d.format().size();  // every message must format
    return length == std::size_t(-1);
}
