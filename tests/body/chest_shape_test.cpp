// The chest of this adult male from the front: a broad pectoral plate whose lower border rises
// from the lower sternum out to the front of the armpit, not a pair of breasts.
#include <doctest/doctest.h>

#include "body/rig.h"
#include "body/skin_field.h"

namespace {

// The skin's front (its y, anterior negative) at (x, z), straight from the field.
float frontY(const tpa::body::SdfModel& skin, float x, float z, float k) {
    float prev = skin.evaluate({x, -300.0f * k, z});
    for (float y = -300.0f * k; y < 100.0f * k; y += 0.5f * k) {
        const float d = skin.evaluate({x, y + 0.5f * k, z});
        if (d < 0.0f) return y + 0.5f * k * prev / (prev - d);
        prev = d;
    }
    return 1e9f;
}

// Height of the chest's lower border at x: where, going down, the front falls back fastest.
float lowerBorderZ(const tpa::body::SdfModel& skin, float x, float k) {
    float best = 0.0f, bestZ = 0.0f;
    for (float z = 1190.0f * k; z <= 1330.0f * k; z += 2.0f * k) {
        const float fall = frontY(skin, x, z - 5.0f * k, k) - frontY(skin, x, z + 5.0f * k, k);
        if (fall > best) best = fall, bestZ = z;
    }
    return bestZ;
}

}  // namespace

TEST_CASE("the chest's lower border rises from the sternum toward the armpit") {
    // A round pectoral mass centred over the nipple line read as a breast: its under-bust
    // contour was lowest under the nipple and curved up medially (at x = 40 mm the front fell
    // back fastest 25 mm higher than at the nipple line). A man's pectoral border runs from the
    // lower sternum up and out to the axillary fold.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto skin = tpa::body::skinField(rig);
    const float medial = lowerBorderZ(skin, 40.0f * k, k),
                nipple = lowerBorderZ(skin, rig.at("nipple").x, k),
                lateral = lowerBorderZ(skin, 130.0f * k, k);
    MESSAGE("lower border z: medial ", medial, ", nipple line ", nipple, ", lateral ", lateral);
    CHECK(medial < nipple - 15.0f * k);
    CHECK(lateral >= nipple - 4.0f * k);
}
