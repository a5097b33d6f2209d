// The front of the ankle from the side: the inferior extensor retinaculum's stem runs down onto
// the extensor digitorum brevis, which arises in part from it, instead of ending over the
// brevis' belly as a pale plate with a square, lifted end.
#include <doctest/doctest.h>

#include <string>

#include "body_fixture.h"
#include "core/camera.h"

namespace {

int seenFirst(const tpa::body::test::SeenFirst& seen, const std::string& id) {
    const auto it = seen.byId.find(id);
    return it == seen.byId.end() ? 0 : it->second;
}

}  // namespace

TEST_CASE("from the side the inferior extensor retinaculum's stem ends on the short extensor") {
    // Rays from the left eye over the side of the tarsus below the front of the ankle (40 mm
    // high from 40 mm under the joint, 60 mm forward of it): the stem's square end hung over
    // the brevis' belly there, met first by 103 of them (the brevis 818); its end now sinks
    // under the belly's top.
    const auto seen = tpa::body::test::seenOnGrid(tpa::core::ViewPreset::Left, "ankle-joint",
                                                  1.0f, {60, 60}, {-60, 0}, {-40, -8}, 1.0f);
    const int band = seenFirst(seen, "extensor-retinacula-foot.left");
    const int brevis = seenFirst(seen, "extensor-digitorum-brevis.left");
    CAPTURE(band);
    CAPTURE(brevis);
    CHECK(seen.parts > 1900);
    CHECK(band < 30);
    CHECK(brevis > 860);
}
