// The forearm's superficial flexors seen from the front: at the medial epicondyle they arise
// together as one rounded mass that tapers onto the epicondyle, not as blades whose tips stand
// out past the elbow's inner outline; above the wrist their bellies taper into their tendons
// instead of ending in a square cut.
#include <doctest/doctest.h>

#include <algorithm>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::firstPartHit;
using tpa::body::test::leftMesh;

namespace {

// How far (mm, from the midline) the elbow's inner outline seen from the front reaches at
// height z: the most medial point of the left (side 1) or right (side -1) limb that a ray from
// the front meets, between 40 mm medial of the medial epicondyle and 30 mm lateral of it.
float medialOutline(float side, float z) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float x0 = rig.at("medial-epicondyle").x;
    for (float dx = -40.0f; dx <= 30.0f; dx += 0.5f) {
        const float x = x0 + dx * k;
        if (firstPartHit({side * x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f}) >= 0) return x;
    }
    return x0 + 30.0f * k;
}

}  // namespace

TEST_CASE("the flexors' tops taper onto the medial epicondyle without standing out as spikes") {
    // Going down the elbow 2 mm at a time, the inner outline moves medially by at most a few
    // millimetres a row: the tops of the pronator teres and the flexor carpi radialis stood out
    // 10 mm past the brachialis within 4 mm of height, as blades pointing up.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float zc = rig.at("medial-epicondyle").z;
    for (const float side : {1.0f, -1.0f}) {
        float worst = 0.0f, at = 0.0f;
        float above = medialOutline(side, zc + 40.0f * k);
        for (float dz = 38.0f; dz >= -20.0f; dz -= 2.0f) {
            const float here = medialOutline(side, zc + dz * k);
            if (above - here > worst) worst = above - here, at = dz;
            above = here;
        }
        INFO("side " << side << ": the outline steps " << worst << " mm medially at " << at
                     << " mm from the epicondyle");
        CHECK(worst < 4.0f * k);
    }
}

TEST_CASE("the flexor digitorum superficialis' belly tapers obliquely into its tendons") {
    // Its lowest 6 mm were a level cut 34 mm across, from two insertion anchors side by side.
    const auto& mesh = leftMesh("flexor-digitorum-superficialis");
    float bottom = 1e9f;
    for (const auto& v : mesh.positions) bottom = std::min(bottom, v.z);
    float x0 = 1e9f, x1 = -1e9f;
    for (const auto& v : mesh.positions)
        if (v.z < bottom + 6.0f) x0 = std::min(x0, v.x), x1 = std::max(x1, v.x);
    const float k = tpa::body::Rig().stature() / 1750.0f;
    INFO("the belly's lowest 6 mm are " << x1 - x0 << " mm across");
    CHECK(x1 - x0 < 20.0f * k);
}
