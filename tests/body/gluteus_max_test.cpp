// The gluteus maximus seen from the side and from behind: one smooth, rounded muscle mass.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// The unit normal of the first triangle of `mesh` that a ray from `from` along `dir` meets.
std::optional<glm::vec3> firstNormal(const tpa::core::Mesh& mesh, glm::vec3 from, glm::vec3 dir) {
    for (const auto& crossing : tpa::body::test::meshCrossings(mesh, from, dir))
        if (glm::length(crossing.normal) > 0.5f) return crossing.normal;
    return std::nullopt;
}

// The lowest height at which the left gluteus maximus is the first part met (skin hidden)
// by rays along `dir` from `top` lowered in 1 mm steps from `fromDrop` to `toDrop` (mm, scaled
// by `k`); 0 when it is never met first.
float lowestSeen(glm::vec3 top, glm::vec3 dir, float fromDrop, float toDrop, float k) {
    using tpa::body::test::embeddedScene;
    float low = 0.0f;
    for (float dz = fromDrop; dz <= toDrop; dz += 1.0f) {
        const glm::vec3 from = top - glm::vec3(0.0f, 0.0f, dz * k);
        const int hit = tpa::body::test::firstPartHit(from, dir, {tpa::core::Layer::Skin});
        if (hit >= 0 && embeddedScene().parts[std::size_t(hit)].id == "gluteus-maximus.left")
            low = from.z;
    }
    return low;
}

// Creases seen along `dir` on a grid of rays 5 mm apart (both ways), 300 mm square about
// `centre` in the plane of `right` and `up`: pairs of neighbouring rays whose first faces of
// the muscle turn by more than 35 degrees.
int creases(const tpa::core::Mesh& mesh, glm::vec3 centre, glm::vec3 right, glm::vec3 up,
            glm::vec3 dir, float k) {
    constexpr int n = 61;
    constexpr float kStep = 5.0f, kHalf = 150.0f;
    std::vector<std::optional<glm::vec3>> grid(std::size_t(n * n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const glm::vec3 at =
                centre + (right * (kStep * float(j) - kHalf) + up * (kStep * float(i) - kHalf)) * k;
            grid[std::size_t(i * n + j)] = firstNormal(mesh, at - dir * 400.0f * k, dir);
        }
    int count = 0;
    const float limit = std::cos(glm::radians(35.0f));
    // Only rays whose four neighbours meet the muscle too: at its borders the outer face turns
    // into the rim or the end of the belly, as any muscle's does.
    auto inside = [&](int a) {
        const int i = a / n, j = a % n;
        if (i == 0 || j == 0 || i + 1 == n || j + 1 == n) return false;
        for (int b : {a - 1, a + 1, a - n, a + n, a})
            if (!grid[std::size_t(b)]) return false;
        return true;
    };
    auto pair = [&](int a, int b) {
        const auto &x = grid[std::size_t(a)], &y = grid[std::size_t(b)];
        if (inside(a) && inside(b) && glm::dot(*x, *y) < limit) ++count;
    };
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            if (j + 1 < n) pair(i * n + j, i * n + j + 1);
            if (i + 1 < n) pair(i * n + j, (i + 1) * n + j);
        }
    return count;
}

// Where the ray from `from` along `dir` first enters part `hit` of the scene (mm along it); 0
// when it never does.
float entryDepth(int hit, glm::vec3 from, glm::vec3 dir) {
    if (hit < 0) return 0.0f;
    const auto& part = tpa::body::test::embeddedScene().parts[std::size_t(hit)];
    for (const auto& c : tpa::body::test::meshCrossings(part.mesh, from, dir))
        if (c.entering) return c.t;
    return 0.0f;
}

}  // namespace

TEST_CASE("the gluteus maximus is one smooth, rounded mass from the side and from behind") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Its belly was laid from points on the straight lines between its anchors (sacrum and
    // coccyx to the trochanter), which run 40-60 mm deep through the buttock; projected from
    // there onto the nearest skin, some went out to the side of the hip and some back, and its
    // faces folded into angular plates with jagged edges: 53 creases from the side and 81
    // from behind away from its borders. Carried outward from the trunk's axis first
    // (liftCorners), it is one rounded mass: 7 (where its upper border meets the crest) and 0.
    const auto& mesh = tpa::body::test::leftMesh("gluteus-maximus");
    const glm::vec3 centre = glm::mix(rig.at("sacrum-lateral"), rig.at("greater-trochanter"), 0.5f);
    const int side = creases(mesh, centre, {0, 1, 0}, {0, 0, 1}, {-1, 0, 0}, k);
    const int back = creases(mesh, centre, {1, 0, 0}, {0, 0, 1}, {0, -1, 0}, k);
    MESSAGE("creases from the side ", side, ", from behind ", back);
    CHECK(side <= 12);
    CHECK(back <= 5);
}

TEST_CASE("from the side, the gluteus maximus' lower border falls forward into the tract") {
    // Seen from the side (skin hidden), the lowest point at which the gluteus maximus is the
    // first muscle met, 45 and 110 mm behind the greater trochanter. Its lower insertion was
    // 100 mm under the trochanter, level with its lowest origin on the ischial tuberosity, and
    // the border between them ran as a straight horizontal seam across the buttock (823 and
    // 828 mm: 5 mm of fall), the vastus lateralis and biceps femoris under it. Its lower
    // fibres reach the iliotibial tract and the gluteal tuberosity 130 mm under the
    // trochanter: the border runs obliquely down and forward (798 and 818 mm); at 160 mm,
    // 772 and 812.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 trochanter = rig.at("greater-trochanter");
    auto lowest = [&](float behind) {
        return lowestSeen({trochanter.x + 100.0f * k, trochanter.y + behind * k, trochanter.z},
                          {-1, 0, 0}, 0.0f, 160.0f, k);
    };
    const float front = lowest(45.0f), back = lowest(110.0f);
    MESSAGE("lower border at 45 mm behind the trochanter ", front, ", at 110 mm ", back);
    CHECK(front < trochanter.z - 115.0f * k);
    CHECK(back - front > 12.0f * k);
}

TEST_CASE("from behind, the gluteus maximus' upper border falls from its corner at the PSIS") {
    // The top of the muscle seen from behind (rays through its mesh alone), in columns from
    // 12 to 42 mm lateral to the PSIS: the highest should be the most medial, the upper border
    // falling laterally from the corner where it leaves the crest. Its first rings, at the
    // skin's level over the crest, bridged out of the skin with the sheet's bevelled corners
    // and were laid unbevelled; their rims' thin faces folded, and relaxing the folds pulled
    // the corner 36 mm down the origin line: the fourth ring's corner stood 30 mm above it as
    // a spike with a ridge below it (the medial column 28.5 mm under the highest). Its origin
    // on the crest and sacrum dives 6 mm (originDive) under the thoracolumbar fascia: the
    // rings take the bevel and the corner stays at the PSIS (1 mm).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 psis = rig.at("psis");
    const auto& mesh = tpa::body::test::leftMesh("gluteus-maximus");
    auto top = [&](float lateral) {
        for (float dz = 60.0f; dz >= -80.0f; dz -= 0.5f) {
            const glm::vec3 from{psis.x + lateral * k, psis.y + 300.0f * k, psis.z + dz * k};
            if (!tpa::body::test::meshCrossings(mesh, from, {0, -1, 0}).empty()) return from.z;
        }
        return 0.0f;
    };
    float highest = -1e9f, medial = top(12.0f);
    for (float lateral = 12.0f; lateral <= 42.0f; lateral += 3.0f)
        highest = std::max(highest, top(lateral));
    MESSAGE("top 12 mm lateral to the PSIS ", medial, ", highest within 42 mm ", highest);
    CHECK(highest - medial < 4.0f * k);
}

TEST_CASE("from the side, the gluteus maximus' lower border thins into the thigh, not a shelf") {
    // Seen from the side (skin hidden), in columns 30-130 mm behind the greater trochanter:
    // how far the view steps in from the gluteus maximus at its lowest visible point to what
    // shows 3 mm below it (the thigh's muscles or the tract). Its flat section kept its full
    // 30 mm down to a bevel 5 % of its width from the rim, and its lower part ran flat under
    // the skin to that edge: a plate standing off the thigh with a hard lower edge (steps of
    // 3.5 mm median, 9.2 mean, the largest where the fold meets the hamstrings). Thinned over
    // the lower 60 % of its half-width and that rim sunk 2 mm (none at the tract:
    // lastRimFeather, lastRimSink), it runs out onto the thigh: 1.5 median, 6.9 mean. (Sunk
    // 4 mm, 0.5 and 5.1, but from behind the thin rim and the hamstrings' tops cross in a
    // dashed line along the border.) With the lower border running on 160 mm under the
    // trochanter, thinned over 40 % and sunk 1 mm: 1.9 median, 2.9 mean; rolled under over its
    // last 10 mm (lastRimRoll), 1.4 and 2.4.
    using tpa::body::test::embeddedScene;
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 trochanter = rig.at("greater-trochanter");
    const std::vector<tpa::core::Layer> skin{tpa::core::Layer::Skin};
    const glm::vec3 dir{-1, 0, 0};
    std::vector<float> steps;
    for (float behind = 30.0f; behind <= 130.0f; behind += 5.0f) {
        glm::vec3 border{0.0f};
        int borderHit = -1;
        for (float dz = 0.0f; dz <= 200.0f; dz += 1.0f) {
            const glm::vec3 from{trochanter.x + 150.0f * k, trochanter.y + behind * k,
                                 trochanter.z - dz * k};
            const int hit = tpa::body::test::firstPartHit(from, dir, skin);
            if (hit >= 0 && embeddedScene().parts[std::size_t(hit)].id == "gluteus-maximus.left") {
                border = from;
                borderHit = hit;
            }
        }
        if (borderHit < 0) continue;
        const glm::vec3 below = border - glm::vec3(0, 0, 3.0f * k);
        const int under = tpa::body::test::firstPartHit(below, dir, skin);
        if (under < 0) continue;
        steps.push_back((entryDepth(under, below, dir) - entryDepth(borderHit, border, dir)) / k);
    }
    REQUIRE(steps.size() > 15);
    std::sort(steps.begin(), steps.end());
    const float median = steps[steps.size() / 2];
    float mean = 0.0f;
    std::string all;
    for (float s : steps) {
        mean += s / float(steps.size());
        all += std::to_string(int(std::lround(s))) + " ";
    }
    MESSAGE("steps in under the lower border (mm, sorted): ", all, "; median ", median,
            ", mean ", mean);
    CHECK(median < 2.5f);
    CHECK(mean < 8.0f);
}

TEST_CASE("from behind, the gluteus maximus' lower border runs down and out from the coccyx") {
    // Seen from behind (skin hidden), the lowest point at which the gluteus maximus is the
    // first part met, in columns 20 and 120 mm lateral to the midline. Its lower border runs
    // from the coccyx obliquely down and out across the gluteal fold to the gluteal tuberosity;
    // with its lowest insertion 130 mm under the greater trochanter it fell only 32 mm over
    // those 100 mm (845 to 813 mm) and read as a nearly horizontal cut across the buttock, the
    // lower-lateral part hanging below it as a darker flap. Reaching 160 mm under the
    // trochanter, down the gluteal tuberosity and into the tract, it falls 47 mm (846 to 799);
    // rolled under into the thigh's face (lastRimRoll), its lateral end is seen 2.5 mm higher
    // (44 mm).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 trochanter = rig.at("greater-trochanter");
    auto lowest = [&](float lateral) {
        return lowestSeen({lateral * k, trochanter.y + 400.0f * k, trochanter.z}, {0, -1, 0},
                          -80.0f, 200.0f, k);
    };
    const float medial = lowest(20.0f), lateral = lowest(120.0f);
    MESSAGE("lower border 20 mm from the midline ", medial, ", 120 mm ", lateral, ", fall ",
            (medial - lateral) / k);
    CHECK(medial - lateral > 43.0f * k);
}

TEST_CASE("from the side, the gluteus maximus' lower border rolls into the thigh and the tract") {
    // Seen from the side (skin hidden), its lower border read as the cut edge of a card: a flat
    // face run out to a 4 mm bevel, a lit rim with a dark line under it, ending in a corner
    // that stood over the vastus lateralis 5 mm behind the iliotibial tract. Its face now rolls
    // under over its last 10 mm (lastRimRoll) and its lowest fibres reach the tract.
    // (1) In columns 35-95 mm behind the greater trochanter, its thickness along the side ray
    // 2 mm above its lowest visible point: a knife edge there is the card (median 1.3 mm; the
    // rolled border 6.6). (2) 100-150 mm under the trochanter, what shows 2 mm in front of its
    // front edge, and the step from it to the muscle's face: the vastus lateralis in 8 rows of
    // 11 (it ended short of the tract), now the tract in all, flush (0.8 mm at most).
    using tpa::body::test::embeddedScene;
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 trochanter = rig.at("greater-trochanter");
    const auto& mesh = tpa::body::test::leftMesh("gluteus-maximus");
    const std::vector<tpa::core::Layer> skin{tpa::core::Layer::Skin};
    const glm::vec3 dir{-1, 0, 0};
    auto seen = [&](glm::vec3 from) {
        const int hit = tpa::body::test::firstPartHit(from, dir, skin);
        return hit < 0 ? std::string() : embeddedScene().parts[std::size_t(hit)].id;
    };
    auto depth = [&](glm::vec3 from) {
        return entryDepth(tpa::body::test::firstPartHit(from, dir, skin), from, dir);
    };
    std::vector<float> thick;
    for (float behind = 35.0f; behind <= 95.0f; behind += 5.0f) {
        float low = 1e9f;
        for (float dz = 0.0f; dz <= 230.0f; dz += 0.5f) {
            const glm::vec3 from{trochanter.x + 150.0f * k, trochanter.y + behind * k,
                                 trochanter.z - dz * k};
            if (seen(from) == "gluteus-maximus.left") low = from.z;
        }
        if (low > 1e8f) continue;
        const glm::vec3 from{trochanter.x + 150.0f * k, trochanter.y + behind * k, low + 2.0f * k};
        const auto crossings = tpa::body::test::meshCrossings(mesh, from, dir);
        thick.push_back(crossings.size() < 2 ? 0.0f : (crossings[1].t - crossings[0].t) / k);
    }
    REQUIRE(thick.size() > 10);
    std::sort(thick.begin(), thick.end());
    const float median = thick[thick.size() / 2];
    // Rays start 40 mm lateral of the trochanter, inside the hand hanging beside the thigh.
    int rows = 0, tract = 0;
    float worst = 0.0f;
    for (float dz = 100.0f; dz <= 150.0f; dz += 5.0f) {
        float front = 1e9f;
        for (float y = 60.0f; y >= -30.0f; y -= 0.5f) {
            const glm::vec3 from{trochanter.x + 40.0f * k, trochanter.y + y * k,
                                 trochanter.z - dz * k};
            if (seen(from) == "gluteus-maximus.left") front = y;
        }
        if (front > 1e8f) continue;
        ++rows;
        const glm::vec3 edge{trochanter.x + 40.0f * k, trochanter.y + front * k,
                             trochanter.z - dz * k};
        const glm::vec3 ahead = edge - glm::vec3(0.0f, 2.0f * k, 0.0f);
        if (seen(ahead) == "iliotibial-tract.left") ++tract;
        worst = std::max(worst, std::abs(depth(ahead) - depth(edge)) / k);
    }
    MESSAGE("thickness 2 mm over the lower border (median) ", median, " mm; rows whose front edge "
            "meets the tract ", tract, " of ", rows, ", largest step there ", worst, " mm");
    CHECK(median > 3.0f);
    CHECK(rows >= 8);
    CHECK(tract == rows);
    CHECK(worst < 1.0f);
}
