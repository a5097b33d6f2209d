// Scene blob: the shared frame ("TPASCNE1", version, key 0, size, checksum), then source and
// attribution, the parts (BlobWriter::part) and the landmarks as key and position.
#include "io/scene_blob.h"

#include "io/blob_reader.h"
#include "io/blob_writer.h"

namespace tpa::io {
namespace {

constexpr BlobFormat kFormat{"TPASCNE1", kSceneBlobVersion, "a scene blob",
                             "written by another version of the program"};
constexpr std::uint64_t kKey = 0;  // a scene blob is not keyed to source files

}  // namespace

std::vector<char> encodeScene(const core::Scene& scene) {
    // Bound by name so that a field added to core::Scene fails to compile here until stored.
    const auto& [source, attribution, parts, landmarks] = scene;
    BlobWriter out(kFormat, kKey);
    out.str(source);
    out.str(attribution);
    out.pod(std::uint64_t(parts.size()));
    for (const auto& part : parts) out.part(part);
    out.pod(std::uint64_t(landmarks.size()));
    for (const auto& [key, position] : landmarks.all()) {
        out.str(key);
        out.pod(position);
    }
    return out.finish();
}

std::optional<core::Scene> decodeScene(std::span<const char> bytes, std::string& problem) {
    auto r = BlobReader::open(bytes, kFormat, kKey, problem);
    if (!r) return std::nullopt;
    try {
        core::Scene scene;
        scene.source = r->str();
        scene.attribution = r->str();
        // A part holds at least its three strings' lengths, four tags and six array counts.
        scene.parts.resize(r->count(3 * 4 + 4 + 6 * 8));
        for (auto& part : scene.parts) part = r->part();
        std::string previous;
        for (auto n = r->count(4 + sizeof(glm::vec3)); n > 0; --n) {
            std::string key = r->str();
            // Written in the map's order: anything else would not read back as written.
            if (scene.landmarks.size() > 0 && key <= previous)
                throw BlobMalformed{"landmarks out of order or repeated"};
            previous = key;
            scene.landmarks.set(std::move(key), r->pod<glm::vec3>());
        }
        if (!r->done()) throw BlobMalformed{"bytes after the last landmark"};
        return scene;
    } catch (const BlobMalformed& e) {
        problem = std::string("malformed contents (") + e.why + ")";
        return std::nullopt;
    }
}

}  // namespace tpa::io
