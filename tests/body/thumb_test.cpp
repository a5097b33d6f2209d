// The hand from the front, as an anatomist sees it in the anatomical position: the thumb hangs
// lateral to the index, a little in front of the palm, past an open first web space, its tip
// at the level of the middle of the index's proximal phalanx; the écorché's palm is as wide as
// the skin's. (The thumb stood in front of the index and read as a stub; the thenar and
// hypothenar masses stopped 6 to 9 mm short of the skin's borders.)
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body/skin_field.h"
#include "body_fixture.h"

namespace {

// Whether a ray from straight in front (along +y) through (x, z) meets the skin.
bool skinFromFront(const tpa::body::SdfModel& skin, float x, float y0, float z, float k) {
    for (float dy = -150.0f; dy <= 150.0f; dy += 0.5f)
        if (skin.evaluate({x, y0 + dy * k, z}) < 0.0f) return true;
    return false;
}

// The index's axis in the coronal plane: its x where it crosses height z.
float indexX(const tpa::body::FingerRay& index, float z) {
    return index.knuckle.x + (z - index.knuckle.z) / index.dir.z * index.dir.x;
}

bool isDigitCover(const std::string& id) {
    return id.rfind("digital-flexor-sheaths", 0) == 0 || id.rfind("extensor-expansions", 0) == 0;
}

}  // namespace

TEST_CASE("the thumb hangs lateral to the index, past an open first web space") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto skin = tpa::body::skinField(rig);
    const auto index = tpa::body::fingerRays(rig)[0];
    const auto thumb = tpa::body::thumbChain(rig);
    const glm::vec3 wrist = rig.at("wrist-joint");
    // The thumb's tip: the last skin along its phalanges past the tip's centre.
    const glm::vec3 dir = glm::normalize(thumb[2] - thumb[1]);
    float reach = 0.0f;
    while (reach < 60.0f * k && skin.evaluate(thumb[2] + dir * reach) < 0.0f) reach += 0.25f;
    const glm::vec3 tip = thumb[2] + dir * reach;
    const float lateral = tip.x - indexX(index, tip.z);
    // The middle of the index's proximal phalanx (the skin's joint at 0.45 of the finger).
    const float phalanxZ = index.knuckle.z + index.dir.z * (0.225f * index.length);
    // The widest run of rays from the front that miss the skin between the index's axis and
    // the thumb's, three quarters of the way down the thumb's phalanges.
    const glm::vec3 mid = glm::mix(thumb[1], thumb[2], 0.75f);
    float gap = 0.0f, run = 0.0f;
    const float x0 = indexX(index, mid.z);
    for (float x = std::min(x0, mid.x); x <= std::max(x0, mid.x); x += 0.5f * k) {
        run = skinFromFront(skin, x, wrist.y, mid.z, k) ? 0.0f : run + 0.5f * k;
        gap = std::max(gap, run);
    }
    std::printf("thumb tip %.1f mm lateral of the index's axis, %.1f mm below the middle of its "
                "proximal phalanx; first web open %.1f mm from the front\n",
                lateral / k, (phalanxZ - tip.z) / k, gap / k);
    CHECK(lateral >= 25.0f * k);
    CHECK(std::abs(tip.z - phalanxZ) <= 8.0f * k);
    // Wider than the 6 mm skin grid, so the web stays open whatever the sampling.
    CHECK(gap >= 6.0f * k);
    // A little in front of the palm, not 35 mm in front of the index.
    CHECK(tip.y - wrist.y >= -32.0f * k);
    CHECK(tip.y - wrist.y <= -15.0f * k);
}

TEST_CASE("the écorché's thumb shows from the front lateral to the index") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto index = tpa::body::fingerRays(rig)[0];
    const auto thumb = tpa::body::thumbChain(rig);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // Across the hand at two heights of the thumb's phalanges, from the index's axis
        // outward: the thumb's covers (the lateral-most run of rays meeting a digit's cover),
        // well lateral of the index and with nothing at all seen just medial to them (the
        // first web space).
        for (float t : {0.5f, 0.85f}) {
            CAPTURE(t);
            const glm::vec3 p = glm::mix(thumb[1], thumb[2], t);
            const float x0 = indexX(index, p.z);
            std::vector<std::string> ids;
            for (float x = x0; x <= x0 + 60.0f * k; x += 1.0f * k)
                ids.push_back(
                    tpa::body::test::firstPartHitId({side * x, -400.0f * k, p.z}, {0, 1, 0}));
            auto last = ids.size();
            while (last > 0 && !isDigitCover(ids[last - 1])) --last;
            REQUIRE(last > 0);
            auto first = last - 1;
            while (first > 0 && isDigitCover(ids[first - 1])) --first;
            std::size_t open = 0;
            while (open < first && ids[first - 1 - open].empty()) ++open;
            const float start = static_cast<float>(first) * k;  // mm lateral of the index's axis
            std::printf("side %+.0f, thumb at %.2f: its covers from %.0f mm lateral of the "
                        "index's axis, %zu mm open medial to them\n",
                        side, t, start / k, open);
            CHECK(start >= 15.0f * k);
            CHECK(open >= 5);
        }
    }
}

TEST_CASE("the écorché's palm is as wide as the skin's") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto skin = tpa::body::skinField(rig);
    const glm::vec3 wrist = rig.at("wrist-joint");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // From below the flexor retinaculum to the thumb's metacarpophalangeal joint: the
        // thenar eminence, the palmar aponeurosis and the hypothenar eminence.
        for (float dz : {-25.0f, -30.0f, -35.0f, -40.0f, -45.0f, -50.0f}) {
            CAPTURE(dz);
            const float z = wrist.z + dz * k;
            float skinMin = 1e9f, skinMax = -1e9f, partMin = 1e9f, partMax = -1e9f;
            int inSkin = 0, soft = 0;
            for (float dx = -60.0f; dx <= 90.0f; dx += 1.0f) {
                const float x = wrist.x + dx * k;
                if (!skinFromFront(skin, x, wrist.y, z, k)) continue;
                ++inSkin;
                skinMin = std::min(skinMin, dx);
                skinMax = std::max(skinMax, dx);
                const auto hits =
                    tpa::body::test::hitsUnderSkin({side * x, -400.0f * k, z}, {0, 1, 0});
                if (hits.empty() || hits.front().id.rfind("hand.", 0) == 0) continue;
                ++soft;
                partMin = std::min(partMin, dx);
                partMax = std::max(partMax, dx);
            }
            std::printf("side %+.0f dz %.0f: skin %.0f..%.0f, muscle and tendon %.0f..%.0f, %d of "
                        "%d rays\n",
                        side, dz, skinMin, skinMax, partMin, partMax, soft, inSkin);
            // Muscle or tendon out to within 4 mm of the skin's borders on both sides...
            CHECK(partMin - skinMin <= 4.0f);
            CHECK(skinMax - partMax <= 4.0f);
            // ...and under nearly every ray between (not bone, not nothing; a few meet the
            // carpus between the hypothenar and the palmar aponeurosis' apex).
            CHECK(soft >= inSkin - 12);
        }
    }
}

TEST_CASE("the rig's thumb tip is the lowest point of the skin round the thumb chain's end") {
    // One fact, not two: the landmark is derived from the chain the skin and the bones follow
    // (it was given apart, 8.1 mm from the chain's end, 0.4 mm inside the skin).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto skin = tpa::body::skinField(rig);
    const glm::vec3 centre = tpa::body::thumbChain(rig)[2];
    const glm::vec3 tip = rig.at("thumb-tip");
    // The last skin straight below the tip's centre.
    float reach = 0.0f;
    while (reach < 30.0f * k && skin.evaluate(centre - glm::vec3(0, 0, reach)) < 0.0f)
        reach += 0.05f * k;
    std::printf("thumb tip %.2f mm from the chain's end (%.2f mm straight below it, %.2f mm to "
                "the skin's lowest point there), skin field %.2f mm\n",
                glm::distance(tip, centre) / k, (centre.z - tip.z) / k, reach / k,
                skin.evaluate(tip) / k);
    CHECK(glm::distance(tip, centre) == doctest::Approx(tpa::body::kThumbTipRadius * k));
    CHECK(glm::length(glm::vec2(tip - centre)) <= 0.01f * k);
    // On the skin, where the skin itself ends below the tip's centre.
    CHECK(std::abs(skin.evaluate(tip)) <= 0.2f * k);
    CHECK(std::abs(reach - tpa::body::kThumbTipRadius * k) <= 0.2f * k);
}
