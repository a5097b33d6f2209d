// The ankle from behind and from the side. There was no flexor hallucis longus: from behind and
// from the side
// the space in front of the calcaneal tendon 40-70 mm above the malleolus was a see-through gap,
// with the tibia, the fibularis brevis' deep face or the front of the leg far behind it. In an
// écorché the flexor hallucis longus' low belly fills that space down to the ankle, its tendon
// passing behind the medial malleolus and under the sustentaculum tali to the big toe. And from
// the side the tibia showed bare in front of the ankle between the extensor digitorum longus and
// the fibularis tendons, just above the extensor retinaculum, where the fibularis tertius lies.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::hitsUnderSkin;
using tpa::body::test::presetEye;
using tpa::core::ViewPreset;

bool isBone(const std::string& id) {
    for (const char* bone : {"tibia.", "fibula.", "foot."})
        if (id.rfind(bone, 0) == 0) return true;
    return false;
}

// Rays from a preset view's eye through points (a, z) mm from a rig point of the left side,
// mirrored for the right side (a across the view, z up): how many met nothing under the skin, a
// bone first, or their first part deeper than `deepest` mm.
struct Gaps {
    int rays = 0, open = 0, fhl = 0;
};
Gaps openRays(ViewPreset view, glm::vec2 aRange, glm::vec2 zRange, float deepest,
              const std::string& point = "lateral-malleolus") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(view);
    Gaps gaps;
    for (const float side : {1.0f, -1.0f}) {
        const glm::vec3 m = rig.at(point);
        for (float a = aRange.x; a <= aRange.y; a += 2.0f)
            for (float z = zRange.x; z <= zRange.y; z += 2.0f) {
                // From behind a runs across (x), from the side front to back (y).
                const glm::vec3 p = view == ViewPreset::Posterior
                                        ? glm::vec3(side * (m.x + a * k), m.y, m.z + z * k)
                                        : glm::vec3(side * m.x, m.y + a * k, m.z + z * k);
                glm::vec3 from = eye;
                if (view != ViewPreset::Posterior) from.x *= side;
                const auto hits = hitsUnderSkin(from, glm::normalize(p - from));
                ++gaps.rays;
                gaps.open += hits.empty() || isBone(hits.front().id) ||
                             hits.front().depth > deepest * k;
                gaps.fhl +=
                    !hits.empty() && hits.front().id.rfind("flexor-hallucis-longus", 0) == 0;
            }
    }
    return gaps;
}

}  // namespace

TEST_CASE("the flexor hallucis longus fills the ankle in front of the calcaneal tendon") {
    // From behind, between the calcaneal tendon and the fibular tendons, 40-70 mm above the
    // lateral malleolus: before, rays met the fibularis brevis' deep face 20-22 mm in, or passed
    // between the bones to the extensors at the front of the leg 57-63 mm in: 84 of 320 rays
    // were open; with the muscle, none. From the side, 14-30 mm behind the malleolus at the
    // same heights: rays passed through the ankle without meeting anything, or met the soleus
    // 16-30 mm in: 184 of 288 were open; with the muscle, 10.
    struct Look {
        const char* name;
        ViewPreset view;
        glm::vec2 across;
        float deepest;
        int openShare, fhlShare;  // at most rays/openShare open, at least rays/fhlShare on it
    };
    for (const Look& look : {Look{"behind", ViewPreset::Posterior, {-26.0f, -8.0f}, 18.0f, 20, 4},
                             Look{"the side", ViewPreset::Left, {14.0f, 30.0f}, 12.0f, 10, 3}}) {
        const Gaps gaps = openRays(look.view, look.across, {40.0f, 70.0f}, look.deepest);
        std::printf("in front of the calcaneal tendon from %s: %d of %d rays open, %d meet the "
                    "flexor hallucis longus\n",
                    look.name, gaps.open, gaps.rays, gaps.fhl);
        CAPTURE(look.name);
        CHECK(gaps.open <= gaps.rays / look.openShare);
        CHECK(gaps.fhl >= gaps.rays / look.fhlShare);
    }
}

TEST_CASE("the flexor hallucis longus' tendon runs behind the medial malleolus to the big toe") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh("flexor-hallucis-longus");
    const glm::vec3 toe = rig.at("toe-tip"), malleolus = rig.at("medial-malleolus");
    float toTip = 1e9f, top = -1e9f;
    int behind = 0;
    for (const auto& p : mesh.positions) {
        toTip = std::min(toTip, glm::distance(p, toe));
        top = std::max(top, p.z);
        // Level with the malleolus, behind it and lateral to its tip.
        behind += std::abs(p.z - malleolus.z) < 10.0f * k && p.y > malleolus.y + 10.0f * k &&
                  p.x > malleolus.x;
    }
    CHECK(toTip < 35.0f * k);
    CHECK(behind > 0);
    // From the fibula's lower two thirds: its top well below the knee.
    CHECK(top < rig.at("knee-joint").z - 120.0f * k);
    CHECK(top > rig.at("ankle-joint").z + 240.0f * k);
}

TEST_CASE("from the side, the fibularis tertius covers the tibia in front of the lower fibula") {
    // 10-24 mm in front of the lateral malleolus, 60-120 mm above it, between the extensor
    // digitorum longus and the fibularis brevis: rays met the tibia 22-25 mm in, or the tibialis
    // anterior's deep border beside it: 114 of 496 rays were open; with it, 22.
    const Gaps gaps = openRays(ViewPreset::Left, {-24.0f, -10.0f}, {60.0f, 120.0f}, 15.0f);
    std::printf("in front of the lower fibula from the side: %d of %d rays open\n", gaps.open,
                gaps.rays);
    CHECK(gaps.open <= gaps.rays / 20);
}

TEST_CASE("from the side, the extensors' tops pass under the lateral retinaculum below the knee") {
    // The tibialis anterior and extensor digitorum longus arise from the lateral condyle and
    // the fibular head under the lateral patellar retinaculum and the iliotibial tract. Their
    // tops ended just below the retinaculum's lower border, flat, square and ragged, at its
    // depth, with the tibia showing between them and it: 26 of 480 rays were open; now none.
    const Gaps gaps =
        openRays(ViewPreset::Left, {-34.0f, 4.0f}, {-30.0f, -8.0f}, 12.0f, "tibia-lateral-condyle");
    std::printf("under the lateral condyle from the side: %d of %d rays open\n", gaps.open,
                gaps.rays);
    CHECK(gaps.open <= gaps.rays / 50);
}
