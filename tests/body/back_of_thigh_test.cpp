// The back of the thigh with the skin hidden (--layer skin=hidden, posterior view), as an
// anatomist names the hamstrings: the biceps femoris' long head laterally, over the vastus
// lateralis' posterior edge, and no window through the thigh between the hamstrings.
#include <doctest/doctest.h>

#include <string>

#include "body_fixture.h"

using tpa::body::test::seenOnGrid;
using tpa::core::Layer;
using tpa::core::ViewPreset;

TEST_CASE("from behind, the biceps femoris' long head lies over the vastus lateralis") {
    // Points on a 2 mm grid over the back of the thigh 12-27 cm above the knee and 2-5 cm
    // lateral of it, each side. The vastus lateralis, laid 2 mm under the skin round the back
    // of the thigh, covered the long head there but for a strip at its edge, their faces
    // coinciding in patches: of 1,216 rays 575 met the biceps first and 624 the vastus
    // lateralis. With its posterior border sunk and the long head widened, 1,176 meet the
    // biceps first and none the vastus lateralis.
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen = seenOnGrid(ViewPreset::Posterior, "knee-joint", side, {20.0f, 50.0f},
                                     {0.0f, 0.0f}, {120.0f, 270.0f}, 2.0f, {Layer::Skin});
        const std::string suffix = side > 0 ? ".left" : ".right";
        auto seenFirst = [&](const std::string& id) {
            const auto found = seen.byId.find(id + suffix);
            return found == seen.byId.end() ? 0 : found->second;
        };
        CAPTURE(seenFirst("vastus-lateralis"));
        const int count = seenFirst("biceps-femoris");
        CAPTURE(count);
        CAPTURE(seen.parts);
        CHECK(count >= seen.parts * 85 / 100);
    }
}

TEST_CASE("from behind, no ray passes between the hamstrings to the front of the thigh") {
    // Under the gluteal fold the long head left the ischial tuberosity laterally so fast that a
    // window opened between it, the semitendinosus and the semimembranosus: 43 rays on a 2 mm
    // grid (each side) met the rectus femoris first, through the whole thigh; now none. When
    // the gluteus maximus' lower border no longer folded down over it, 2 rays a side passed
    // between the semimembranosus and the long head 60 mm under the tuberosity; none with the
    // semimembranosus 6 mm wider.
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen = seenOnGrid(ViewPreset::Posterior, "ischial-tuberosity", side,
                                     {-50.0f, 110.0f}, {0.0f, 0.0f}, {-160.0f, 10.0f}, 2.0f,
                                     {Layer::Skin});
        int through = 0;
        for (const auto& [id, n] : seen.byId)
            for (const char* front :
                 {"rectus-femoris", "vastus-medialis", "vastus-intermedius", "sartorius", "femur"})
                if (id.rfind(front, 0) == 0) through += n;
        CAPTURE(through);
        CHECK(through == 0);
    }
}
