// The forearm's superficial flexors seen from the front: at the medial epicondyle they arise
// together as one rounded mass that tapers onto the epicondyle, not as blades whose tips stand
// out past the elbow's inner outline; above the wrist their bellies taper into their tendons
// instead of ending in a square cut, fleshy to two thirds of the forearm, and their tendons
// lie side by side in one flat band close to the skin.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::firstPartHit;
using tpa::body::test::leftMesh;
using tpa::body::test::withoutSide;

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

namespace {

// Rays from the front across the left (side 1) or right (side -1) forearm at fraction t of the
// way from the elbow to the wrist, 1 mm apart from 30 mm medial to 30 mm lateral of its axis:
// the id (without its side) and depth under the skin of the part each meets first.
std::vector<tpa::body::test::HitUnderSkin> rowFromFront(float side, float t) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(rig.at("elbow-joint"), rig.at("wrist-joint"), t);
    std::vector<tpa::body::test::HitUnderSkin> row;
    for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
        const auto hits = tpa::body::test::hitsUnderSkin(
            {side * (axis.x + dx * k), -400.0f * k, axis.z}, {0.0f, 1.0f, 0.0f});
        if (hits.empty()) continue;
        row.push_back(hits.front());
        row.back().id = withoutSide(row.back().id);
    }
    return row;
}

}  // namespace

TEST_CASE("the flexors stay fleshy to two thirds of the forearm, their tendons one flat band") {
    // From the front, 0.6-0.72 of the way down the forearm the flexor bellies, not their
    // tendons, cover the front (beside the brachioradialis' long tendon): their tendons began at 0.58-0.7, so the lower half read as a bundle of white
    // sticks. Lower down, between the superficialis' outermost tendons, nothing else shows:
    // its four cords lay apart with the profundus' band and the belly dark between them.
    const float k = tpa::body::Rig().stature() / 1750.0f;
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        int rays = 0, tendons = 0;
        for (float t = 0.6f; t <= 0.721f; t += 0.02f)
            for (const auto& hit : rowFromFront(side, t)) {
                ++rays;
                tendons += hit.id == "flexor-carpi-radialis-tendon" ||
                           hit.id == "flexor-digitorum-superficialis-tendons" ||
                           hit.id == "flexor-digitorum-profundus-tendons";
            }
        int band = 0, gaps = 0;
        float depth = 0.0f;
        for (float t = 0.88f; t <= 0.961f; t += 0.02f) {
            const auto row = rowFromFront(side, t);
            const std::string cords = "flexor-digitorum-superficialis-tendons";
            int first = -1, last = -1;
            for (int i = 0; i < static_cast<int>(row.size()); ++i)
                if (row[i].id == cords) {
                    if (first < 0) first = i;
                    last = i;
                }
            for (int i = first; first >= 0 && i <= last; ++i) {
                const bool cord = row[i].id == cords;
                band += cord;
                gaps += !cord;
                depth += cord ? row[i].depth : 0.0f;
            }
        }
        depth /= std::max(band, 1);
        std::printf("flexors from the front (side %+.0f): at 0.6-0.72 of the forearm %d of %d "
                    "rays meet a flexor tendon; at 0.88-0.96 the superficialis' band %d rays, "
                    "%d gaps in it, %.1f mm under the skin\n",
                    side, tendons, rays, band, gaps, depth);
        CHECK(tendons * 20 <= rays);
        CHECK(band >= 80);
        CHECK(gaps * 20 <= band);
        CHECK(depth <= 4.5f * k);
    }
}

TEST_CASE("no bone shows beside the flexor tendons' band above the wrist") {
    // Rays from the anterior eye over the 36 mm above the wrist joint, 1 mm apart: the ulna
    // showed between the flexor carpi ulnaris and the band, and the radius beside the
    // brachioradialis' tendon (23 of 1,837 rays a side); the profundus' band now reaches 5 mm
    // further toward the ulna and the brachioradialis' tendon is 3 mm wider over the styloid.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 wrist = rig.at("wrist-joint");
    const auto& parts = tpa::body::test::embeddedScene().parts;
    for (const float side : {1.0f, -1.0f}) {
        int rays = 0, bone = 0;
        for (float dz = 0.0f; dz <= 36.0f; dz += 1.0f)
            for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
                const glm::vec3 point(side * (wrist.x + dx * k), wrist.y - 22.0f * k,
                                      wrist.z + dz * k);
                const int hit = firstPartHit(eye, point - eye);
                if (hit < 0) continue;
                ++rays;
                bone += parts[static_cast<std::size_t>(hit)].kind == tpa::core::PartKind::Bone;
            }
        std::printf("above the wrist from the front (side %+.0f): %d of %d rays meet bone\n", side,
                    bone, rays);
        CHECK(bone <= 6);
    }
}
