// The hip in the left view with the skin hidden: the anterior iliac crest and the ilium by the
// anterior superior iliac spine lie under the external oblique's insertion, the gluteus medius'
// and the tensor fasciae latae's origins, not bare between them as a white strip.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

TEST_CASE("muscle, not the ilium, covers the anterior iliac crest seen from the side") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 asis = rig.at("asis");
    // (y, z) from the anterior superior iliac spine, behind it along the crest and below it:
    // the external oblique ended medial to the crest's outer lip and the gluteus medius and the
    // tensor fasciae latae started behind and below it.
    const glm::vec2 probes[] = {{20, 50}, {30, 50}, {15, 30}, {20, 25},
                                {25, 35}, {15, -10}, {20, -10}, {20, -20}};
    for (float side : {1.0f, -1.0f})
        for (const glm::vec2& p : probes) {
            const glm::vec3 from(side * 300.0f * k, asis.y + p.x * k, asis.z + p.y * k);
            CAPTURE(p.x);
            CAPTURE(p.y);
            const int hit = firstPartHit(from, {-side, 0.0f, 0.0f});
            REQUIRE(hit >= 0);
            const auto& part = embeddedScene().parts[std::size_t(hit)];
            CAPTURE(part.id);
            CHECK(part.kind == tpa::core::PartKind::Muscle);
        }
}
