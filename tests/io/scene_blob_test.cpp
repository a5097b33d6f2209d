// Scene blob: a small scene round-trips bit for bit, from any address; truncated, corrupt,
// foreign, stale and malformed blobs are refused with the exact reason, never trusted.
#include <doctest/doctest.h>

#include <cstring>

#include "core/primitives.h"
#include "io/atlas_lod.h"
#include "io/blob_writer.h"
#include "io/scene_blob.h"

using namespace tpa;

namespace {

core::Scene smallScene() {
    core::Scene scene;
    scene.source = "test scene";
    scene.attribution = "made for this test";
    core::Part sphere;
    sphere.id = "sphere.left";
    sphere.name = "Sphere (left)";
    sphere.kind = core::PartKind::Muscle;
    sphere.side = core::Side::Left;
    sphere.layer = core::Layer::Deep;
    sphere.muscleId = "sphere";
    sphere.mesh = core::makeSphere({10, 20, 30}, 25.0f, 24, 12);
    core::Part box;
    box.id = "box";
    box.name = "Box";
    box.kind = core::PartKind::Bone;
    box.layer = core::Layer::Bone;
    box.mesh = core::makeBox({0, 0, 0}, {1, 2, 3});
    box.mesh.normals.clear();  // a mesh without normals stays without
    scene.parts = {sphere, box};
    io::prepareForDrawing(scene);
    scene.parts[1].closedOutward = !scene.parts[0].closedOutward;  // both values stored
    scene.landmarks.set("c7", {0, 40, 1500});
    scene.landmarks.set("acromion.left", {180, 0, 1430});
    return scene;
}

bool sameBits(const auto& a, const auto& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(*a.data())) == 0);
}

void checkSameMesh(const core::Mesh& a, const core::Mesh& b) {
    CHECK(sameBits(a.positions, b.positions));
    CHECK(sameBits(a.normals, b.normals));
    CHECK(a.indices == b.indices);
}

std::string refusal(const std::vector<char>& bytes) {
    std::string problem;
    const auto scene = io::decodeScene(bytes, problem);
    CHECK_FALSE(scene.has_value());
    return problem;
}

// A blob whose frame is right but whose payload is not a scene: one part with `layer`.
std::vector<char> blobWithOnePart(std::uint8_t layer, std::uint32_t index) {
    io::BlobWriter out(io::BlobFormat{"TPASCNE1", io::kSceneBlobVersion, "", ""}, 0);
    out.str("source");
    out.str("");
    out.pod(std::uint64_t(1));
    out.str("id");
    out.str("name");
    out.pod(std::uint8_t(0));
    out.pod(std::uint8_t(0));
    out.pod(layer);
    out.pod(std::uint8_t(0));  // closedOutward
    out.str("");
    out.array(std::vector<glm::vec3>(3));
    out.array(std::vector<glm::vec3>{});
    out.array(std::vector<std::uint32_t>{0, 1, index});
    for (int i = 0; i < 3; ++i) out.array(std::vector<std::uint32_t>{});
    out.pod(std::uint64_t(0));
    return out.finish();
}

}  // namespace

TEST_CASE("a scene blob round-trips every field bit for bit") {
    const core::Scene scene = smallScene();
    REQUIRE_FALSE(scene.parts[0].lod.indices.empty());
    const std::vector<char> bytes = io::encodeScene(scene);
    std::string problem;
    const auto back = io::decodeScene(bytes, problem);
    REQUIRE_MESSAGE(back, problem);
    CHECK(problem.empty());
    CHECK(back->source == scene.source);
    CHECK(back->attribution == scene.attribution);
    REQUIRE(back->parts.size() == scene.parts.size());
    for (std::size_t i = 0; i < scene.parts.size(); ++i) {
        const auto& [id, name, kind, side, layer, muscleId, mesh, lod, closedOutward] =
            scene.parts[i];
        const core::Part& q = back->parts[i];
        CHECK(q.id == id);
        CHECK(q.name == name);
        CHECK(q.kind == kind);
        CHECK(q.side == side);
        CHECK(q.layer == layer);
        CHECK(q.muscleId == muscleId);
        CHECK(q.closedOutward == closedOutward);
        checkSameMesh(q.mesh, mesh);
        checkSameMesh(q.lod, lod);
    }
    CHECK(back->landmarks.all() == scene.landmarks.all());
    CHECK(io::encodeScene(*back) == bytes);

    // Copied to an odd address, the arrays are read the slow way, with the same result.
    std::vector<char> shifted(bytes.size() + 1);
    std::memcpy(shifted.data() + 1, bytes.data(), bytes.size());
    const auto odd = io::decodeScene(std::span<const char>(shifted).subspan(1), problem);
    REQUIRE_MESSAGE(odd, problem);
    CHECK(io::encodeScene(*odd) == bytes);
}

TEST_CASE("a truncated, corrupt, foreign or stale scene blob is refused with the reason") {
    const std::vector<char> bytes = io::encodeScene(smallScene());
    const std::size_t payload = bytes.size() - io::kBlobHeaderSize;
    CHECK(refusal({}) == "not a scene blob");
    CHECK(refusal({bytes.begin(), bytes.begin() + 20}) == "not a scene blob");
    for (std::size_t cut : {std::size_t(1), payload / 2, payload})
        CHECK(refusal({bytes.begin(), bytes.end() - std::ptrdiff_t(cut)}) ==
              "truncated or corrupt (" + std::to_string(payload - cut) +
                  " payload bytes where the header says " + std::to_string(payload) + ")");
    auto longer = bytes;
    longer.push_back('\0');
    CHECK(refusal(longer) == "truncated or corrupt (" + std::to_string(payload + 1) +
                                 " payload bytes where the header says " +
                                 std::to_string(payload) + ")");
    for (std::size_t at = io::kBlobHeaderSize; at < bytes.size(); at += 7) {
        auto flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x10);
        CHECK(refusal(flipped) == "corrupt (checksum mismatch)");
    }
    auto foreign = bytes;
    foreign[3] = 'X';
    CHECK(refusal(foreign) == "not a scene blob");
    auto stale = bytes;
    ++stale[8];  // the version's low byte
    CHECK(refusal(stale) == "written by another version of the program");
}

TEST_CASE("a scene blob with a sound frame but impossible contents is refused") {
    std::string problem;
    CHECK(io::decodeScene(blobWithOnePart(2, 2), problem).has_value());
    CHECK(refusal(blobWithOnePart(9, 2)) == "malformed contents (unknown part kind, side or layer)");
    CHECK(refusal(blobWithOnePart(2, 3)) == "malformed contents (index out of range)");
    io::BlobWriter huge(io::BlobFormat{"TPASCNE1", io::kSceneBlobVersion, "", ""}, 0);
    huge.str("source");
    huge.str("");
    huge.pod(std::uint64_t(1) << 40);  // parts
    CHECK(refusal(huge.finish()) == "malformed contents (a count larger than the blob)");
    io::BlobWriter unsorted(io::BlobFormat{"TPASCNE1", io::kSceneBlobVersion, "", ""}, 0);
    unsorted.str("source");
    unsorted.str("");
    unsorted.pod(std::uint64_t(0));  // parts
    unsorted.pod(std::uint64_t(2));  // landmarks, not in the order they are written in
    unsorted.str("c7");
    unsorted.pod(glm::vec3(0));
    unsorted.str("acromion.left");
    unsorted.pod(glm::vec3(0));
    CHECK(refusal(unsorted.finish()) == "malformed contents (landmarks out of order or repeated)");
}
