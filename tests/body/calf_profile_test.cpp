// The calf from behind as an écorché shows it: the gastrocnemius' two heads swell below the
// knee and taper into the calcaneal tendon, the medial head bigger and reaching lower, with the
// soleus either side of the tendon at mid-calf. Before, the heads ran down as two straight,
// even tubes side by side and ended together, their full width, on the top of the tendon.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::presetEye;

// What the posterior eye sees first at `t` of the shank, `dx` mm lateral of its axis (on the
// back of the calf).
// The rig and the eye are built once: the heads' border test asks some 40,000 times.
std::string seenOnCalf(float side, float t, float dx) {
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    static const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(knee, ankle, t);
    const glm::vec3 point(side * (axis.x + dx * k), axis.y + 40.0f * k, axis.z);
    return tpa::body::test::firstPartHitId(eye, point - eye);
}

// The gastrocnemius as the posterior eye sees it across the calf at `t` of the shank (rays
// 2 mm apart): its width, and how much of it lies well medial and well lateral of the axis
// (over 5 mm either side: the medial head ends near the axis).
struct Band {
    float width = 0.0f, medial = 0.0f, lateral = 0.0f;
};

Band gastrocnemiusAt(float side, float t) {
    const std::string id = side > 0.0f ? "gastrocnemius.left" : "gastrocnemius.right";
    Band band;
    for (float dx = -80.0f; dx <= 80.0f; dx += 2.0f)
        if (seenOnCalf(side, t, dx) == id) {
            band.width += 2.0f;
            if (dx < -5.0f) band.medial += 2.0f;
            if (dx > 5.0f) band.lateral += 2.0f;
        }
    return band;
}

}  // namespace

TEST_CASE("the gastrocnemius' heads swell below the knee and taper, the medial head lower") {
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        float widest = 0.0f, widestAt = 0.0f, medial = 0.0f, lateral = 0.0f;
        float lowestMedial = 0.0f, lowestLateral = 0.0f;
        for (float t = 0.04f; t <= 0.75f; t += 0.02f) {
            const Band band = gastrocnemiusAt(side, t);
            if (band.width > widest) widest = band.width, widestAt = t;
            if (t > 0.35f) medial += band.medial, lateral += band.lateral;
            if (band.medial > 0.0f) lowestMedial = t;
            if (band.lateral > 0.0f) lowestLateral = t;
        }
        const float nearKnee = gastrocnemiusAt(side, 0.04f).width;
        const float midCalf = gastrocnemiusAt(side, 0.5f).width;
        CAPTURE(widest);
        CAPTURE(widestAt);
        CAPTURE(nearKnee);
        CAPTURE(midCalf);
        // Widest a hand's breadth below the knee, clearly wider than where the heads spring
        // from the condyles (the straight heads were as wide there), and narrowed to under two
        // thirds of that by the middle of the calf (they ran on at full width to 0.6).
        CHECK(widestAt >= 0.12f);
        CHECK(widestAt <= 0.36f);
        CHECK(widest >= nearKnee + 12.0f);
        CHECK(midCalf <= 0.66f * widest);
        // The medial head is bigger and reaches lower: over the lower half of the bellies more
        // of the muscle lies medial of the axis than lateral, and its lowest part is medial.
        CAPTURE(medial);
        CAPTURE(lateral);
        CAPTURE(lowestMedial);
        CAPTURE(lowestLateral);
        CHECK(medial >= 1.25f * lateral);
        CHECK(lowestMedial >= lowestLateral + 0.04f);
    }
}

TEST_CASE("the calcaneal tendon with the soleus either side of it at mid-calf") {
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string s = side > 0.0f ? ".left" : ".right";
        for (float t : {0.56f, 0.62f}) {
            CAPTURE(t);
            CHECK(seenOnCalf(side, t, 0.0f) == "calcaneal-tendon" + s);
            // Outward from the tendon on either side, the soleus comes first (the flexors and
            // fibulares lie further round the leg).
            for (float dir : {-1.0f, 1.0f}) {
                CAPTURE(dir);
                std::string next;
                for (float dx = 2.0f; dx <= 40.0f && next.empty(); dx += 2.0f) {
                    const std::string id = seenOnCalf(side, t, dir * dx);
                    if (id != "calcaneal-tendon" + s && id != "gastrocnemius" + s) next = id;
                }
                CHECK(next == "soleus" + s);
            }
        }
    }
}

TEST_CASE("the gastrocnemius' heads end on the calcaneal tendon in clean curves") {
    // The heads' lower border as the posterior eye sees it: down each column of the back of the
    // calf (0.5 mm apart), the lowest point where the gastrocnemius is seen (rays 0.9 mm apart
    // down the shank). Two tapering heads give a border with two low points and a high one
    // between them; where the heads' thin ends lay level with the tendon's face (4 mm under the
    // skin, the tendon's top 5 mm) the two crossed and the border was torn into teeth, the
    // tendon cut into the lateral head in a notch (before: 9 turns on either side, after 3).
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string s = side > 0.0f ? ".left" : ".right";
        std::vector<float> border;
        for (float dx = -40.0f; dx <= 40.0f; dx += 0.5f) {
            float lowest = -1.0f;
            for (float t = 0.40f; t <= 0.66f; t += 0.002f)
                if (seenOnCalf(side, t, dx) == "gastrocnemius" + s) lowest = t;
            if (lowest > 0.0f) border.push_back(lowest);
        }
        // Turns: where the border, ignoring flat runs, changes from falling to rising or back.
        int turns = 0, slope = 0;
        for (std::size_t i = 1; i < border.size(); ++i) {
            const float d = border[i] - border[i - 1];
            const int now = d > 1e-4f ? 1 : d < -1e-4f ? -1 : 0;
            if (now != 0 && slope != 0 && now != slope) ++turns;
            if (now != 0) slope = now;
        }
        std::printf("calf %s: the heads' lower border turns %d times\n", s.c_str(), turns);
        CHECK(turns <= 4);
    }
}
