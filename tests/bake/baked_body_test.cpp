// The body baked into the program at build time: exactly what the generator and
// prepareForDrawing give now, and a damaged copy of it is refused with the reason.
#include <doctest/doctest.h>

#include <cstring>

#include "bake/baked_body.h"
#include "body/embedded_body.h"
#include "io/atlas_lod.h"
#include "io/blob_format.h"
#include "io/scene_blob.h"

using namespace tpa;

namespace {

bool sameBits(const auto& a, const auto& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(*a.data())) == 0);
}

std::string meshDifference(const core::Mesh& a, const core::Mesh& b) {
    if (!sameBits(a.positions, b.positions)) return "positions differ";
    if (!sameBits(a.normals, b.normals)) return "normals differ";
    if (a.indices != b.indices) return "indices differ";
    return {};
}

}  // namespace

TEST_CASE("the baked body is the generated body prepared for drawing, bit for bit") {
    core::Scene expected = body::buildEmbeddedBody();
    io::prepareForDrawing(expected);
    std::string problem;
    const auto baked = bake::loadBakedBody(problem);
    REQUIRE_MESSAGE(baked, problem);
    CHECK(baked->source == expected.source);
    CHECK(baked->attribution == expected.attribution);
    REQUIRE(baked->parts.size() == expected.parts.size());
    for (std::size_t i = 0; i < expected.parts.size(); ++i) {
        // Bound by name: a new core::Part field fails to compile here until it is compared.
        const auto& [id, name, kind, side, layer, muscleId, mesh, lod, closedOutward] =
            expected.parts[i];
        const core::Part& p = baked->parts[i];
        INFO("part ", i, " ", expected.parts[i].id);
        CHECK(p.id == id);
        CHECK(p.name == name);
        CHECK(p.kind == kind);
        CHECK(p.side == side);
        CHECK(p.layer == layer);
        CHECK(p.muscleId == muscleId);
        CHECK(p.closedOutward == closedOutward);
        CHECK(meshDifference(p.mesh, mesh) == "");
        CHECK(meshDifference(p.lod, lod) == "");
    }
    CHECK(baked->landmarks.all() == expected.landmarks.all());
    // The strongest form: re-encoding today's body gives the embedded bytes.
    const std::vector<char> bytes = io::encodeScene(expected);
    CHECK(sameBits(bytes, bake::bakedBodyBytes()));
}

TEST_CASE("a damaged copy of the baked body is refused with the reason") {
    const auto baked = bake::bakedBodyBytes();
    REQUIRE(baked.size() > io::kBlobHeaderSize);
    const std::size_t payload = baked.size() - io::kBlobHeaderSize;
    std::string problem;
    std::vector<char> truncated(baked.begin(), baked.begin() + std::ptrdiff_t(baked.size() / 2));
    CHECK_FALSE(io::decodeScene(truncated, problem));
    CHECK(problem == "truncated or corrupt (" + std::to_string(truncated.size() - io::kBlobHeaderSize) +
                         " payload bytes where the header says " + std::to_string(payload) + ")");
    std::vector<char> corrupt(baked.begin(), baked.end());
    corrupt[corrupt.size() / 3] ^= 0x01;
    CHECK_FALSE(io::decodeScene(corrupt, problem));
    CHECK(problem == "corrupt (checksum mismatch)");
}
