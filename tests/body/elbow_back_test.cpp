// The back of the arm and elbow seen from behind, as an écorché shows them: the triceps' long
// and lateral heads over the upper arm around a flat tendon that starts below the middle of the
// arm and narrows onto the olecranon; the anconeus from the lateral epicondyle to the ulna's
// posterior border, which with the olecranon is the only bone that shows.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::withoutSide;

namespace {

struct Row {
    float tendon = 0.0f, heads = 0.0f, bone = 0.0f, anconeus = 0.0f;
    // The first part met lateral to the bone seen in the row, and the last medial to it
    // (empty: none).
    std::string besideBone, medialOfBone;
};

// Rays from behind (1 mm apart, scaled with the stature) across the left or right limb at
// `at`, 40 mm either side of it: how many millimetres of the row each part takes.
Row rowFromBehind(glm::vec3 at, float side) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    Row row;
    bool inBone = false;
    std::string last;
    for (float dx = -40.0f; dx <= 40.0f; dx += 1.0f) {
        const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
        const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
        if (hit < 0) continue;
        const auto& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
        const std::string id = withoutSide(part.id);
        const bool bone = part.kind == tpa::core::PartKind::Bone;
        row.tendon += id == "triceps-tendon";
        row.heads += id == "triceps-brachii";
        row.bone += bone;
        row.anconeus += id == "anconeus";
        if (inBone && !bone && row.besideBone.empty()) row.besideBone = id;
        if (bone && row.bone == 1.0f) row.medialOfBone = last;
        inBone = bone;
        last = id;
    }
    return row;
}

}  // namespace

TEST_CASE("the triceps' tendon narrows onto the olecranon under the heads' horseshoe") {
    const tpa::body::Rig rig;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // Over the upper half of the arm the heads alone (the tendon showed from 0.45 down,
        // a strip between two spindles).
        for (float t : {0.45f, 0.5f}) {
            const Row row = rowFromBehind(glm::mix(shoulder, elbow, t), side);
            CAPTURE(t);
            CHECK(row.tendon == 0.0f);
            CHECK(row.bone <= 2.0f);
            CHECK(row.heads >= 50.0f);
        }
        // Below, the plate is widest over the lower arm and narrows to the olecranon: it ended
        // in a squared plate twice as wide as its shaft across the elbow (a hammer's head).
        float widest = 0.0f, widestAt = 0.0f;
        for (float t = 0.6f; t <= 0.97f; t += 0.01f) {
            const Row row = rowFromBehind(glm::mix(shoulder, elbow, t), side);
            if (row.tendon > widest) widest = row.tendon, widestAt = t;
            // Flanked by the heads down to the elbow.
            if (t <= 0.92f) {
                CAPTURE(t);
                CHECK(row.heads >= 12.0f);
            }
        }
        const Row end = rowFromBehind(glm::mix(shoulder, elbow, 0.96f), side);
        CAPTURE(widest);
        CAPTURE(widestAt);
        CAPTURE(end.tendon);
        CHECK(widestAt <= 0.9f);
        CHECK(end.tendon >= 10.0f);
        CHECK(end.tendon <= 0.85f * widest);
    }
}

TEST_CASE("from behind the ulna shows as a strip between the anconeus and the flexors") {
    const tpa::body::Rig rig;
    const glm::vec3 elbow = rig.at("elbow-joint"), wrist = rig.at("wrist-joint");
    for (float side : {1.0f, -1.0f}) {
        // Over the upper fifth of the forearm: the anconeus covers the lateral side of the
        // olecranon and the ulna up to its posterior border; 18 mm of bare ulna showed, with the
        // brachialis and pronator teres in a gap between it and the anconeus.
        float bone = 0.0f, anconeus = 0.0f;
        int beside = 0, rows = 0;
        for (float t = 0.03f; t <= 0.2f; t += 0.01f, ++rows) {
            const Row row = rowFromBehind(glm::mix(elbow, wrist, t), side);
            CAPTURE(t);
            CAPTURE(row.bone);
            CAPTURE(row.besideBone);
            CHECK(row.bone <= 14.0f);
            bone += row.bone;
            anconeus += row.anconeus;
            beside += row.bone == 0.0f || row.besideBone == "anconeus";
        }
        CAPTURE(side);
        CAPTURE(bone / float(rows));
        CAPTURE(anconeus / float(rows));
        CHECK(bone / float(rows) <= 10.0f);
        CHECK(anconeus / float(rows) >= 20.0f);
        CHECK(beside * 4 >= rows * 3);
    }
}

TEST_CASE("the flexor carpi ulnaris reaches the ulna's posterior border from the medial side") {
    const tpa::body::Rig rig;
    const glm::vec3 elbow = rig.at("elbow-joint"), wrist = rig.at("wrist-joint");
    for (float side : {1.0f, -1.0f}) {
        // Below the anconeus, between a quarter and a third of the forearm, the ulna's border
        // showed 10-16 mm wide with the superficial flexor and the pronator teres between it
        // and the flexor carpi ulnaris, which arises from it.
        float bone = 0.0f;
        int medial = 0, rows = 0;
        for (float t = 0.1f; t <= 0.35f; t += 0.01f, ++rows) {
            const Row row = rowFromBehind(glm::mix(elbow, wrist, t), side);
            CAPTURE(t);
            CAPTURE(row.bone);
            CAPTURE(row.medialOfBone);
            CHECK(row.bone <= 12.0f);
            bone += row.bone;
            medial += row.bone == 0.0f || row.medialOfBone == "flexor-carpi-ulnaris";
        }
        CAPTURE(side);
        CAPTURE(bone / float(rows));
        CAPTURE(medial);
        CHECK(bone / float(rows) <= 7.0f);
        CHECK(medial * 4 >= rows * 3);
    }
}

TEST_CASE("the triceps covers the back of the arm from side to side down to the elbow") {
    // Over the lower half of the arm, rays from behind within 24 mm of the arm's axis: the two
    // heads as narrow spindles and no medial head left the biceps and brachialis showing at
    // both sides of the back of the arm, 30-40 mm deep, in dark grooves.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    for (float side : {1.0f, -1.0f}) {
        int other = 0, rays = 0;
        for (float t = 0.5f; t <= 0.905f; t += 0.02f) {
            const glm::vec3 at = glm::mix(shoulder, elbow, t);
            for (float dx = -24.0f; dx <= 24.0f; dx += 1.0f, ++rays) {
                const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
                const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
                const std::string id =
                    hit < 0 ? std::string()
                            : embeddedScene().parts[static_cast<std::size_t>(hit)].id;
                other += id.rfind("triceps-", 0) != 0;
            }
        }
        CAPTURE(side);
        CAPTURE(rays);
        MESSAGE("rays not on the triceps: " << other << " of " << rays);
        CHECK(other * 50 <= rays);
    }
}

namespace {

// What rays from behind meet first over a window behind the elbow (x lateral, z up, mm from the
// elbow joint, scaled with the stature): the part's id without side, "#bone" for a bone, and
// how deep under the skin it lies.
struct Seen {
    std::string id;
    float depth = 0.0f;
};
std::vector<std::vector<Seen>> behindElbow(float side) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 elbow = rig.at("elbow-joint");
    std::vector<std::vector<Seen>> rows;
    for (float z = 24.0f; z >= -60.0f; z -= 1.5f) {
        auto& row = rows.emplace_back();
        for (float x = -45.0f; x <= 45.0f; x += 1.5f) {
            const glm::vec3 from(side * (elbow.x + x * k), 400.0f * k, elbow.z + z * k);
            const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
            Seen seen;
            if (hit >= 0) {
                const auto& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
                seen.id = part.kind == tpa::core::PartKind::Bone
                              ? std::string("#bone")
                              : withoutSide(part.id);
                const auto hits = hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
                seen.depth = hits.empty() ? 0.0f : hits.front().depth;
            }
            row.push_back(seen);
        }
    }
    return rows;
}

// The left anconeus' thickest chord seen from behind (mm), over a grid round the elbow joint.
float anconeusThickest(const tpa::body::Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 elbow = rig.at("elbow-joint");
    const auto& mesh = tpa::body::test::leftMesh("anconeus");
    float thickest = 0.0f;
    for (float z = 24.0f; z >= -60.0f; z -= 1.5f)
        for (float x = -45.0f; x <= 45.0f; x += 1.5f) {
            const auto crossings = tpa::body::test::meshCrossings(
                mesh, {elbow.x + x * k, 400.0f * k, elbow.z + z * k}, {0.0f, -1.0f, 0.0f});
            if (crossings.size() >= 2)
                thickest = std::max(thickest, crossings[1].t - crossings[0].t);
        }
    return thickest;
}

}  // namespace

TEST_CASE("from behind no pits of bare bone open round the olecranon") {
    // The skin over the back of the elbow stands 25-35 mm off the bones, so bone seen between
    // the muscles there reads as a hole: 280 of 3,477 rays met the epicondyles, the olecranon
    // and the ulna between the tendon's square end, a domed anconeus, the flexor carpi ulnaris
    // (from the epicondyle alone) and the extensors.
    for (float side : {1.0f, -1.0f}) {
        int bone = 0, rays = 0;
        for (const auto& row : behindElbow(side))
            for (const Seen& seen : row) bone += seen.id == "#bone", ++rays;
        CAPTURE(side);
        CAPTURE(rays);
        CHECK(bone <= 40);
    }
}

TEST_CASE("the anconeus lies flush with the muscles round it") {
    // Across its border, how much deeper under the skin its neighbours lie: 14.6 mm on average,
    // a thick (10.9 mm) domed lump whose flat top edge stood over the bare bone.
    for (float side : {1.0f, -1.0f}) {
        const auto rows = behindElbow(side);
        float step = 0.0f;
        int steps = 0;
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                if (rows[r][c].id != "anconeus") continue;
                for (auto [dr, dc] : {std::pair{0, 1}, {0, -1}, {1, 0}, {-1, 0}}) {
                    const std::size_t rr = r + dr, cc = c + dc;
                    if (rr >= rows.size() || cc >= rows[r].size()) continue;
                    const Seen& next = rows[rr][cc];
                    if (next.id == "anconeus" || next.id.empty()) continue;
                    step += next.depth - rows[r][c].depth;
                    ++steps;
                }
            }
        CAPTURE(side);
        CAPTURE(steps);
        REQUIRE(steps > 40);
        CHECK(step / float(steps) <= 6.0f);
    }
    // Its thickest chord from behind.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float thickest = anconeusThickest(rig);
    CAPTURE(thickest);
    CHECK(thickest <= 8.5f * k);
}

TEST_CASE("the triceps' heads meet the tendon's top and borders flush") {
    // Rays from behind, 1 mm apart, over the top half of the tendon: where a ray meets the
    // tendon and its neighbour (across or above) the heads, the step between their depths
    // under the skin. The tendon's top lay at 8.5 mm where it met the groove between the long
    // and lateral heads, 15 mm deep, and stood out of it as a pale tongue with a jagged top.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    for (float side : {1.0f, -1.0f}) {
        std::vector<std::vector<Seen>> rows;
        for (float t = 0.48f; t <= 0.72f; t += 0.005f) {
            const glm::vec3 at = glm::mix(shoulder, elbow, t);
            auto& row = rows.emplace_back();
            for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
                const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
                const auto hits = hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
                Seen seen;
                if (!hits.empty())
                    seen = {withoutSide(hits.front().id),
                            hits.front().depth};
                row.push_back(seen);
            }
        }
        float step = 0.0f;
        auto meet = [&](const Seen& a, const Seen& b) {
            if ((a.id == "triceps-tendon" && b.id == "triceps-brachii") ||
                (b.id == "triceps-tendon" && a.id == "triceps-brachii"))
                step = std::max(step, std::abs(a.depth - b.depth));
        };
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                if (c > 0) meet(rows[r][c - 1], rows[r][c]);
                if (r > 0) meet(rows[r - 1][c], rows[r][c]);
            }
        CAPTURE(side);
        MESSAGE("largest step between the tendon and the heads: " << step << " mm");
        CHECK(step <= 3.5f * k);
    }
}

TEST_CASE("the tendon's plate ends broad over the olecranon beside a flat anconeus") {
    // From behind over the olecranon (12 mm above the elbow joint down to it), how wide the
    // tendon shows: 16.8 mm, a narrow strip ending beside the anconeus, which reached over the
    // olecranon's lateral half as a 6.8 mm thick lens (a domed shield).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const auto rows = behindElbow(side);
        float tendon = 0.0f;
        int n = 0;
        for (std::size_t r = 8; r <= 16; ++r, ++n)  // z = 12 .. 0 mm
            for (const Seen& seen : rows[r]) tendon += seen.id == "triceps-tendon" ? 1.5f : 0.0f;
        CAPTURE(side);
        MESSAGE("tendon over the olecranon: " << tendon / float(n) << " mm wide");
        CHECK(tendon / float(n) >= 19.0f * k);
    }
    const float thickest = anconeusThickest(rig);
    MESSAGE("anconeus' thickest chord from behind: " << thickest << " mm");
    CHECK(thickest <= 6.0f * k);
}

TEST_CASE("the anconeus is a triangle from the epicondyle with a straight lower border") {
    // From behind, how far its lateral border stands out past the straight line from its
    // lateral corner (the epicondyle) to its lowest point, over the middle half of that
    // stretch: its rings lay square to its course, down and medially at 45 degrees, so their
    // lateral ends hung under the epicondyle and the border ran straight down 30 mm before
    // turning in to the point, a shield (9 mm out) rather than a triangle.
    for (float side : {1.0f, -1.0f}) {
        const auto rows = behindElbow(side);
        std::vector<std::pair<float, float>> border;  // (z, lateral-most x), top to bottom
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = rows[r].size(); c-- > 0;)
                if (rows[r][c].id == "anconeus") {
                    border.emplace_back(24.0f - 1.5f * float(r), -45.0f + 1.5f * float(c));
                    break;
                }
        REQUIRE(border.size() > 12);
        std::size_t apex = 0;
        for (std::size_t i = 0; i < border.size() / 4; ++i)
            if (border[i].second > border[apex].second) apex = i;
        const auto [z0, x0] = border[apex];
        const auto [z1, x1] = border.back();
        float bulge = -1e9f;
        const std::size_t span = border.size() - 1 - apex;
        for (std::size_t i = apex + span / 4; i <= apex + 3 * span / 4; ++i) {
            const auto [z, x] = border[i];
            bulge = std::max(bulge, x - (x0 + (x1 - x0) * (z - z0) / (z1 - z0)));
        }
        CAPTURE(side);
        MESSAGE("anconeus' lateral border past the epicondyle-to-point line: " << bulge << " mm");
        CHECK(bulge <= 4.0f);
    }
}
