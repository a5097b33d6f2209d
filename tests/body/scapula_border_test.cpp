// The medial border of the scapula from behind: between the lower trapezius' lateral border and
// the infraspinatus' origin, below the spine's root, the rhomboid major shows as a shallow floor
// running out under both, not at the bottom of a trench whose walls (the infraspinatus' medial
// rim, the trapezius' edge) stand 5 mm over it and read as loose plates.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::hitsUnderSkin;

TEST_CASE("the rhomboid major between the trapezius and the infraspinatus is no trench") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 root = rig.at("scapula-spine-root"), angle = rig.at("scapula-inferior-angle");
    // Rows from the spine's root down to 20 mm above the inferior angle, from 25 mm medial of
    // the border to 25 mm lateral of it, both sides; rays from behind.
    int rhomboid = 0, deep = 0, walls = 0;
    float deepest = 0.0f, worstWall = 0.0f, sum = 0.0f;
    const float step = 2.0f * k;
    for (float side : {1.0f, -1.0f})
        for (float z = root.z; z >= angle.z + 20.0f * k; z -= step) {
            const float t = (root.z - z) / (root.z - angle.z);
            const float border = root.x + t * (angle.x - root.x);
            std::string lastId;
            float lastDepth = 0.0f;
            for (float x = border - 25.0f * k; x <= border + 25.0f * k; x += step) {
                const auto hits = hitsUnderSkin({x * side, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
                if (hits.empty()) continue;
                const auto& first = hits.front();
                const bool isRhomboid = first.id.rfind("rhomboids", 0) == 0;
                if (isRhomboid) {
                    ++rhomboid;
                    deepest = std::max(deepest, first.depth);
                    sum += first.depth;
                    if (first.depth > 5.0f * k) ++deep;
                }
                // A step between neighbouring rays where one of them meets the rhomboids.
                if (!lastId.empty() && lastId != first.id &&
                    (isRhomboid || lastId.rfind("rhomboids", 0) == 0)) {
                    const float jump = std::abs(first.depth - lastDepth);
                    worstWall = std::max(worstWall, jump);
                    if (jump > 2.5f * k) ++walls;
                }
                lastId = first.id;
                lastDepth = first.depth;
            }
        }
    MESSAGE("rays meeting the rhomboids: " << rhomboid << ", over 5 mm deep: " << deep
                                           << ", mean " << sum / float(std::max(rhomboid, 1))
                                           << " mm, deepest " << deepest << " mm; steps over 2.5 mm: "
                                           << walls << ", the largest " << worstWall << " mm");
    CHECK(rhomboid > 40);  // the floor of the strip still shows (the triangle of auscultation)
    // Before: all 306 rays over 5 mm deep, 7.4 mm on average, 94 steps over 2.5 mm.
    CHECK(sum / float(std::max(rhomboid, 1)) < 5.5f * k);
    CHECK(walls * 10 <= rhomboid);
}
