// The trapezius from behind as one kite from the occiput to T12: its upper, middle and lower
// parts meet flush, each border feathering into its neighbour's face at the same depth rather
// than standing on it as a plate with a ledge, and the two sides meet on the midline without
// a groove or notch down to the spine, the splenii or the rhomboids.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;
using tpa::body::test::withoutSide;

namespace {

// What a ray from behind at (x, z) meets first under the skin, and how deep.
struct Seen {
    std::string id;
    float depth = 0.0f;
};

Seen fromBehind(float x, float z) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    const auto hits = hitsUnderSkin({x, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
    if (hits.empty()) return {};
    return {hits.front().id, hits.front().depth};
}

bool isTrapezius(const std::string& id) { return id.find("trapezius") != std::string::npos; }

}  // namespace

TEST_CASE("the trapezius' parts meet flush, without a ledge where one ends on the next") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // A grid over the left half from the midline out to the middle of the shoulder (farther
    // out the shoulder's curve turns away from a ray from behind), from the neck's base to T12;
    // between neighbouring rays that meet different parts, the first hit's depth must not jump
    // (the surface's own slope moves it a fraction of a millimetre from ray to ray).
    const float step = 3.0f * k, kLedge = 0.6f * k;
    const float x1 = 0.55f * rig.at("acromion").x;
    const float z0 = rig.at("t12").z + 20.0f * k, z1 = rig.at("c7").z + 40.0f * k;
    std::vector<std::vector<Seen>> grid;
    for (float z = z1; z >= z0; z -= step) {
        grid.emplace_back();
        for (float x = 6.0f * k; x <= x1; x += step) grid.back().push_back(fromBehind(x, z));
    }
    int boundaries = 0, ledges = 0;
    float worst = 0.0f;
    auto pair = [&](const Seen& a, const Seen& b) {
        if (!isTrapezius(a.id) || !isTrapezius(b.id) || withoutSide(a.id) == withoutSide(b.id)) return;
        ++boundaries;
        const float jump = std::abs(a.depth - b.depth);
        worst = std::max(worst, jump);
        if (jump > kLedge) ++ledges;
    };
    for (std::size_t r = 0; r < grid.size(); ++r)
        for (std::size_t c = 0; c < grid[r].size(); ++c) {
            if (c + 1 < grid[r].size()) pair(grid[r][c], grid[r][c + 1]);
            if (r + 1 < grid.size()) pair(grid[r][c], grid[r + 1][c]);
        }
    MESSAGE("part boundaries crossed: " << boundaries << ", ledges over " << kLedge
                                        << " mm: " << ledges << ", worst step " << worst << " mm");
    CHECK(boundaries > 40);
    CHECK(ledges <= boundaries / 10);
    CHECK(worst < 1.2f * k);
}

TEST_CASE("the two trapezii meet on the midline without a groove or notch") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Down the ligamentum nuchae from C2 and the spinous processes to T12, rays on the midline
    // and just beside it meet the trapezius no deeper than rays 6 mm out on either side (the
    // two sides' origins overlapping, not feathered into a gap apart; the shallow furrow of the
    // ligamentum nuchae stays). Above C2 the upper part's origin sinks toward the inion on
    // purpose (originDive).
    const float kNotch = 0.8f * k;
    int rays = 0, notches = 0;
    for (float z = rig.at("c2").z; z > rig.at("t12").z + 10.0f * k; z -= 2.0f * k) {
        const Seen left = fromBehind(6.0f * k, z), right = fromBehind(-6.0f * k, z);
        if (!isTrapezius(left.id) || !isTrapezius(right.id)) continue;
        const float beside = 0.5f * (left.depth + right.depth);
        for (float x : {0.0f, 0.5f * k, -0.5f * k}) {
            ++rays;
            const Seen mid = fromBehind(x, z);
            const bool notch = !isTrapezius(mid.id) || mid.depth > beside + kNotch;
            if (notch) {
                ++notches;
                MESSAGE("notch at z " << z << " x " << x << ": " << mid.id << " " << mid.depth
                                      << " mm, beside " << beside << " mm");
            }
        }
    }
    MESSAGE("midline rays: " << rays << ", notches: " << notches);
    CHECK(rays > 400);
    CHECK(notches == 0);
}
