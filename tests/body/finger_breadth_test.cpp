// The fingers' and the hand's length on the skin field, against measured hands.
//
// Finger breadths: Pheasant & Haslegrave, Bodyspace, 3rd ed. (2006), hand dimensions of British
// adults: a man's index finger is about 21 mm across at the proximal interphalangeal joint
// (5th-95th percentile 19-23), the middle finger a little broader, the ring finger like the
// index, the little finger clearly narrower; each tapers to about 16-17 at the distal joint.
// Hand length: ANSUR II (Gordon et al. 2014, NATICK/TR-15/007), 4,082 men, wrist crease to the
// tip of the middle finger, 193.3 +- 9.9 mm. Every finger was a 15 mm needle, 12.7 at the tip.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <numbers>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body/skin_field.h"
#include "skin_girth.h"

using tpa::body::test::skinGirth;

TEST_CASE("the fingers are as broad as a man's and taper to the tip") {
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const auto rays = tpa::body::fingerRays(rig);
    constexpr std::array<const char*, 4> kName{"index", "middle", "ring", "little"};
    std::array<float, 4> proximal{}, tip{};
    for (std::size_t i = 0; i < rays.size(); ++i) {
        // Diameter from the girth normal to the finger: over the proximal phalanx (a third of
        // the way from the knuckle to the tip) and over the distal one. A section that runs
        // into the next finger (the fingers webbed together) reads -1.
        auto diameter = [&](float t) {
            const glm::vec3 p = rays[i].knuckle + rays[i].dir * (t * rays[i].length);
            return skinGirth(skin, p, rays[i].dir, 25.0f) / std::numbers::pi_v<float>;
        };
        proximal[i] = diameter(0.35f);
        tip[i] = diameter(0.85f);
        std::printf("%s finger: %.1f mm across the proximal phalanx, %.1f near the tip\n", kName[i],
                    double(proximal[i]), double(tip[i]));
        CAPTURE(i);
        CHECK(proximal[i] > 0.0f);
        CHECK(tip[i] > 0.0f);
        CHECK(tip[i] < proximal[i]);
    }
    CHECK(proximal[0] >= 19.0f);
    CHECK(proximal[0] <= 23.0f);
    CHECK(proximal[1] >= proximal[0]);
    CHECK(proximal[3] < proximal[1] - 2.0f);
}

TEST_CASE("the hand is as long as a man's") {
    // From the wrist joint (a few millimetres from the crease) to the skin's end along the
    // middle finger.
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const auto middle = tpa::body::fingerRays(rig)[1];
    glm::vec3 p = middle.knuckle;
    while (skin.evaluate(p) < 0.0f) p += middle.dir * 0.25f;
    const float length = glm::length(p - rig.at("wrist-joint"));
    std::printf("hand length: %.0f mm (survey 193 +- 10)\n", double(length));
    CHECK(length >= 193.3f - 9.9f);
    CHECK(length <= 193.3f + 9.9f);
}
