// The back of the upper arm from behind, as an écorché shows it: the posterior deltoid's lower
// border running down and out to its insertion over the long and lateral heads of the triceps,
// which emerge from under it. Before, its thin lower edge stood 10-13 mm over the heads, a
// ragged step with a dark rim along it; its lower border now sinks toward them
// (depthAcross), but no further than it stays whole over them.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;

namespace {

// Columns from behind (1 mm apart, scaled with the stature) across the left or right arm, each
// walked down from the shoulder joint to half way to the elbow: at the posterior deltoid's lower
// border (its last cell seen first before another part), how much deeper under the skin that
// part lies, and how often a column leaves the deltoid (more than once: a notch or an island).
struct Border {
    float meanStep = 0.0f, worstStep = 0.0f;
    int columns = 0, broken = 0;
};

Border deltoidBorder(float side) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    Border border;
    float sum = 0.0f;
    for (float dx = -30.0f; dx <= 30.0f; dx += 1.0f) {
        std::string last;
        float lastDepth = 0.0f;
        int leaves = 0;
        for (float t = 0.15f; t <= 0.5f; t += 0.004f) {
            const glm::vec3 at = glm::mix(shoulder, elbow, t);
            const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
            const auto hits = hitsUnderSkin(from, {0.0f, -1.0f, 0.0f});
            if (hits.empty()) continue;
            const std::string id = hits.front().id.substr(0, hits.front().id.rfind('.'));
            if (last == "deltoid-posterior" && id != last && id.rfind("deltoid-", 0) != 0) {
                if (++leaves == 1) {
                    const float step = hits.front().depth - lastDepth;
                    sum += step;
                    border.worstStep = std::max(border.worstStep, step);
                    ++border.columns;
                }
            }
            last = id;
            lastDepth = hits.front().depth;
        }
        border.broken += leaves > 1;
    }
    border.meanStep = border.columns > 0 ? sum / float(border.columns) / k : 0.0f;
    border.worstStep /= k;
    return border;
}

}  // namespace

TEST_CASE("the posterior deltoid's lower border lies close over the heads of the triceps") {
    for (float side : {1.0f, -1.0f}) {
        const Border border = deltoidBorder(side);
        CAPTURE(side);
        MESSAGE("deltoid's lower border: " << border.columns << " columns, step mean "
                                           << border.meanStep << " mm, worst " << border.worstStep
                                           << " mm; columns leaving it more than once: "
                                           << border.broken);
        CHECK(border.columns >= 40);
        // Main: mean 3.94 mm, worst 12.8 mm (its thin edge over the long head), none broken.
        CHECK(border.meanStep <= 2.5f);
        CHECK(border.worstStep <= 11.0f);
        CHECK(border.broken == 0);
    }
}
