// The back of the upper arm from behind, as an écorché shows it: the posterior deltoid's lower
// border running down and out to its insertion over the long and lateral heads of the triceps,
// which emerge from under it. Before, its thin lower edge stood 10-13 mm over the heads, a
// ragged step with a dark rim along it; its lower border now sinks toward them
// (depthAcross), but no further than it stays whole over them.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::hitsUnderSkin;
using tpa::body::test::withoutSide;

namespace {

// Columns from behind (1 mm apart, scaled with the stature) across the left or right arm, each
// walked down from the shoulder joint to half way to the elbow: at the posterior deltoid's lower
// border (its last cell seen first before another part), how much deeper under the skin that
// part lies, and how often a column leaves the deltoid (more than once: a notch or an island).
struct Border {
    float meanStep = 0.0f, worstStep = 0.0f;
    int columns = 0, broken = 0;
};

Border deltoidBorder(float side) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    Border border;
    float sum = 0.0f;
    for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
        std::string last;
        float lastDepth = 0.0f;
        int leaves = 0;
        for (float t = 0.15f; t <= 0.5f; t += 0.004f) {
            const glm::vec3 at = glm::mix(shoulder, elbow, t);
            const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
            const auto hits = hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
            if (hits.empty()) continue;
            const std::string id = withoutSide(hits.front().id);
            if (last == "deltoid-posterior" && id != last && id.rfind("deltoid-", 0) != 0) {
                if (++leaves == 1) {
                    const float step = hits.front().depth - lastDepth;
                    sum += step;
                    border.worstStep = std::max(border.worstStep, step);
                    ++border.columns;
                }
            }
            last = id;
            lastDepth = hits.front().depth;
        }
        border.broken += leaves > 1;
    }
    border.meanStep = border.columns > 0 ? sum / float(border.columns) / k : 0.0f;
    border.worstStep /= k;
    return border;
}

}  // namespace

TEST_CASE("the posterior deltoid's lower border lies close over the heads of the triceps") {
    for (float side : {1.0f, -1.0f}) {
        const Border border = deltoidBorder(side);
        CAPTURE(side);
        MESSAGE("deltoid's lower border: " << border.columns << " columns, step mean "
                                           << border.meanStep << " mm, worst " << border.worstStep
                                           << " mm; columns leaving it more than once: "
                                           << border.broken);
        CHECK(border.columns >= 40);
        // Main: mean 3.94 mm, worst 12.8 mm (its thin edge over the long head), none broken.
        CHECK(border.meanStep <= 2.5f);
        CHECK(border.worstStep <= 11.0f);
        CHECK(border.broken == 0);
    }
}

namespace {

// What the posterior view's eye meets across the back of the upper arm on `side`, at t of the
// way from the shoulder joint to the elbow: rays 1 mm apart (scaled with the stature) through
// the plane 60 mm behind the joints, from 60 mm medial to 50 mm lateral of the joints' line.
// Millimetres of the row where the triceps' long head (its first head) is seen first, where its
// tendon is, and where the muscles of the front of the arm (biceps, coracobrachialis,
// brachialis) show through its back.
struct ArmRow {
    float longHead = 0.0f, tendon = 0.0f, front = 0.0f;
};

// The triceps' heads on `side` (long, lateral, medial), to tell which one a ray meets.
const tpa::body::test::Slips& tricepsHeads(float side) {
    static std::map<float, tpa::body::test::Slips> heads;
    auto found = heads.find(side);
    if (found != heads.end()) return found->second;
    const std::string id = side > 0.0f ? "triceps-brachii.left" : "triceps-brachii.right";
    for (const auto& part : tpa::body::test::embeddedScene().parts)
        if (part.id == id) return heads.emplace(side, tpa::body::test::Slips(part.mesh)).first->second;
    FAIL("no " << id);
    return heads.begin()->second;
}

// The posterior preset eye, and the point on the back of the left (side 1) or right (-1) arm
// its rays aim at: t of the way from the shoulder joint to the elbow, dx mm across (scaled with
// the stature). The scans from behind below all walk these rays.
const glm::vec3& posteriorEye() {
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    return eye;
}

glm::vec3 armPoint(float side, float t, float dx) {
    static const tpa::body::Rig rig;
    static const float k = rig.stature() / 1750.0f;
    const glm::vec3 at = glm::mix(rig.at("shoulder-joint"), rig.at("elbow-joint"), t);
    return {side * (at.x + dx * k), 60.0f * k, at.z};
}

ArmRow armRow(float side, float t) {
    const glm::vec3& eye = posteriorEye();
    const std::string s = side > 0.0f ? ".left" : ".right";
    const tpa::body::test::Slips& heads = tricepsHeads(side);
    ArmRow row;
    for (float dx = -60.0f; dx <= 50.0f; dx += 1.0f) {
        const glm::vec3 point = armPoint(side, t, dx);
        const std::string id = tpa::body::test::firstPartHitId(eye, point - eye);
        const std::string muscle = withoutSide(id);
        if (id == "triceps-brachii" + s && heads.front(eye, point - eye) == 0)
            row.longHead += 1.0f;
        row.tendon += id == "triceps-tendon" + s;
        row.front += muscle == "biceps-brachii" || muscle == "coracobrachialis" ||
                     muscle == "brachialis";
    }
    return row;
}

}  // namespace

TEST_CASE("from behind the long head of the triceps fills the medial half of the arm") {
    // Below the deltoid, over 0.3-0.65 of the arm: the long head was swept medial to the arm's
    // axis and its rings, laid partly on the side of the chest, were narrowed to a strip 12-16
    // mm wide on the arm's medial slope, beside a groove down to the biceps and
    // coracobrachialis, 30-40 mm deep: several thin parallel strips, not a triceps. Main: long
    // head 13.6 mm a row, the front of the arm's muscles 6.75 mm; now 30.6 and 2.5.
    for (float side : {1.0f, -1.0f}) {
        float longHead = 0.0f, front = 0.0f;
        int rows = 0;
        for (float t = 0.3f; t <= 0.651f; t += 0.05f, ++rows) {
            const ArmRow row = armRow(side, t);
            longHead += row.longHead;
            front += row.front;
        }
        CAPTURE(side);
        MESSAGE("long head " << longHead / float(rows) << " mm a row, the front of the arm's "
                             << "muscles " << front / float(rows) << " mm");
        CHECK(longHead / float(rows) >= 24.0f);
        CHECK(front / float(rows) <= 4.0f);
    }
}

TEST_CASE("from behind the triceps' tendon begins as a broad plate below the middle of the arm") {
    // Over 0.55-0.75 of the arm, where the heads' horseshoe opens round it: its top lay 6-14
    // mm under the heads and showed only as the narrow upper end of a blade (main: 96 mm of the
    // nine rows, 8-10 mm wide at 0.6; then 129, a strip; now 260, its top over the heads).
    for (float side : {1.0f, -1.0f}) {
        float tendon = 0.0f;
        for (float t = 0.55f; t <= 0.751f; t += 0.025f) tendon += armRow(side, t).tendon;
        CAPTURE(side);
        MESSAGE("tendon over 0.55-0.75 of the arm: " << tendon << " mm of nine rows");
        CHECK(tendon >= 220.0f);
    }
}

TEST_CASE("the long and lateral heads run out onto the tendon and the medial head, not in a step") {
    // Columns from the posterior eye, 1 mm apart across the back of the arm, walked down from
    // 0.65 of the arm to the elbow: where the long or lateral head seen first gives way to the
    // medial head or the tendon below its end, how much deeper that lies under the skin. The
    // heads' thin ends lay 2 mm under the skin over the medial head and the tendon and ended
    // there as square-cut shelves (mean 2.84 mm, worst 12.3 mm); they now sink under them.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3& eye = posteriorEye();
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0.0f ? ".left" : ".right";
        const tpa::body::test::Slips& heads = tricepsHeads(side);
        float sum = 0.0f, worst = 0.0f;
        int ends = 0;
        for (float dx = -40.0f; dx <= 30.0f; dx += 1.0f) {
            int last = -2;
            float lastDepth = 0.0f;
            for (float t = 0.65f; t <= 0.97f; t += 0.003f) {
                const glm::vec3 point = armPoint(side, t, dx);
                const auto hits = hitsUnderSkin(eye, point - eye);
                if (hits.empty()) {
                    last = -2;
                    continue;
                }
                // 0-2 the heads, 3 the tendon, -1 anything else.
                int seen = -1;
                if (hits.front().id == "triceps-brachii" + s) seen = heads.front(eye, point - eye);
                if (hits.front().id == "triceps-tendon" + s) seen = 3;
                if ((last == 0 || last == 1) && seen >= 2) {
                    const float step = hits.front().depth - lastDepth;
                    sum += step;
                    worst = std::max(worst, step);
                    ++ends;
                }
                last = seen;
                lastDepth = hits.front().depth;
            }
        }
        CAPTURE(side);
        MESSAGE("heads' ends: " << ends << " columns, step mean " << sum / float(ends) / k
                                << " mm, worst " << worst / k << " mm");
        REQUIRE(ends >= 20);
        CHECK(sum / float(ends) <= 2.0f * k);
        CHECK(worst <= 9.0f * k);
    }
}

TEST_CASE("from behind the triceps' tendon is a broad plate with clean borders") {
    // Rows 0.01 of the arm apart over 0.58-0.92, rays 0.5 mm apart from the posterior eye:
    // how wide the tendon shows, and how much of the row shows a head lying less than 1 mm
    // over it. Where the two faces run that close they cross back and forth, and the plate's
    // border read as a ragged line down the long head's side; its top sank to 9 mm under the
    // skin, under the heads, so it showed as a narrow pale strip between them. Before: 23.3 mm
    // wide, 3.9 mm of each row within 1 mm; now 30.8 and 0.01.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3& eye = posteriorEye();
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0.0f ? ".left" : ".right";
        float tendon = 0.0f, close = 0.0f;
        int rows = 0;
        for (float t = 0.58f; t <= 0.925f; t += 0.01f, ++rows) {
            for (float dx = -60.0f; dx <= 50.0f; dx += 0.5f) {
                const glm::vec3 point = armPoint(side, t, dx);
                const auto hits = hitsUnderSkin(eye, point - eye);
                if (hits.empty()) continue;
                if (hits.front().id == "triceps-tendon" + s) {
                    tendon += 0.5f;
                    continue;
                }
                if (hits.front().id != "triceps-brachii" + s) continue;
                for (const auto& hit : hits)
                    if (hit.id == "triceps-tendon" + s) {
                        close += hit.depth - hits.front().depth < 1.0f * k ? 0.5f : 0.0f;
                        break;
                    }
            }
        }
        CAPTURE(side);
        MESSAGE("tendon " << tendon / float(rows) << " mm a row, a head within 1 mm over it "
                          << close / float(rows) << " mm");
        CHECK(tendon / float(rows) >= 28.0f);
        CHECK(close / float(rows) <= 1.0f);
    }
}

TEST_CASE("from behind the brachioradialis' top lies against the triceps, not a spike") {
    // Rows 0.005 of the arm apart over 0.6-0.8 (the top of the brachioradialis at its ridge),
    // rays 0.5 mm apart from the posterior eye across the arm's lateral side: between the
    // triceps and the brachioradialis, how many look past both into the brachialis or
    // deeper, more than 15 mm under the skin. Its pointed top stood apart from the lateral
    // head with a dark groove down to the brachialis between them, a thin spike beside the
    // arm. Before: 64 rays; now 0.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3& eye = posteriorEye();
    for (float side : {1.0f, -1.0f}) {
        const std::string s = side > 0.0f ? ".left" : ".right";
        int groove = 0;
        for (float t = 0.6f; t <= 0.8f; t += 0.005f) {
            int deep = 0;
            bool pastTriceps = false;
            for (float dx = 0.0f; dx <= 60.0f; dx += 0.5f) {
                const glm::vec3 point = armPoint(side, t, dx);
                const auto hits = hitsUnderSkin(eye, point - eye);
                if (hits.empty()) continue;
                const std::string& id = hits.front().id;
                if (id == "brachioradialis" + s) {
                    if (pastTriceps) groove += deep;
                    break;
                }
                if (id == "triceps-brachii" + s) pastTriceps = true, deep = 0;
                else if (pastTriceps && hits.front().depth > 15.0f * k) ++deep;
            }
        }
        CAPTURE(side);
        MESSAGE("rays into the groove between the triceps and the brachioradialis: " << groove);
        CHECK(groove <= 20);
    }
}
