// When the blob baked into the program is unusable (a broken build), the embedded body is
// generated instead: the same body, ready to draw, only slower.
#include "app/scene_source.h"
#include "bake/baked_body.h"

#include <doctest/doctest.h>

#include <vector>

using namespace tpa;

TEST_CASE("a damaged baked body falls back to generating the same body, prepared for drawing") {
    const core::Scene baked = app::loadEmbeddedBody();
    const auto bytes = bake::bakedBodyBytes();
    std::vector<char> damaged(bytes.begin(), bytes.end());
    damaged[damaged.size() / 2] ^= 0x10;  // the checksum no longer matches
    const core::Scene generated = app::loadEmbeddedBody(damaged);
    REQUIRE(generated.parts.size() == baked.parts.size());
    for (std::size_t i = 0; i < baked.parts.size(); ++i) {
        const auto &a = baked.parts[i], &b = generated.parts[i];
        CAPTURE(a.id);
        CHECK(b.id == a.id);
        CHECK(b.mesh.indices.size() == a.mesh.indices.size());
        CHECK(b.lod.indices.size() == a.lod.indices.size());  // LODs made, as for drawing
        CHECK(b.closedOutward == a.closedOutward);            // and culling flags set
    }
}
