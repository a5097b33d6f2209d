// The foot as the renders show it: rays from the camera eye of a view preset (perspective, so
// the toes and the dorsum are seen at a slant) meet tendon or muscle, not the foot's bone rays
// and block, and the toes are sheathed, the big toe the biggest.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::presetEye;
using tpa::body::test::SeenFirst;
using tpa::core::ViewPreset;

// Rays from a view's eye through a grid around the ankle joint, on the left (side 1) or the
// right (-1) foot.
SeenFirst seenOver(ViewPreset view, float side, glm::vec2 xRange, glm::vec2 yRange,
                   glm::vec2 zRange, float step) {
    return tpa::body::test::seenOnGrid(view, "ankle-joint", side, xRange, yRange, zRange, step);
}

}  // namespace

TEST_CASE("the toes are sheathed in their extensor expansions, the big toe the biggest") {
    // The toes were bare bone rays, seen from the front and from the side.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const SeenFirst front = seenOver(ViewPreset::Anterior, side, {-34, 30}, {-160, -160},
                                    {-64, -38}, 2.0f);
        CHECK(front.parts > 300);
        // One ray: a pinhole onto a lateral metatarsal's head, where the short extensor laid on
        // the bones ends short of the toe sheaths (its old wrap under the sole covered it, while
        // 49 rays of tarsus and 51 of forefoot showed from the side: foot_test.cpp).
        CHECK(front.bones <= 1);
    }
    const SeenFirst fromSide = seenOver(ViewPreset::Left, 1.0f, {60, 60}, {-216, -150}, {-64, -30}, 2.0f);
    CHECK(fromSide.parts > 200);
    CHECK(fromSide.bones == 0);
    // From above across the middle of the toes, the big toe's sheath spans clearly more than any
    // lesser toe's.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    int run = 0, big = 0, lesser = 0;
    bool first = true;
    for (float x = -40.0f; x <= 34.0f; x += 0.5f) {
        const glm::vec3 at = ankle + glm::vec3(x, -178.0f, 60.0f) * k;
        const auto hits = tpa::body::test::hitsUnderSkin(at, {0.0f, 0.0f, -1.0f});
        const bool sheath = !hits.empty() && hits.front().id == "extensor-expansions-foot.left";
        if (sheath) {
            ++run;
            continue;
        }
        if (run > 0) (first ? big : lesser) = first ? run : std::max(lesser, run);
        if (run > 0) first = false;
        run = 0;
    }
    CAPTURE(big);
    CAPTURE(lesser);
    CHECK(big * 0.5f >= 15.0f);
    CHECK(lesser > 0);
    CHECK(big >= lesser * 3 / 2);
}

TEST_CASE("the dorsum of the foot shows its muscles and tendons, not bone between them") {
    // From the front the metatarsals showed between the long extensor's tendons and under the
    // end of the dorsum's muscles; from the side the tarsus and the metatarsals showed between
    // the short extensor and the abductor of the little toe.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const SeenFirst front = seenOver(ViewPreset::Anterior, side, {-10, 30}, {-100, -100},
                                    {-46, -16}, 2.0f);
        CHECK(front.parts > 250);
        CHECK(front.bones == 0);
    }
    const SeenFirst fromSide = seenOver(ViewPreset::Left, 1.0f, {60, 60}, {-140, -40}, {-24, 0}, 2.0f);
    CHECK(fromSide.parts > 500);
    // One ray: a metatarsal's head 0.4 mm proud of the toe sheaths, 136 mm ahead of the
    // ankle (the short extensor, now a belly on the bones, no longer wraps over it).
    CHECK(fromSide.bones <= 1);
}

TEST_CASE("the extensor retinacula cross the front of the ankle over the tendons") {
    // Not drawn before: a band laid across the concave front of the ankle had been sunk under
    // the tendons it holds down, which showed through it. Rays from the anterior eye over the
    // tendons meet the retinaculum first and a tendon or its muscle under it.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(ViewPreset::Anterior), ankle = rig.at("ankle-joint");
    auto startsWith = [](const std::string& id, const char* prefix) {
        return id.rfind(prefix, 0) == 0;
    };
    // The superior band above the ankle, over tibialis anterior, extensor hallucis longus and
    // extensor digitorum longus; the inferior one over the front of the ankle, where the eye
    // sees it at a slant through points 100 mm in front of the joint.
    const glm::vec3 points[] = {{-10, -34, 40},  {-4, -34, 40},  {2, -34, 40},  {8, -34, 40},
                                {-10, -100, 14}, {-4, -100, 14}, {2, -100, 14}, {8, -100, 14},
                                {-10, -100, 17}, {-4, -100, 17}, {2, -100, 17}};
    for (float side : {1.0f, -1.0f})
        for (const glm::vec3& p : points) {
            CAPTURE(side);
            CAPTURE(p.x);
            CAPTURE(p.z);
            const glm::vec3 at(side * (ankle.x + p.x * k), ankle.y + p.y * k, ankle.z + p.z * k);
            const auto hits = tpa::body::test::hitsUnderSkin(eye, at - eye);
            REQUIRE(hits.size() >= 2);
            CHECK(startsWith(hits.front().id, "extensor-retinacula-foot"));
            bool tendonUnder = false;
            const float under = hits.front().depth + 15.0f * k;
            for (std::size_t i = 1; i < hits.size() && hits[i].depth < under; ++i)
                tendonUnder = tendonUnder || startsWith(hits[i].id, "tibialis-anterior") ||
                              startsWith(hits[i].id, "extensor-hallucis-longus") ||
                              startsWith(hits[i].id, "extensor-digitorum-longus");
            CHECK(tendonUnder);
        }
}
