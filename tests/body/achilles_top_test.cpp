// The calcaneal tendon's top from behind: under the gastrocnemius' ends the aponeurosis
// narrows quickly into the tendon, with the soleus fleshy either side of it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

// Millimetres (1 mm rays from straight behind, up to 60 mm either side of the calf's axis)
// where the posterior eye sees the calcaneal tendon first at `t` of the shank.
float tendonBreadth(float side, float t) {
    static const tpa::body::Rig rig;
    static const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    static const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 axis = glm::mix(knee, ankle, t);
    const char* id = side > 0.0f ? "calcaneal-tendon.left" : "calcaneal-tendon.right";
    float seen = 0.0f;
    for (float dx = -60.0f; dx <= 60.0f; dx += 1.0f) {
        const glm::vec3 point(side * (axis.x + dx * k), axis.y + 40.0f * k, axis.z);
        if (tpa::body::test::firstPartHitId(eye, point - eye) == id) seen += 1.0f;
    }
    return seen;
}

}  // namespace

TEST_CASE("the calcaneal tendon narrows quickly below the gastrocnemius' heads") {
    // From behind at 0.6 to 0.75 of the shank (every 0.05), below the heads' ends, the tendon
    // is a narrow band. Its top ran 36 mm between its centre lines under the heads and the
    // strap followed the calf's curve, so a broad pale Y covered most of the soleus.
    // Before: widest 36 mm, 113 mm summed; after (20 mm apart, 14 at 0.76): 26 and 83.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        float widest = 0.0f, total = 0.0f;
        for (int i = 0; i <= 3; ++i) {
            const float t = 0.6f + 0.05f * float(i);
            const float w = tendonBreadth(side, t);
            std::printf("calcaneal tendon side %+.0f t %.2f: %.0f mm\n", side, t, w);
            widest = w > widest ? w : widest;
            total += w;
        }
        std::printf("calcaneal tendon side %+.0f: widest %.0f mm, sum %.0f mm\n", side, widest,
                    total);
        CHECK(widest >= 12.0f);
        CHECK(widest <= 30.0f);
        CHECK(total <= 95.0f);
    }
}

TEST_CASE("the calcaneal tendon's two pieces overlap without a collar or a seam") {
    // The tendon is swept in two overlapping straps (the skin steps at the back of the heel).
    // Down its middle from behind, where both pieces lie under a ray, the upper one stays in
    // front at the lower one's top and sinks under it by its own end, so they cross once. The
    // lower piece's top stood 0.65 mm proud of the upper one as a pale collar, and the upper
    // one's end lay 0.03-0.05 mm above the lower's face, whose facets crossed it back and
    // forth: a jagged line across the tendon.
    // Before (on the line and 3 mm beside it): least gap in the overlap's upper third -0.65 and
    // -0.57 mm, at the upper piece's end -0.03 and -0.05 mm, 3 and 4 rays within 0.1 mm;
    // after: +0.21 / +0.32, -1.14 / -1.25 mm, 2 and 1 rays.
    static const tpa::body::Rig rig;
    const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const float k = rig.stature() / 1750.0f;
    const auto parts = tpa::body::test::pieces(tpa::body::test::leftMesh("calcaneal-tendon"));
    REQUIRE(parts.size() == 2);
    for (float dx : {0.0f, 3.0f}) {
        CAPTURE(dx);
        std::vector<float> gaps;  // lower piece's distance minus the upper one's (mm)
        for (float t = 0.70f; t <= 0.88f; t += 0.0025f) {
            const glm::vec3 axis = glm::mix(knee, ankle, t);
            const glm::vec3 dir = glm::normalize(
                glm::vec3(axis.x + dx * k, axis.y + 40.0f * k, axis.z) - eye);
            const auto upper = tpa::body::test::meshCrossings(parts[0], eye, dir);
            const auto lower = tpa::body::test::meshCrossings(parts[1], eye, dir);
            if (!upper.empty() && !lower.empty()) gaps.push_back(lower.front().t - upper.front().t);
        }
        REQUIRE(gaps.size() >= 8);
        int coplanar = 0;
        for (float g : gaps) coplanar += std::abs(g) < 0.1f;
        // The overlap's upper third, below the lower piece's rounded top.
        float top = 1e9f;
        for (std::size_t i = 0; i < gaps.size() / 3; ++i) top = std::min(top, gaps[i]);
        std::printf("calcaneal tendon overlap dx %.0f: %zu rays, least gap in its upper third "
                    "%+.2f mm, at the upper end %+.2f mm, %d within 0.1 mm\n",
                    dx, gaps.size(), top, gaps.back(), coplanar);
        CHECK(top >= 0.1f);
        CHECK(gaps.back() <= -0.3f);
        CHECK(coplanar <= 2);
    }
}
