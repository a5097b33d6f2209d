// The occipital bellies from behind as an écorché draws them: thin flat sheets whose upper and
// medial borders pass onto the galea's white without a step, a rim or an undercut. Before, each
// stood as a raised pad with a 1 mm wall round it (a dark rim line in the renders) and, over its
// upper lateral corner, the galea thinned away under it, so its border overhung the bone.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::meshCrossings;

namespace {

// What a ray meets first under the skin and how deep.
struct Seen {
    std::string id;
    float depth = 0.0f;
};

// A ray toward the vault's centre (about along the bone's normal), `alpha` degrees round the
// sagittal plane from straight forward over the top, `beta` out of it to the left.
struct Meridian {
    glm::vec3 from, dir;
};
Meridian meridian(float alpha, float beta) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 centre(0.0f, 14.0f * k, rig.stature() - 80.0f * k);
    const float a = glm::radians(alpha), b = glm::radians(beta);
    const glm::vec3 d(std::sin(b), -std::cos(b) * std::cos(a), std::cos(b) * std::sin(a));
    return {centre + d * 300.0f * k, -d};
}

Seen seen(const Meridian& m) {
    const auto hits = hitsUnderSkin(m.from, m.dir);
    return hits.empty() ? Seen{} : Seen{hits.front().id, hits.front().depth};
}

constexpr float kAlpha0 = 185.0f, kAlphaStep = 0.375f, kBetaStep = 0.5f;
constexpr int kAlphas = 121, kBetas = 121;  // 185-230 and 0-60 degrees: the left occiput

}  // namespace

TEST_CASE("the occipital bellies' upper and medial borders pass onto the galea without a step") {
    // A grid of rays toward the vault's centre over the left occiput (every 0.375 degrees down
    // and 0.5 across); wherever neighbouring rays see the galea and the belly across its upper
    // or medial border, how much deeper under the skin the one is than the other, and how
    // thick the belly is just inside the border. Before: the belly 0.91 mm thick there, a rim,
    // and over its upper lateral corner, where the galea thinned to 0.7 mm on the bone under
    // it, its border stood up to 1.98 mm over the galea (0.42 on average).
    std::vector<Seen> grid(kAlphas * kBetas);
    for (int i = 0; i < kAlphas; ++i)
        for (int j = 0; j < kBetas; ++j)
            grid[i * kBetas + j] = seen(meridian(kAlpha0 + kAlphaStep * i, kBetaStep * j));
    const auto belly = [](const Seen& s) { return s.id == "occipitalis.left"; };
    const auto galea = [](const Seen& s) { return s.id == "galea-aponeurotica.left"; };
    const int bellyIndex = embeddedScene().findPart("occipitalis.left");
    REQUIRE(bellyIndex >= 0);
    const auto& mesh = embeddedScene().parts[std::size_t(bellyIndex)].mesh;
    float worst = 0.0f, sum = 0.0f, rim = 0.0f;
    int borders = 0, rims = 0;
    for (int i = 0; i + 1 < kAlphas; ++i)
        for (int j = 0; j + 1 < kBetas; ++j) {
            // The galea here and the belly down the meridian (its upper border) or laterally
            // across (its medial border).
            if (!galea(grid[i * kBetas + j])) continue;
            for (const auto& [ib, jb] : {std::pair{i + 1, j}, std::pair{i, j + 1}}) {
                const Seen& here = grid[i * kBetas + j];
                const Seen& inside = grid[ib * kBetas + jb];
                if (!belly(inside)) continue;
                const float step = std::abs(here.depth - inside.depth);
                worst = std::max(worst, step);
                sum += step;
                ++borders;
                // How thick the belly is along the ray just inside its border: its rim.
                const Meridian m = meridian(kAlpha0 + kAlphaStep * ib, kBetaStep * jb);
                const auto cross = meshCrossings(mesh, m.from, m.dir);
                if (cross.size() >= 2) rim += cross[1].t - cross[0].t, ++rims;
            }
        }
    REQUIRE(borders >= 40);
    std::printf(
        "occipitalis' upper and medial borders: %d crossings, step %.2f mm on average, "
        "%.2f at worst, the belly %.2f mm thick at its border\n",
        borders, sum / float(borders), worst, rim / float(rims));
    REQUIRE(rims >= 40);
    CHECK(rim / float(rims) < 0.5f);
    CHECK(sum / float(borders) < 0.45f);
    CHECK(worst < 0.8f);
}
