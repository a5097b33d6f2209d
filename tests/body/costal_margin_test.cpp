// The front of the trunk at the costal margin: below the pectoralis major's lower border, over
// the xiphoid and the 5th-7th costal cartilages, the rectus abdominis' top end fades thin and
// flush onto the cartilages under the pectoral instead of standing as a shelf, and nothing
// deep (intercostals, bone, the back seen through a gap) shows between the two.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;

TEST_CASE("the costal margin reads smoothly from the front: no shelf, nothing deep between") {
    // The rectus' top end was 6 mm thick, square and level with the skin: from the front a
    // ledge whose edge dropped onto the intercostals 11 mm down, with gaps beside the xiphoid
    // through which the eye met the back, and the xiphoid bare between the two recti.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float xiphoid = rig.at("xiphoid").z;
    const float step = 2.0f * k;
    // Depth of the first thing under the skin, -1 where it is bone.
    std::vector<std::vector<float>> depth;
    int rays = 0, bare = 0;
    for (float z = xiphoid - 10.0f * k; z <= xiphoid + 26.0f * k; z += step) {
        auto& row = depth.emplace_back();
        for (float x = -70.0f * k; x <= 70.0f * k; x += step) {
            const auto hits = hitsUnderSkin({x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
            ++rays;
            REQUIRE(!hits.empty());
            const int part = embeddedScene().findPart(hits.front().id);
            REQUIRE(part >= 0);
            const bool bone =
                embeddedScene().parts[std::size_t(part)].kind == tpa::core::PartKind::Bone;
            if (bone || hits.front().depth > 8.0f * k) ++bare;
            row.push_back(bone ? -1.0f : hits.front().depth);
        }
    }
    // A step of more than 2 mm between neighbouring rays (up the body or across it): an edge
    // standing off what lies beside it.
    int steps = 0;
    for (std::size_t r = 0; r < depth.size(); ++r)
        for (std::size_t c = 0; c < depth[r].size(); ++c) {
            const float d = depth[r][c];
            if (d < 0.0f) continue;
            auto step = [&](float n) { return n >= 0.0f && std::abs(n - d) > 2.0f * k; };
            if (c + 1 < depth[r].size() && step(depth[r][c + 1])) ++steps;
            if (r + 1 < depth.size() && step(depth[r + 1][c])) ++steps;
        }
    MESSAGE("rays ", rays, ", bare or deep ", bare, ", steps ", steps);
    CHECK(bare < 10);
    CHECK(steps < 40);
}
