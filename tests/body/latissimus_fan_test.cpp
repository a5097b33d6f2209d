// The latissimus dorsi from behind as one smooth sheet: its slips laid side by side must not
// shade as separate plates with a line at each seam.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"

TEST_CASE("seen from the posterior view's eye, the latissimus dorsi shades as one sheet, no lines") {
    // Its four slips overlap with each rim standing over the slip below. With its own normals
    // each rim's bevel faced sideways and down, so every seam shaded as a dark line across the
    // back: a long diagonal from under the trapezius' lower tip out to the flank, and a step
    // over the lower slips (2160 turns a side). Over the back from beside the spine out to the
    // flank (farther out, by the armpit, the upper slip stands 30 mm proud of the next as it
    // turns onto the arm: an edge, not a seam), from the iliac crest up to T7, rays 0.5 mm apart
    // from the render's eye whose shading normals differ by more than 10 degrees, the muscle's
    // own borders (within 4 mm of a ray meeting something else: the trapezius, the fascia, the
    // oblique) left out.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = tpa::body::test::embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    for (const char* id : {"latissimus-dorsi.left", "latissimus-dorsi.right"}) {
        const int lat = scene.findPart(id);
        REQUIRE(lat >= 0);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        const auto [pairs, lines] = tpa::body::test::shadingTurns(
            lat, eye, side, {15.0f * k, 120.0f * k},
            {rig.at("iliac-crest").z + 10.0f * k, rig.at("t7").z}, 80.0f * k, 0.5f * k, 4.0f * k,
            10.0f);
        MESSAGE(std::string(id), ": neighbouring rays ", pairs, ", shading turning over 10 degrees ",
                lines);
        CHECK(pairs > 40000);
        CHECK(lines <= 700);
    }
}
