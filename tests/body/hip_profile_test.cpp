// The hip in the left view with the skin hidden: the anterior iliac crest and the ilium by the
// anterior superior iliac spine lie under the external oblique's insertion, the gluteus medius'
// and the tensor fasciae latae's origins, not bare between them as a white strip.
#include <doctest/doctest.h>

#include "body_fixture.h"

TEST_CASE("muscle, not the ilium, covers the anterior iliac crest seen from the side") {
    // (y, z) from the anterior superior iliac spine, behind it along the crest and below it:
    // the external oblique ended medial to the crest's outer lip and the gluteus medius and the
    // tensor fasciae latae started behind and below it.
    tpa::body::test::checkMuscleFirstFromSide("asis", {{20, 50}, {30, 50}, {15, 30}, {20, 25},
                                                       {25, 35}, {15, -10}, {20, -10}, {20, -20}});
}

TEST_CASE("from the side, the lateral hip is muscle from the crest to the tract, no bone or deep specks") {
    // The left and right views (skin hidden), a grid every 3 mm from 140 mm in front of the
    // greater trochanter to 70 behind and from its level to 140 mm above it: rays that meet
    // the pelvis, femur or spine, the piriformis or the iliopsoas first (the forearm hangs in
    // front of the hip: its bones are not counted). The tensor fasciae latae arose from the
    // anterior superior iliac spine alone, a point at its thin end, and the ilium showed above
    // and behind it; the gluteus medius' posterior origin ran under the crest; and the
    // tract's top, the tensor and the gluteus medius left the trochanter's front and the
    // piriformis above the tract between them. The tensor now arises along the crest's outer
    // lip 26 mm behind the spine as well and is wider (46 mm), the gluteus medius' origin
    // is a little higher on the crest and nearer the skin there, and the tract starts 6 mm
    // higher: 32 -> 5 rays a side (left: the crest's outer lip 40 mm above the spine,
    // between the external oblique's insertion and the gluteus medius).
    using tpa::core::ViewPreset;
    for (float side : {1.0f, -1.0f}) {
        const auto seen = tpa::body::test::seenOnGrid(
            side > 0 ? ViewPreset::Left : ViewPreset::Right, "greater-trochanter", side, {0, 0},
            {-140, 70}, {0, 140}, 3.0f, {tpa::core::Layer::Skin});
        const auto count = [&](const std::string& id) {
            const auto it = seen.byId.find(id);
            return it == seen.byId.end() ? 0 : it->second;
        };
        const std::string mine = side > 0 ? ".left" : ".right";
        const int bone = count("pelvis") + count("femur" + mine) + count("spine");
        const int deep = count("piriformis" + mine) + count("iliopsoas" + mine);
        MESSAGE("side ", side, ": ", bone, " rays meet the pelvis, femur or spine, ", deep,
                " the piriformis or iliopsoas, of ", seen.parts);
        CHECK(bone + deep <= 6);
    }
}
