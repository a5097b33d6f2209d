// Skin girths against a measured population, taken as the survey's measurers take them.
//
// Reference: ANSUR II, the 2012 anthropometric survey of U.S. Army personnel (Gordon et al.,
// NATICK/TR-15/007, 2014): mean and standard deviation over its 4,082 men (mean stature
// 1756 mm, ours 1750), computed from the survey's public data file. The survey measures some
// girths with the muscle flexed; our body stands relaxed, so for those the relaxed girth must lie
// between two standard deviations under the flexed mean and the flexed mean.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body/skin_field.h"
#include "skin_girth.h"

using tpa::body::test::largestGirth;
using tpa::body::test::skinGirth;
using tpa::body::test::smallestGirth;

namespace {

struct Survey {
    const char* name;
    float mean;
    float sd;
};
constexpr Survey kWrist{"wrist circumference", 175.9f, 9.0f};
constexpr Survey kForearmFlexed{"forearm circumference, flexed", 310.1f, 22.0f};
constexpr Survey kBicepsFlexed{"biceps circumference, flexed", 358.1f, 34.6f};
constexpr Survey kThigh{"thigh circumference", 625.1f, 58.5f};
constexpr Survey kLowerThigh{"lower thigh circumference", 409.3f, 31.9f};
constexpr Survey kCalf{"calf circumference", 392.3f, 29.7f};
constexpr Survey kAnkle{"ankle circumference", 229.3f, 14.6f};
constexpr Survey kHandBreadth{"hand breadth", 88.3f, 4.4f};
constexpr Survey kHandCircumference{"hand circumference", 212.3f, 10.2f};

bool withinOneSd(const Survey& s, float girth) {
    std::printf("%s: %.0f mm (survey %.0f +- %.0f)\n", s.name, girth, s.mean, s.sd);
    return girth >= s.mean - s.sd && girth <= s.mean + s.sd;
}

bool relaxedUnderFlexed(const Survey& s, float girth) {
    std::printf("%s, relaxed: %.0f mm (survey flexed %.0f +- %.0f)\n", s.name, girth, s.mean,
                s.sd);
    return girth >= s.mean - 2.0f * s.sd && girth <= s.mean;
}

}  // namespace

TEST_CASE("the wrist and forearm measure as in the ANSUR II survey") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const glm::vec3 elbow = rig.at("elbow-joint"), wrist = rig.at("wrist-joint");
    // Over the styloid processes, at the wrist joint, normal to the forearm.
    CHECK(withinOneSd(kWrist, skinGirth(skin, wrist, elbow - wrist, 120.0f)));
    // The largest girth below the elbow.
    CHECK(relaxedUnderFlexed(kForearmFlexed,
                             largestGirth(skin, elbow, wrist, 0.0f, 0.4f, 120.0f).girth));
}

TEST_CASE("the upper arm measures as in the ANSUR II survey") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    // The largest girth over the biceps, normal to the arm, below the armpit.
    CHECK(relaxedUnderFlexed(kBicepsFlexed,
                             largestGirth(skin, shoulder, elbow, 0.4f, 0.8f, 120.0f).girth));
}

TEST_CASE("the hand measures as in the ANSUR II survey") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const auto rays = tpa::body::fingerRays(rig);
    const glm::vec3 wrist = rig.at("wrist-joint");
    const glm::vec3 along = glm::normalize(rig.at("middle-fingertip") - wrist);
    // Hand breadth: across the distal ends of the metacarpals (2-5), just short of the knuckles.
    const glm::vec3 knuckles = 0.5f * (rays[0].knuckle + rays[3].knuckle) - along * 8.0f;
    auto edge = [&](float sign) {
        float d = 0.0f;
        while (d < 200.0f && skin.evaluate(knuckles + glm::vec3(sign * d, 0.0f, 0.0f)) < 0.0f)
            d += 0.5f;
        return d;
    };
    CHECK(withinOneSd(kHandBreadth, edge(1.0f) + edge(-1.0f)));
    // Hand circumference: round the same place, normal to the hand (the thumb apart).
    CHECK(withinOneSd(kHandCircumference, skinGirth(skin, knuckles, along, 100.0f)));
}

TEST_CASE("the thigh, knee, calf and ankle measure as in the ANSUR II survey") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const glm::vec3 hip = rig.at("hip-joint"), knee = rig.at("knee-joint"),
                    ankle = rig.at("ankle-joint");
    // The crotch: where the midline leaves the skin going down between the thighs.
    float crotch = hip.z;
    while (crotch > knee.z && skin.evaluate(glm::vec3(0.0f, 0.0f, crotch)) < 0.0f) crotch -= 1.0f;
    // Thigh: horizontal, at the gluteal furrow just below the crotch.
    const glm::vec3 up(0.0f, 0.0f, 1.0f);
    CHECK(
        withinOneSd(kThigh, skinGirth(skin, glm::vec3(hip.x, hip.y, crotch - 10.0f), up, 160.0f)));
    // Lower thigh: horizontal, just above the patella.
    const glm::vec3 patella = rig.at("patella");
    CHECK(withinOneSd(kLowerThigh,
                      skinGirth(skin, glm::vec3(knee.x, knee.y, patella.z + 30.0f), up, 160.0f)));
    // Calf: the largest girth of the leg; ankle: the smallest above the malleoli.
    CHECK(withinOneSd(kCalf, largestGirth(skin, knee, ankle, 0.05f, 0.6f, 120.0f).girth));
    CHECK(withinOneSd(kAnkle, smallestGirth(skin, knee, ankle, 0.6f, 0.9f, 120.0f).girth));
}

// Below the calf the leg tapers to the ankle as the soleus and then the calcaneal tendon take
// over from the gastrocnemius (the stocking fitter's point B1, where the tendon turns into the
// calf, lies about halfway). Before, the skin's calf ended in a step: the girth fell 76 mm in a
// tenth of the shank below the gastrocnemius and the lower leg ran on as an even, slim column
// (237 mm halfway between the calf's largest girth and the ankle's smallest).
TEST_CASE("the lower leg tapers from the calf to the ankle without a step") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    const auto calf = largestGirth(skin, knee, ankle, 0.05f, 0.6f, 120.0f);
    const auto narrowest = smallestGirth(skin, knee, ankle, 0.6f, 0.9f, 120.0f);
    auto girthAt = [&](float t) {
        return skinGirth(skin, glm::mix(knee, ankle, t), glm::normalize(ankle - knee), 120.0f);
    };
    float steepest = 0.0f;
    for (float t = calf.at; t + 0.1f <= narrowest.at; t += 0.01f)
        steepest = std::max(steepest, girthAt(t) - girthAt(t + 0.1f));
    const float halfway = girthAt(0.5f * (calf.at + narrowest.at));
    std::printf("lower leg: steepest fall %.0f mm in a tenth of the shank; halfway %.0f mm "
                "(calf %.0f at %.2f, ankle %.0f at %.2f)\n",
                steepest, halfway, calf.girth, calf.at, narrowest.girth, narrowest.at);
    // A straight taper would fall evenly and pass halfway at the mean of the two girths; the
    // calf's belly may bulge over it, but not end in a step.
    const float even = (calf.girth - narrowest.girth) * 0.1f / (narrowest.at - calf.at);
    CHECK(steepest <= 2.0f * even);
    CHECK(halfway >= 0.5f * (calf.girth + narrowest.girth) - 30.0f);
}
