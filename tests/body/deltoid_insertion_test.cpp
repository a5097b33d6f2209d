// The deltoid's lower end: its three parts converge down the side of the arm into one V whose
// point lies on the deltoid tuberosity. Their chords from the clavicle and the spine ran deep
// through the arm, so the anterior part wrapped the front of the arm 60 mm wide down to 30 mm
// above the tuberosity and ended there in a cut edge across the biceps, and from the side
// the three parts ended in separate points (a "W") with the humerus showing between them.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;

namespace {

bool isDeltoid(const std::string& id) { return id.rfind("deltoid-", 0) == 0; }

// What a straight ray along `dir` through a point (a, z) mm from the deltoid tuberosity meets
// first under the skin: a across the view (front view: +x lateral; side view: +y posterior).
struct FirstHit {
    std::string id;
    float depth = -1.0f;
};
FirstHit firstAt(bool fromFront, float side, float a, float z) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 tub = rig.at("deltoid-tuberosity");
    glm::vec3 p, d;
    if (fromFront) {
        p = {(tub.x + a * k) * side, tub.y - 400.0f * k, tub.z + z * k};
        d = {0, 1, 0};
    } else {
        p = {(tub.x + 400.0f * k) * side, tub.y + a * k, tub.z + z * k};
        d = {-side, 0, 0};
    }
    const auto hits = hitsUnderSkin(p, d);
    if (hits.empty()) return {};
    return {hits.front().id, hits.front().depth / k};
}

// How wide (mm) the deltoid shows first from the front at z mm above the tuberosity.
float frontWidth(float side, float z) {
    int n = 0;
    for (float a = -70.0f; a <= 40.0f; a += 1.0f)
        if (isDeltoid(firstAt(true, side, a, z).id)) ++n;
    return float(n);
}

// From the front, along rows z0..z1 mm above the tuberosity, from the side of the arm inward:
// the largest step down from the deltoid seen first to the muscle seen beside its border.
float worstBorderStep(float side, float z0, float z1, float dz) {
    float worst = 0.0f;
    for (float z = z0; z <= z1; z += dz) {
        FirstHit last;
        for (float a = 30.0f; a >= -70.0f; a -= 1.0f) {
            const FirstHit hit = firstAt(true, side, a, z);
            if (isDeltoid(hit.id)) {
                last = hit;
                continue;
            }
            if (!last.id.empty() && !hit.id.empty()) {
                worst = std::max(worst, hit.depth - last.depth);
                break;
            }
        }
    }
    return worst;
}

}  // namespace

TEST_CASE("from the front the deltoid narrows down the arm instead of ending across it") {
    // The deltoid's width seen first from the front 30 mm above the tuberosity against 90 mm
    // above it (over the humeral head's lower half): a V narrows steadily toward its point.
    for (float side : {1.0f, -1.0f}) {
        const float low = frontWidth(side, 30.0f), high = frontWidth(side, 90.0f);
        MESSAGE("side " << side << ": " << low << " mm wide 30 mm above the tuberosity, " << high
                        << " mm 90 mm above");
        CAPTURE(side);
        CHECK(low <= 0.5f * high);
    }
}

TEST_CASE("from the side the deltoid's parts end in one V with no bone beside it") {
    // Side rays 2 mm apart from 50 mm in front of the tuberosity to 50 mm behind it, from 10 mm
    // below it to 60 mm above: the lowest point at which each column meets the deltoid first
    // traces its lower outline. One V has one lowest point (a tip); separate points, tips
    // with notches between them (a rise of more than 3 mm between two tips). No ray may meet
    // the humerus first.
    for (float side : {1.0f, -1.0f}) {
        std::vector<float> outline;
        int bone = 0;
        for (float a = -50.0f; a <= 50.0f; a += 2.0f) {
            float lowest = 1e9f;
            for (float z = 60.0f; z >= -10.0f; z -= 2.0f) {
                const FirstHit hit = firstAt(false, side, a, z);
                if (isDeltoid(hit.id)) lowest = z;
                if (hit.id.rfind("humerus", 0) == 0) ++bone;
            }
            if (lowest < 1e8f) outline.push_back(lowest);
        }
        // Notches: from a local low, the outline rises over 3 mm and comes down again over 3 mm.
        int notches = 0;
        float low = outline.empty() ? 0.0f : outline.front(), high = low;
        bool rising = false;
        for (float z : outline) {
            if (!rising) {
                low = std::min(low, z);
                if (z > low + 3.0f) rising = true, high = z;
            } else {
                high = std::max(high, z);
                if (z < high - 3.0f) ++notches, rising = false, low = z;
            }
        }
        MESSAGE("side " << side << ": " << notches << " notches in the lower outline, " << bone
                        << " rays meet the humerus first");
        CAPTURE(side);
        CHECK(notches == 0);
        CHECK(bone == 0);
    }
}

TEST_CASE("from the front the anterior deltoid's border lies flush on the arm below it") {
    // Along rows 12-44 mm above the tuberosity (the lower third of its length), from the side
    // of the arm inward: where the deltoid seen first gives way to the muscle beside it, how
    // much deeper that muscle lies. Its lower border ended across the biceps, whose top runs
    // deep under it, a lip standing 2.5-8.8 mm over it with a dark line beneath.
    for (float side : {1.0f, -1.0f}) {
        const float worst = worstBorderStep(side, 12.0f, 44.0f, 4.0f);
        MESSAGE("side " << side << ": worst step at the border " << worst << " mm");
        CAPTURE(side);
        CHECK(worst <= 2.0f);
    }
}

TEST_CASE("from the front the anterior deltoid's border lies on the biceps above its last third") {
    // As above, on rows 50-60 mm above the tuberosity, where the border crosses the biceps'
    // top on its way up to the deltopectoral groove: the border sank under the biceps only
    // over the last third of the part, so here it stood 1.6-3.1 mm over the biceps' face, a
    // lifted shelf with a dark line beneath it. The sink now starts higher up (its profile).
    // (At 46-48 mm the border passes over the top of the groove between the biceps' heads.)
    for (float side : {1.0f, -1.0f}) {
        const float worst = worstBorderStep(side, 50.0f, 60.0f, 2.0f);
        MESSAGE("side " << side << ": worst step at the border " << worst << " mm");
        CAPTURE(side);
        CHECK(worst <= 2.0f);
    }
}
