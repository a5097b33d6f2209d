// The middle trapezius from behind between the shoulders: its slips overlap without a groove
// at each boundary. With the rims on both sides of an overlap sunk, every boundary was a
// V-groove 0.4 mm deep whose flanks turned about 12 degrees apart, so the part read as a stack
// of horizontal shingles with step lines between them instead of one smooth sheet.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::hitsUnderSkin;

namespace {

// How far under the skin a ray from behind at (x, z) meets the middle trapezius, if that is
// the first part it meets (-1 otherwise).
float middleTrapeziusDepth(float x, float z, float k) {
    const auto hits = hitsUnderSkin({x, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
    if (hits.empty() || hits.front().id.rfind("middle-trapezius", 0) != 0) return -1.0f;
    return hits.front().depth;
}

}  // namespace

TEST_CASE("the middle trapezius' slip boundaries leave no groove across the back") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Columns of rays from behind over the medial half of the middle part, from C7 to T4: its
    // depth under the skin against the mean of the depths 4 mm above and below. The skin's
    // own curve drops out; a groove between slips stands 0.3-0.7 mm deeper than its flanks.
    const float h = 4.0f * k;
    int rays = 0, grooves = 0;
    float worst = 0.0f;
    for (float x = 6.0f * k; x <= 0.5f * rig.at("spine-of-scapula-mid").x; x += 2.0f * k)
        for (float z = rig.at("c7").z - 4.0f * k; z >= rig.at("t4").z + 4.0f * k; z -= 1.0f * k) {
            const float d = middleTrapeziusDepth(x, z, k);
            const float up = middleTrapeziusDepth(x, z + h, k);
            const float down = middleTrapeziusDepth(x, z - h, k);
            if (d < 0.0f || up < 0.0f || down < 0.0f) continue;
            ++rays;
            const float groove = d - 0.5f * (up + down);
            worst = std::max(worst, groove);
            if (groove > 0.15f * k) ++grooves;
        }
    MESSAGE("rays: " << rays << ", in a groove deeper than 0.15 mm: " << grooves
                     << ", deepest " << worst << " mm");
    CHECK(rays > 1000);
    CHECK(grooves * 15 <= rays);  // 239 of 2,545 with both rims of each overlap sunk
    CHECK(worst < 0.4f * k);      // 0.60 mm
}

TEST_CASE("seen from the back view's eye, the trapezius shades as one sheet, no shingles") {
    // The upper and middle parts are fans of slips, separate pieces whose rims sink under each
    // other; each piece's vertex normals bent down toward its rims, so every boundary shaded as
    // a line across the back and the middle part read as a stack of shingles even where the
    // groove between two slips was shallow. Rays 1 mm apart from the render's eye over the back
    // from T12 to above C7 whose shading normals differ by more than 4 degrees between
    // neighbours, each part's own borders (within 4 mm of a ray meeting something else) left
    // out. With each slip's own normals: upper 11, middle 447 a side; lower 0.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = tpa::body::test::embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    struct Part {
        const char* id;
        int most;
    };
    for (const Part& part : {Part{"upper-trapezius", 4}, Part{"middle-trapezius", 330},
                             Part{"lower-trapezius", 4}})
        for (const char* side : {".left", ".right"}) {
            const std::string id = std::string(part.id) + side;
            const int index = scene.findPart(id);
            REQUIRE(index >= 0);
            const auto [pairs, lines] = tpa::body::test::shadingTurns(
                index, eye, std::string(side) == ".left" ? 1.0f : -1.0f,
                {3.0f * k, rig.at("acromion").x}, {rig.at("t12").z, rig.at("c7").z + 60.0f * k},
                80.0f * k, 1.0f * k, 4.0f * k, 4.0f);
            MESSAGE(id, ": neighbouring rays ", pairs, ", shading turning over 4 degrees ", lines);
            CHECK(pairs > 10000);
            CHECK(lines <= part.most);
        }
}
