// The medial back of the thigh seen from behind, as an écorché shows it: medial to the
// semitendinosus and semimembranosus the adductor magnus' ischiocondylar part is a broad fleshy
// band running nearly vertically down the posteromedial thigh, and the gracilis a flat strap
// along the medial edge. They read as two thin shiny cords: the adductor magnus showed as a
// strip about 15 mm wide, seen first 31-43 mm under the skin.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::firstPartHitId;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::withoutSide;

namespace {

// Rays from behind (1 mm apart, scaled with the stature) at height z from the midline out to
// 160 mm: how many millimetres of the row the adductor magnus and the gracilis take first.
struct Row {
    float magnus = 0.0f, gracilis = 0.0f;
};

Row rowFromBehind(float z, float side) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    Row row;
    for (float x = 0.0f; x <= 160.0f; x += 1.0f) {
        const std::string id =
            withoutSide(firstPartHitId({side * x * k, 400.0f * k, z}, {0.0f, -1.0f, 0.0f}));
        row.magnus += id == "adductor-magnus";
        row.gracilis += id == "gracilis";
    }
    return row;
}

}  // namespace

TEST_CASE("the adductor magnus is a band on the back of the medial thigh, near the skin") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 hip = rig.at("hip-joint"), knee = rig.at("knee-joint");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // From behind, medial to the semitendinosus: it showed 15, 6 and 1 mm wide down the
        // thigh, a strip at the silhouette's turn.
        const float least[] = {18.0f, 12.0f, 6.0f};
        const float at[] = {0.35f, 0.5f, 0.65f};
        for (int i = 0; i < 3; ++i) {
            CAPTURE(at[i]);
            const Row row = rowFromBehind(glm::mix(hip, knee, at[i]).z, side);
            CHECK(row.magnus >= least[i] * k);
        }
        // Straight in from the medial side, where it is seen first it lies under the skin as
        // the gracilis beside it does: it lay 10.8-16.2 mm under, a trough behind the gracilis.
        for (float t : {0.35f, 0.5f}) {
            const float z = glm::mix(hip, knee, t).z;
            int seen = 0;
            for (float y = 0.0f; y <= 30.0f; y += 5.0f) {
                const auto hits = hitsUnderSkin({0.0f, y * k, z}, {side, 0.0f, 0.0f});
                if (hits.empty() || withoutSide(hits.front().id) != "adductor-magnus") continue;
                CAPTURE(t);
                CAPTURE(y);
                ++seen;
                CHECK(hits.front().depth <= 10.0f * k);
            }
            CHECK(seen >= 3);
        }
    }
}
