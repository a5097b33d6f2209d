// The bicipital aponeurosis seen from the anterior camera: a thin triangle that leaves the
// biceps' tendon narrow and fans down and medially over the flexors, widest at its lower end,
// not a pale band of even width with a rounded end (a "banana" across the elbow).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

TEST_CASE("the bicipital aponeurosis is seen as a triangle widest at its lower end") {
    // Rays from the anterior camera through the hidden skin on a 0.5 mm grid over the front of
    // the elbow; the points where the aponeurosis is seen first, laid along its course (their
    // principal direction), and its breadth across that course measured in a slab a fifth of
    // its seen length wide, a fifth from its top and a fifth from its bottom.
    using tpa::body::test::embeddedScene;
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior),
                    elbow = rig.at("elbow-joint");
    constexpr float kStep = 0.5f;
    for (float side : {1.0f, -1.0f}) {
        const std::string id =
            side > 0.0f ? "bicipital-aponeurosis.left" : "bicipital-aponeurosis.right";
        std::vector<glm::vec2> seen;
        for (float dz = 0.0f; dz >= -90.0f; dz -= kStep)
            for (float dx = -80.0f; dx <= 25.0f; dx += kStep) {
                const glm::vec3 point(side * (elbow.x + dx * k), elbow.y - 30.0f * k,
                                      elbow.z + dz * k);
                const int hit = tpa::body::test::firstPartHit(eye, point - eye);
                if (hit >= 0 && embeddedScene().parts[static_cast<std::size_t>(hit)].id == id)
                    seen.emplace_back(dx, dz);
            }
        REQUIRE(seen.size() > 100);
        glm::vec2 mean(0.0f);
        for (const auto& p : seen) mean += p / float(seen.size());
        float sxx = 0.0f, sxz = 0.0f, szz = 0.0f;
        for (const auto& p : seen) {
            const glm::vec2 d = p - mean;
            sxx += d.x * d.x, sxz += d.x * d.y, szz += d.y * d.y;
        }
        const float angle = 0.5f * std::atan2(2.0f * sxz, sxx - szz);
        glm::vec2 along(std::cos(angle), std::sin(angle));
        if (along.y > 0.0f) along = -along;  // from its top down
        float lo = 1e9f, hi = -1e9f;
        for (const auto& p : seen) {
            const float s = glm::dot(p - mean, along);
            lo = std::min(lo, s), hi = std::max(hi, s);
        }
        const float length = hi - lo;
        // Breadth in a slab: its seen area there over the slab's width along the course.
        auto breadth = [&](float fromTop) {
            const float a = lo + (fromTop - 0.1f) * length, b = lo + (fromTop + 0.1f) * length;
            int n = 0;
            for (const auto& p : seen) {
                const float s = glm::dot(p - mean, along);
                n += s >= a && s < b;
            }
            return float(n) * kStep * kStep / (b - a);
        };
        const float top = breadth(0.2f), bottom = breadth(0.8f);
        std::printf("bicipital aponeurosis (side %+.0f) seen from the front: %.1f mm long, %.1f mm "
                    "across a fifth from its top, %.1f a fifth from its bottom\n",
                    side, length, top, bottom);
        CAPTURE(side);
        CHECK(bottom > 1.8f * top);
        CHECK(bottom > 18.0f);
    }
}
