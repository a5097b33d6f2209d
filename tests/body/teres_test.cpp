// The back of the shoulder below the spine as an écorché shows it from behind: the teres major
// a thick band from the scapula's inferior angle up and out to the arm, the teres minor above
// it along the lateral border under the deltoid's posterior edge, and the infraspinatus with a
// clean lateral border. Before, the teres major lay under the latissimus and the infraspinatus
// nearly all the way, showing as a sliver beside the arm, the teres minor hardly at all, and the
// infraspinatus had a ragged tab at its upper outer corner, below the deltoid.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::presetEye;

// What the posterior eye sees first at (x, z) mm on the back (x lateral on `side`).
std::string seenOnBack(float side, float x, float z) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 point(side * x * k, 60.0f * k, z * k);
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Posterior);
    return tpa::body::test::firstPartHitId(eye, point - eye);
}

}  // namespace

TEST_CASE("the teres major shows from behind as a band above the latissimus' upper border") {
    // Rows across the back of the armpit, from above the inferior angle (where the
    // latissimus covers it) up to where it passes under the long head of the triceps: in each
    // the teres major is seen over at least 12 mm (it showed as a sliver of 4-8 mm beside the
    // arm from 1312 up, and over 400 mm2 in all).
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-major.left" : "teres-major.right";
        float area = 0.0f;
        for (float z = 1250.0f; z <= 1370.0f; z += 2.0f)
            for (float x = 100.0f; x <= 220.0f; x += 2.0f)
                area += seenOnBack(side, x, z) == id ? 4.0f : 0.0f;
        CAPTURE(side);
        CAPTURE(area);
        CHECK(area >= 800.0f);
        for (float z : {1296.0f, 1304.0f, 1312.0f, 1320.0f, 1328.0f}) {
            float width = 0.0f;
            for (float x = 100.0f; x <= 220.0f; x += 2.0f)
                width += seenOnBack(side, x, z) == id ? 2.0f : 0.0f;
            CAPTURE(z);
            CAPTURE(width);
            CHECK(width >= 12.0f);
        }
    }
}

TEST_CASE("the teres minor shows between the infraspinatus and the teres major") {
    // It showed over about 100 mm2, a sliver under the infraspinatus' lower border.
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-minor.left" : "teres-minor.right";
        float area = 0.0f;
        for (float z = 1300.0f; z <= 1400.0f; z += 2.0f)
            for (float x = 120.0f; x <= 200.0f; x += 2.0f)
                area += seenOnBack(side, x, z) == id ? 4.0f : 0.0f;
        CAPTURE(side);
        CAPTURE(area);
        CHECK(area >= 200.0f);
    }
}

TEST_CASE("the infraspinatus shows no patch lateral to the teres minor") {
    // Row by row across the lower lateral part of the fossa, from the scapula's medial border
    // out to the arm: once the infraspinatus' first run has ended, no more than 6 mm of it is
    // seen further out. Its lower outer part showed there as a second patch, 12-20 mm wide,
    // lateral to the teres minor under the deltoid's posterior edge.
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "infraspinatus.left" : "infraspinatus.right";
        for (float z = 1300.0f; z <= 1360.0f; z += 2.0f) {
            bool started = false, ended = false;
            float beyond = 0.0f;
            for (float x = 70.0f; x <= 230.0f; x += 2.0f) {
                const bool now = seenOnBack(side, x, z) == id;
                if (now && ended) beyond += 2.0f;
                if (!now && started) ended = true;
                started = started || now;
            }
            CAPTURE(side);
            CAPTURE(z);
            CAPTURE(beyond);
            CHECK(beyond <= 6.0f);
        }
    }
}

TEST_CASE("the teres major's upper border lies beside the teres minor, not in a trench below it") {
    // Rows from behind across the back of the armpit, where the teres minor's lower border
    // meets the teres major's upper one: the border shows on at least 8 of the 16 rows, and
    // within 4 mm of it the teres major is seen no more than 19 mm under the skin and at most
    // 10 mm deeper than the teres minor beside it. Its elliptical section's rim lay 9 mm under
    // its outer face, itself 7-8 mm down where it leaves the latissimus (its depth ran
    // straight from 11 mm under the latissimus at the inferior angle): its upper border showed
    // on 5 rows only, sloping away to 23 mm, 13 mm deeper than the teres minor, a trench along
    // it. The rest of the slope is its outer face turning with the posterior axillary fold.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0.0f ? ".left" : ".right";
        int borders = 0;
        float worst = 0.0f, worstStep = -100.0f;
        for (float z = 1310.0f; z <= 1340.0f; z += 2.0f) {
            std::string before;
            float minorDepth = 0.0f;
            for (float x = 100.0f; x <= 220.0f; x += 1.0f) {
                const auto hits = tpa::body::test::hitsUnderSkin(
                    glm::vec3(side * x * k, 400.0f * k, z * k), {0.0f, -1.0f, 0.0f});
                const std::string id = hits.empty() ? "" : hits.front().id;
                if (id == "teres-minor" + s) minorDepth = hits.front().depth;
                if (id == "teres-major" + s && before == "teres-minor" + s) {
                    // The deepest of the teres major's first 4 mm past the border.
                    float deepest = hits.front().depth;
                    for (float dx = 1.0f; dx <= 4.0f; dx += 1.0f) {
                        const auto next = tpa::body::test::hitsUnderSkin(
                            glm::vec3(side * (x + dx) * k, 400.0f * k, z * k),
                            {0.0f, -1.0f, 0.0f});
                        if (!next.empty() && next.front().id == "teres-major" + s)
                            deepest = std::max(deepest, next.front().depth);
                    }
                    ++borders;
                    worst = std::max(worst, deepest / k);
                    worstStep = std::max(worstStep, (deepest - minorDepth) / k);
                }
                before = id;
            }
        }
        CAPTURE(side);
        CAPTURE(borders);
        CAPTURE(worst);
        CAPTURE(worstStep);
        CHECK(borders >= 8);
        CHECK(worst <= 19.0f);
        CHECK(worstStep <= 10.0f);
    }
}

TEST_CASE("the teres minor's lower end is rounded off, not drawn out into a point") {
    // Rows 1 mm apart from behind, up from below the scapula's lateral border: how far below
    // the lowest row where the teres minor is seen at least 8 mm wide it is still seen at all.
    // Its origin line runs along the band, so its end ring was a long thin diagonal whose
    // lower tip lay 5-6 mm over the latissimus' face: a tab tapering to a point over the
    // latissimus 13 mm below the band's full width (1291 -> 1304 mm up). Sunk under the
    // latissimus near its origin (depthProfile), it ends rounded where it leaves the
    // latissimus, 5 mm below its full width (1298 -> 1303 mm up).
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-minor.left" : "teres-minor.right";
        float lowestSeen = 1e9f, lowestWide = 1e9f;
        for (float z = 1350.0f; z >= 1270.0f; z -= 1.0f) {
            float width = 0.0f;
            for (float x = 100.0f; x <= 200.0f; x += 1.0f)
                width += seenOnBack(side, x, z) == id ? 1.0f : 0.0f;
            if (width > 0.0f) lowestSeen = z;
            if (width >= 8.0f) lowestWide = z;
        }
        CAPTURE(side);
        MESSAGE("teres minor seen down to " << lowestSeen << " mm, 8 mm wide down to " << lowestWide);
        CHECK(lowestWide < 1e9f);
        CHECK(lowestWide - lowestSeen <= 8.0f);
    }
}

TEST_CASE("the teres minor's lower end is a band's blunt end, not a tongue hanging to a point") {
    // Rows 1 mm apart from behind, up from the lowest row where the teres minor is seen: the
    // mean width over its lowest 8 mm. Its origin line ran down the scapula's lateral border,
    // nearly along the band, so its end was a long diagonal and the part seen between the
    // infraspinatus and the latissimus hung down as a tongue tapering to a point (5.9 mm; with
    // its origin's anchors across the band, 11.75).
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-minor.left" : "teres-minor.right";
        std::vector<float> widths;  // from the top row down
        for (float z = 1400.0f; z >= 1270.0f; z -= 1.0f) {
            float width = 0.0f;
            for (float x = 100.0f; x <= 220.0f; x += 1.0f)
                width += seenOnBack(side, x, z) == id ? 1.0f : 0.0f;
            widths.push_back(width);
        }
        while (!widths.empty() && widths.back() == 0.0f) widths.pop_back();
        REQUIRE(widths.size() >= 8);
        float mean = 0.0f;
        for (std::size_t i = widths.size() - 8; i < widths.size(); ++i) mean += widths[i] / 8.0f;
        CAPTURE(side);
        MESSAGE("teres minor's lowest 8 mm seen " << mean << " mm wide on average");
        CHECK(mean >= 9.0f);
    }
}

TEST_CASE("the teres minor fills the groove between the infraspinatus and the deltoid") {
    // Rays straight in from behind over the rows where the teres minor shows between the
    // infraspinatus' lateral border and the posterior deltoid's lower one: where they meet
    // it first, it lies no more than 8 mm under the skin on average. At 9-11 mm, with the
    // infraspinatus 2-6 mm and the deltoid 6-8 mm beside it, it lay at the bottom of a dark
    // slot between them (9.2 mm on average; raised 2 mm over its second third, 7.2).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-minor.left" : "teres-minor.right";
        float sum = 0.0f;
        int n = 0;
        for (float z = 1330.0f; z <= 1366.0f; z += 2.0f)
            for (float x = 120.0f; x <= 200.0f; x += 1.0f) {
                const auto hits = tpa::body::test::hitsUnderSkin(
                    glm::vec3(side * x * k, 400.0f * k, z * k), {0.0f, -1.0f, 0.0f});
                if (!hits.empty() && hits.front().id == id) {
                    sum += hits.front().depth / k;
                    ++n;
                }
            }
        CAPTURE(side);
        REQUIRE(n > 0);
        MESSAGE("teres minor seen on " << n << " rays, " << sum / n << " mm deep on average");
        CHECK(sum / n <= 8.0f);
    }
}

TEST_CASE("the teres minor is a flat band under the infraspinatus' lower border, not a cord") {
    // Rows straight in from behind across the teres minor where it shows between the
    // infraspinatus, the deltoid and the teres major: across each row, how far its face turns
    // from one side of what is seen of it to the other (the largest angle between the normals
    // where rays enter it, the mean over the rows), and how thick it is along those rays. A
    // cord 14 mm wide and 10 thick lay on the infraspinatus' lower border as a round sausage
    // whose shading turned from light to dark across it: 53 degrees, 12.7 mm through (6 mm
    // thick with its lower rim sunk 2 mm: 49.1 degrees, 8.0 mm).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh("teres-minor");
    float turnSum = 0.0f, through = 0.0f;
    int rows = 0, rays = 0;
    for (float z = 1310.0f; z <= 1360.0f; z += 2.0f) {
        std::vector<glm::vec3> normals;
        for (float x = 100.0f; x <= 220.0f; x += 1.0f) {
            const glm::vec3 from(x * k, 400.0f * k, z * k);
            const auto hits = tpa::body::test::hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
            if (hits.empty() || hits.front().id != "teres-minor.left") continue;
            const auto crossings = tpa::body::test::meshCrossings(mesh, from, {0.0f, -1.0f, 0.0f});
            if (crossings.size() < 2 || !crossings[0].entering || crossings[1].entering) continue;
            normals.push_back(crossings[0].normal);
            through += (crossings[1].t - crossings[0].t) / k;
            ++rays;
        }
        if (normals.size() < 4) continue;
        float turn = 0.0f;
        for (const glm::vec3& a : normals)
            for (const glm::vec3& b : normals)
                turn = std::max(
                    turn, glm::degrees(std::acos(std::clamp(glm::dot(a, b), -1.0f, 1.0f))));
        turnSum += turn;
        ++rows;
    }
    REQUIRE(rows >= 10);
    MESSAGE("teres minor on " << rows << " rows: its face turns " << turnSum / float(rows)
                              << " degrees across, " << through / float(rays)
                              << " mm through it on average");
    CHECK(turnSum / float(rows) <= 50.0f);
    CHECK(through / float(rays) <= 9.0f);
}
