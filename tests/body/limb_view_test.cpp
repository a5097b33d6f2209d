// The joints of the limbs seen as the renders show them: rays from the camera eye of a view
// preset (a perspective camera, so a point off the axis is seen at a slant) through points
// near the elbow, the knee, the wrist and the ankle meet muscle or tendon, not bone.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::presetEye;

// The first part the eye sees at `point` through the hidden skin; empty if none.
const tpa::core::Part* seenAt(glm::vec3 eye, glm::vec3 point) {
    const int hit = tpa::body::test::firstPartHit(eye, point - eye);
    return hit < 0 ? nullptr : &embeddedScene().parts[static_cast<std::size_t>(hit)];
}

// Rays from `eye` through a grid of points around a rig point (offsets in mm, +x lateral on
// either side): none may meet a bone first. Returns how many met a part at all.
int checkNoBoneSeen(tpa::core::ViewPreset view, const char* rigPoint, glm::vec2 xRange, float y,
                    glm::vec2 zRange, float step) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(view), at = rig.at(rigPoint);
    int seen = 0;
    for (float side : {1.0f, -1.0f})
        for (float dz = zRange.x; dz <= zRange.y; dz += step)
            for (float dx = xRange.x; dx <= xRange.y; dx += step) {
                const glm::vec3 point(side * (at.x + dx * k), at.y + y * k, at.z + dz * k);
                const auto* part = seenAt(eye, point);
                if (!part) continue;
                ++seen;
                CAPTURE(side);
                CAPTURE(dx);
                CAPTURE(dz);
                CAPTURE(part->id);
                CHECK(part->kind != tpa::core::PartKind::Bone);
            }
    return seen;
}

}  // namespace

TEST_CASE("the cubital fossa shows muscle and the bicipital aponeurosis, not bone") {
    // The radius' neck glinted between the biceps' end, the pronator teres and the
    // brachioradialis, and the humerus above the medial epicondyle between the brachialis and
    // the pronator teres: the supinator now floors the fossa laterally, the pronator teres'
    // humeral head rises from the supracondylar ridge, and the brachialis is wider.
    const int seen = checkNoBoneSeen(tpa::core::ViewPreset::Anterior, "elbow-joint", {-40, 40},
                                     -30.0f, {-40, 30}, 2.0f);
    CHECK(seen > 1000);
    for (const char* suffix : {".left", ".right"}) {
        const int i = embeddedScene().findPart(std::string("bicipital-aponeurosis") + suffix);
        REQUIRE(i >= 0);
        CHECK(embeddedScene().parts[static_cast<std::size_t>(i)].kind ==
              tpa::core::PartKind::Other);
    }
}

TEST_CASE("the popliteal fossa is a shallow diamond floored by ligament and popliteus, not bone") {
    // From behind the hamstrings ran parallel into the gastrocnemius' heads, which rose side by
    // side 26 mm above the condyles: a groove with the femur glinting in it. Now the biceps
    // femoris and the semitendinosus diverge above, the gastrocnemius' heads spring from the
    // condyles below, and the oblique popliteal ligament and the popliteus floor the diamond.
    const int seen = checkNoBoneSeen(tpa::core::ViewPreset::Posterior, "knee-joint", {-30, 30},
                                     40.0f, {-30, 70}, 3.0f);
    CHECK(seen > 1000);
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Posterior), knee = rig.at("knee-joint");
    auto firstUnderSkin = [&](float side, float dx, float dz) {
        const glm::vec3 point(side * (knee.x + dx * k), knee.y + 40.0f * k, knee.z + dz * k);
        const auto hits = tpa::body::test::hitsUnderSkin(eye, point - eye);
        REQUIRE(!hits.empty());
        return hits.front();
    };
    for (float side : {1.0f, -1.0f})
        for (float dz : {6.0f, 14.0f, 22.0f}) {
            CAPTURE(side);
            CAPTURE(dz);
            // The floor in the middle, a few mm deeper than the heads either side of it.
            const auto floor = firstUnderSkin(side, 4.0f, dz);
            CHECK(floor.id.rfind("oblique-popliteal-ligament", 0) == 0);
            for (float dx : {-22.0f, 28.0f}) {
                const auto rim = firstUnderSkin(side, dx, dz);
                CAPTURE(rim.id);
                CHECK(rim.id.rfind("gastrocnemius", 0) == 0);
                CHECK(floor.depth > rim.depth + 4.0f * k);
            }
        }
}

TEST_CASE("the flexor retinaculum and the dorsal interossei cover the carpus and metacarpus") {
    // The hand's skeleton is a carpal block and finger rays: from the front the block showed
    // across the wrist between the thenar and the hypothenar, and from behind the metacarpals
    // between the extensor tendons.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 wrist = rig.at("wrist-joint");
    const glm::vec3 front = presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 back = presetEye(tpa::core::ViewPreset::Posterior);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string suffix = side > 0.0f ? ".left" : ".right";
        for (float dz : {-14.0f, -20.0f, -26.0f})
            for (float dx : {-12.0f, -4.0f, 4.0f, 12.0f}) {
                CAPTURE(dz);
                CAPTURE(dx);
                const glm::vec3 point(side * (wrist.x + dx * k), wrist.y - 22.0f * k,
                                      wrist.z + dz * k);
                const auto* part = seenAt(front, point);
                REQUIRE(part);
                CHECK(part->id == "flexor-retinaculum" + suffix);
            }
        // Between the extensor tendons, half-way down the back of the hand.
        for (float dz : {-40.0f, -50.0f, -60.0f})
            for (float dx : {-1.0f, 9.0f, 19.0f}) {
                CAPTURE(dz);
                CAPTURE(dx);
                const glm::vec3 point(side * (wrist.x + dx * k), wrist.y + 12.0f * k,
                                      wrist.z + dz * k);
                const auto* part = seenAt(back, point);
                REQUIRE(part);
                CAPTURE(part->id);
                CHECK(part->kind != tpa::core::PartKind::Bone);
            }
    }
}

TEST_CASE("the bicipital aponeurosis fans out from the biceps' tendon") {
    // Its breadth seen from the front, across the part a fifth of its height from its top and
    // from its bottom. In life it leaves the tendon as a narrow band and spreads down and
    // medially into the fascia over the flexors. Before, it was drawn the other way round: a
    // broad straight top edge across the end of the biceps tapering to a point (27 mm across
    // near its top, 14 near its bottom), which read as a label stuck on the forearm.
    const tpa::core::Mesh& mesh = tpa::body::test::leftMesh("bicipital-aponeurosis");
    // Across its course rather than horizontally: it runs obliquely down and medially, and a
    // level line near its top cut the slanting band at a long slant. The course is the
    // principal direction of its vertices seen from the front (x, z).
    glm::vec2 mean(0.0f);
    for (const auto& v : mesh.positions) mean += glm::vec2(v.x, v.z) / float(mesh.positions.size());
    float sxx = 0.0f, sxz = 0.0f, szz = 0.0f;
    for (const auto& v : mesh.positions) {
        const glm::vec2 d = glm::vec2(v.x, v.z) - mean;
        sxx += d.x * d.x;
        sxz += d.x * d.y;
        szz += d.y * d.y;
    }
    const float angle = 0.5f * std::atan2(2.0f * sxz, sxx - szz);
    glm::vec2 along(std::cos(angle), std::sin(angle));
    if (along.y > 0.0f) along = -along;  // from its top down
    const glm::vec2 across(-along.y, along.x);
    float lo = 1e9f, hi = -1e9f;
    for (const auto& v : mesh.positions) {
        const float s = glm::dot(glm::vec2(v.x, v.z) - mean, along);
        lo = std::min(lo, s);
        hi = std::max(hi, s);
    }
    auto breadth = [&](float fromTop) {
        const glm::vec2 c = mean + along * (lo + fromTop * (hi - lo));
        int crossed = 0;
        for (float t = -60.0f; t <= 60.0f; t += 0.5f) {
            const glm::vec2 q = c + across * t;
            const auto hits = tpa::body::test::meshCrossings(mesh, {q.x, -400.0f, q.y}, {0, 1, 0});
            crossed += !hits.empty();
        }
        return 0.5f * float(crossed);
    };
    const float top = breadth(0.2f), bottom = breadth(0.8f);
    std::printf("bicipital aponeurosis from the front: %.1f mm across near its top, %.1f near "
                "its bottom\n", top, bottom);
    CHECK(top < 0.75f * bottom);
}

TEST_CASE("the bicipital aponeurosis is a narrow band off the biceps' end, not a plate") {
    // Seen from the anterior camera through the hidden skin, over the front of the elbow and the
    // forearm's upper half (2 mm grid). It was a white card 30 mm wide laid over the biceps'
    // end and the flexors from 9 mm above the elbow's axis to 50 mm below it; in life it leaves
    // the tendon's medial side where the belly ends and fans into the fascia over the flexors,
    // its lower edge lost under them rather than ending in a straight cut.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Anterior), elbow = rig.at("elbow-joint");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id =
            side > 0.0f ? "bicipital-aponeurosis.left" : "bicipital-aponeurosis.right";
        int seen = 0, widest = 0;
        float top = -1e9f;
        for (float dz = 60.0f; dz >= -150.0f; dz -= 2.0f) {
            int row = 0;
            for (float dx = -60.0f; dx <= 60.0f; dx += 2.0f) {
                const glm::vec3 point(side * (elbow.x + dx * k), elbow.y - 30.0f * k,
                                      elbow.z + dz * k);
                const auto* part = seenAt(eye, point);
                if (!part || part->id != id) continue;
                ++row;
                top = std::max(top, dz);
            }
            seen += row;
            widest = std::max(widest, row);
        }
        std::printf(
            "bicipital aponeurosis (side %+.0f) seen from the front: %d rays of 2 mm, "
            "%d mm at its widest, its top %.0f mm from the elbow's axis\n",
            side, seen, 2 * widest, top);
        CHECK(seen > 60);
        CHECK(seen < 200);
        // Its lower end is the widest part of a triangle (elbow_aponeurosis_test.cpp): 28 mm
        // across a level row there, still short of the 30 mm card.
        CHECK(2 * widest < 30);
        CHECK(top < 0.0f);
    }
}

TEST_CASE("no bone shows round the flexor retinaculum and the radial styloid from the front") {
    // From the front the radius showed between the flexor tendons and the brachioradialis' and
    // thumb's tendons over the styloid, and the carpus in a seam along the retinaculum's upper
    // border and at its ulnar end.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Anterior), wrist = rig.at("wrist-joint");
    for (float side : {1.0f, -1.0f}) {
        int bone = 0, seen = 0;
        for (float dz = -36.0f; dz <= 36.0f; dz += 1.0f)
            for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
                const glm::vec3 point(side * (wrist.x + dx * k), wrist.y - 22.0f * k,
                                      wrist.z + dz * k);
                const auto* part = seenAt(eye, point);
                if (!part) continue;
                ++seen;
                bone += part->kind == tpa::core::PartKind::Bone;
            }
        CAPTURE(side);
        CAPTURE(seen);
        MESSAGE("rays meeting bone first: " << bone << " of " << seen);
        CHECK(bone * 60 <= seen);
    }
}

TEST_CASE("the bicipital aponeurosis' lower end is a smooth curve from the front") {
    // Its lowest point seen from the anterior camera in each column 0.5 mm wide across it: the
    // border runs down from its medial tip and back up to the biceps' tendon, one turn. Sunk
    // under the flexors' faces at its end, its border followed their seams in notches (three
    // turns of more than 0.5 mm).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Anterior), elbow = rig.at("elbow-joint");
    for (float side : {1.0f, -1.0f}) {
        const std::string id =
            side > 0.0f ? "bicipital-aponeurosis.left" : "bicipital-aponeurosis.right";
        std::vector<float> border;
        for (float dx = -70.0f; dx <= 20.0f; dx += 0.5f) {
            float low = 1e9f;
            for (float dz = -10.0f; dz >= -80.0f; dz -= 0.25f) {
                const glm::vec3 point(side * (elbow.x + dx * k), elbow.y - 30.0f * k,
                                      elbow.z + dz * k);
                const auto* part = seenAt(eye, point);
                if (part && part->id == id) low = dz;
            }
            if (low < 1e8f) border.push_back(low);
        }
        // Turns of the border by more than 0.5 mm.
        int turns = 0, dir = 0;
        float extreme = border.empty() ? 0.0f : border.front();
        for (float b : border) {
            if (dir >= 0 && b > extreme) {
                extreme = b, dir = 1;
            } else if (dir <= 0 && b < extreme) {
                extreme = b, dir = -1;
            } else if ((dir == 1 && b < extreme - 0.5f) || (dir == -1 && b > extreme + 0.5f)) {
                ++turns, dir = -dir, extreme = b;
            }
        }
        CAPTURE(side);
        CAPTURE(border.size());
        MESSAGE("turns of the bicipital aponeurosis' lower border: " << turns);
        CHECK(border.size() >= 40);
        CHECK(turns == 1);
    }
}

TEST_CASE("the bicipital aponeurosis lies thin and flush on the muscles under it") {
    // Rays from the anterior camera on a 1 mm grid over the front of the elbow: where the
    // aponeurosis is seen first, how much of it the ray crosses (its thickness as seen), and the
    // depth step to the muscle seen first beside it (the brachialis at the floor of the cubital
    // fossa aside, which its top bridges). It was 1.5 mm thick and laid 1 mm under the skin
    // while the muscles fall away from the skin toward the forearm's medial border: a bright
    // white crescent standing off them like a blade, running nearly straight down the forearm's
    // medial side (1.61 mm thick, border steps 1.55 mm on average, 95 of 155 over 1 mm, its
    // course 36 degrees from the vertical).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Anterior), elbow = rig.at("elbow-joint");
    for (float side : {1.0f, -1.0f}) {
        const std::string id =
            side > 0.0f ? "bicipital-aponeurosis.left" : "bicipital-aponeurosis.right";
        const int part = embeddedScene().findPart(id);
        REQUIRE(part >= 0);
        const tpa::core::Mesh& mesh = embeddedScene().parts[static_cast<std::size_t>(part)].mesh;
        constexpr int nx = 91, nz = 81;
        std::vector<std::string> ids(nx * nz);
        std::vector<float> depth(nx * nz, 0.0f);
        int seen = 0;
        float thickness = 0.0f;
        for (int iz = 0; iz < nz; ++iz)
            for (int ix = 0; ix < nx; ++ix) {
                const glm::vec3 point(side * (elbow.x + (float(ix) - 70.0f) * k),
                                      elbow.y - 30.0f * k, elbow.z - float(iz) * k);
                const auto hits = tpa::body::test::hitsUnderSkin(eye, point - eye);
                if (hits.empty()) continue;
                const int i = iz * nx + ix;
                ids[i] = hits.front().id;
                depth[i] = hits.front().depth;
                if (ids[i] != id) continue;
                const auto crossings =
                    tpa::body::test::meshCrossings(mesh, eye, glm::normalize(point - eye));
                REQUIRE(crossings.size() >= 2);
                thickness += crossings[1].t - crossings[0].t;
                ++seen;
            }
        REQUIRE(seen > 0);
        int steps = 0, over1 = 0, holes = 0;
        float stepSum = 0.0f;
        for (int iz = 0; iz < nz; ++iz)
            for (int ix = 0; ix < nx; ++ix) {
                const int i = iz * nx + ix;
                if (ids[i] != id) continue;
                for (const auto& [ddx, ddz] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    const int jx = ix + ddx, jz = iz + ddz;
                    if (jx < 0 || jz < 0 || jx >= nx || jz >= nz) continue;
                    const int j = jz * nx + jx;
                    if (ids[j].empty() || ids[j] == id || ids[j].rfind("brachialis", 0) == 0)
                        continue;
                    const float step = std::abs(depth[j] - depth[i]);
                    ++steps;
                    stepSum += step;
                    over1 += step > 1.0f * k;
                }
            }
        // Its course from the front: the principal direction of the grid points where it is
        // seen, in degrees from the vertical (it runs down and medially from the biceps' tendon).
        glm::vec2 mean(0.0f);
        for (int i = 0; i < nx * nz; ++i)
            if (ids[i] == id) mean += glm::vec2(float(i % nx), float(i / nx)) / float(seen);
        float sxx = 0.0f, sxz = 0.0f, szz = 0.0f;
        for (int i = 0; i < nx * nz; ++i)
            if (ids[i] == id) {
                const glm::vec2 d = glm::vec2(float(i % nx), float(i / nx)) - mean;
                sxx += d.x * d.x, sxz += d.x * d.y, szz += d.y * d.y;
            }
        const float slant = 90.0f - std::abs(glm::degrees(0.5f * std::atan2(2.0f * sxz, sxx - szz)));
        // Muscle showing through it between its borders, row by row.
        for (int iz = 0; iz < nz; ++iz) {
            int first = -1, last = -1;
            for (int ix = 0; ix < nx; ++ix)
                if (ids[iz * nx + ix] == id) {
                    if (first < 0) first = ix;
                    last = ix;
                }
            for (int ix = first; first >= 0 && ix <= last; ++ix) holes += ids[iz * nx + ix] != id;
        }
        const float meanThickness = thickness / float(seen), meanStep = stepSum / float(steps);
        std::printf("bicipital aponeurosis (side %+.0f): %d rays, %.2f mm thick along them; "
                    "%d steps at its border, %.2f mm on average, %d over 1 mm; %d holes; its course %.0f "
                    "degrees from the vertical\n",
                    side, seen, meanThickness, steps, meanStep, over1, holes, slant);
        CAPTURE(side);
        CHECK(meanThickness < 1.0f * k);
        CHECK(meanStep < 1.2f * k);
        CHECK(over1 * 2 < steps);
        CHECK(holes == 0);
        CHECK(slant > 42.0f);
    }
}
