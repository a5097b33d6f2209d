// The skin over the flank from behind and the side: the waist widens into the hips with, at
// most, the shallow furrow of the iliac crest. Before, a round flank mass sat over the crest
// and reached round to the back: from behind and at the side it read as a lump with a crease
// under it (10 mm deep, 30 degrees behind the side).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "body/rig.h"
#include "body/skin_field.h"

TEST_CASE("the flank runs from the waist into the hip without a lump over the iliac crest") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const float k = rig.stature() / 1750.0f;
    const float top = rig.at("iliac-crest").z + 100.0f * k;
    const float bottom = rig.at("greater-trochanter").z;
    // Straight out from the trunk's axis, from the side (0 degrees) round to the back (60),
    // going down from the waist (the narrowest above the crest) to the trochanters: how far the
    // skin falls back in under the furthest it reached above (a crease under a bulge). In front
    // of the side, the flank pad may overhang the crest, as in a lean man it does.
    const float crest = rig.at("iliac-crest").z;
    for (int degrees = 0; degrees <= 60; degrees += 15) {
        CAPTURE(degrees);
        const float a = float(degrees) * 3.14159265f / 180.0f;
        const glm::vec3 out(std::cos(a), std::sin(a), 0.0f);
        std::vector<glm::vec2> radii;  // (z, r), top down
        for (float z = top; z >= bottom; z -= 5.0f * k) {
            const glm::vec3 axis(0.0f, 10.0f * k, z);
            float r = 40.0f * k;
            while (r < 300.0f * k && skin.evaluate(axis + out * r) < 0.0f) r += 0.5f;
            radii.push_back({z, r});
        }
        std::size_t waist = 0;
        for (std::size_t i = 0; i < radii.size() && radii[i].x >= crest; ++i)
            if (radii[i].y < radii[waist].y) waist = i;
        float furthest = 0.0f, crease = 0.0f;
        for (std::size_t i = waist; i < radii.size(); ++i) {
            furthest = std::max(furthest, radii[i].y);
            crease = std::max(crease, furthest - radii[i].y);
        }
        std::printf("flank at %d degrees behind the side: crease %.1f mm\n", degrees, crease);
        CHECK(crease <= 4.0f * k);
    }
}
