// Under the jaw with the skin hidden (the platysma is not modelled, so the écorché shows the
// muscles under it): from the side, the depressor anguli oris and the floor of the mouth cover
// the lower border of the mandible; from the front, the floor of the mouth closes between the
// chin and the hyoid.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::firstPartHitId;
using tpa::body::test::presetEye;
using tpa::body::test::seenOnGrid;
using tpa::core::ViewPreset;

TEST_CASE("from the side, muscle covers the lower border of the mandible") {
    // The left and right views (from their eyes, a little below the jaw) over the body of the
    // mandible from below the corner of the mouth back to the angle, from its lower border up
    // under the depressor anguli oris: the border showed as a strip of bone between that
    // muscle, whose origin lay on the oblique line, and the floor of the mouth 6 mm under the
    // skin (88 of 676 rays met bone first; 10 with the origin along the border).
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f}) {
        const auto seen = seenOnGrid(side > 0.0f ? ViewPreset::Left : ViewPreset::Right, "menton",
                                     side, {0.0f, 0.0f}, {10.0f, 60.0f}, {2.0f, 26.0f}, 2.0f);
        rays += seen.parts;
        bone += seen.bones;
    }
    std::printf("lower border of the mandible from the side: %d of %d rays met bone first\n", bone,
                rays);
    CHECK(bone <= rays / 50);
}

TEST_CASE("from the front, the floor of the mouth closes between the chin and the hyoid") {
    // The anterior view (from below the chin) over the submental triangle, from the chin's lower
    // border down to just above the hyoid, between the digastric's anterior bellies: the
    // symphysis showed between the halves of the mylohyoid, which stopped 2-4 mm short of the
    // midline, and between the depressores labii inferiores, which arose 8 mm above the lower
    // border (81 of 225 rays met bone first; 1 now).
    const auto seen = seenOnGrid(ViewPreset::Anterior, "menton", 1.0f, {-14.0f, 14.0f},
                                 {0.0f, 0.0f}, {-22.0f, 6.0f}, 2.0f);
    std::printf("under the chin from the front: %d of %d rays met bone first\n", seen.bones,
                seen.parts);
    CHECK(seen.bones <= seen.parts / 50);
}

TEST_CASE("from the front, the digastric's anterior bellies are flat bands on the floor of the mouth") {
    // The anterior view under the chin, 6-18 mm below the menton (between the chin's lower
    // border and the hyoid): across each side, the widest run of rays meeting the digastric
    // first. A round spindle 9 mm wide and 7 thick, the belly showed as a dark rod 4-6 mm wide
    // hanging from the jaw (narrowest run 4 mm); laid flat, 12 mm wide and 2.8 thick, it reads
    // as a band over the mylohyoid (10 mm).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(ViewPreset::Anterior), menton = rig.at("menton");
    float narrowest = 1e9f;
    for (float side : {1.0f, -1.0f})
        for (float z : {-6.0f, -10.0f, -14.0f, -18.0f}) {
            int run = 0, longest = 0;
            for (float x = 0.0f; x <= 30.0f; x += 1.0f) {
                const glm::vec3 point(side * x * k, menton.y, menton.z + z * k);
                const std::string id = firstPartHitId(eye, point - eye);
                run = id == (side > 0.0f ? "digastric.left" : "digastric.right") ? run + 1 : 0;
                longest = std::max(longest, run);
            }
            narrowest = std::min(narrowest, float(longest));
        }
    std::printf("digastric's anterior belly from the front: narrowest %.0f mm\n", narrowest);
    CHECK(narrowest >= 9.0f);
}

TEST_CASE("from the front, the floor of the mouth meets the straps' tops without a hole") {
    // The anterior view across the hyoid's level, 30 mm either side of the midline, from 16 to
    // 28 mm below the menton: where the sternohyoids' tops meet the floor of the mouth, rays
    // should meet the floor, the digastric, the straps or the sternocleidomastoids. The
    // mylohyoid's insertion stopped 14 mm from the midline and 22 mm under the menton, and at
    // the straps' lateral corners the back of the neck (semispinalis capitis, the spine) showed
    // through as small dark holes (20 of 793 rays; none now).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(ViewPreset::Anterior), menton = rig.at("menton");
    int rays = 0, other = 0;
    for (float z = -28.0f; z <= -16.0f; z += 1.0f)
        for (float x = -30.0f; x <= 30.0f; x += 1.0f) {
            const glm::vec3 point(x * k, menton.y, menton.z + z * k);
            const std::string id = firstPartHitId(eye, point - eye);
            ++rays;
            bool front = false;
            for (const char* prefix : {"mylohyoid", "digastric", "sternohyoid", "scm-"})
                front = front || id.rfind(prefix, 0) == 0;
            other += !front;
        }
    std::printf("the straps' tops and the floor of the mouth: %d of %d rays met another part\n",
                other, rays);
    CHECK(other == 0);
}

TEST_CASE("from the front, the digastric's anterior bellies meet under the chin and part at the hyoid") {
    // The anterior view under the chin: on each row, the widest run of rays between the two
    // anterior bellies (within 10 mm of the midline) meeting neither. They arise side by side
    // from the digastric fossae beside the symphysis and part toward the tendon at the hyoid,
    // so the floor of the mouth shows between them as a V opening down. 5 mm apart at the chin
    // and as far apart as at the hyoid, they stood as two dark upright teeth with the
    // mylohyoid's midline seam and a speck of the mandible in the slot between (4.5 mm at
    // 4-8 mm under the menton); now they meet there (0 mm), 7.5 mm apart near the hyoid.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(ViewPreset::Anterior), menton = rig.at("menton");
    auto gap = [&](float z) {
        int run = 0, longest = 0;
        for (float x = -10.0f; x <= 10.0f; x += 0.5f) {
            const std::string id =
                firstPartHitId(eye, glm::vec3(x * k, menton.y, menton.z + z * k) - eye);
            run = id.rfind("digastric", 0) == 0 ? 0 : run + 1;
            longest = std::max(longest, run);
        }
        return 0.5f * float(longest);
    };
    float atChin = 0.0f, atHyoid = 1e9f;
    for (float z : {-4.0f, -6.0f, -8.0f}) atChin = std::max(atChin, gap(z));
    for (float z : {-18.0f, -20.0f}) atHyoid = std::min(atHyoid, gap(z));
    std::printf("between the digastric's anterior bellies: %.1f mm under the chin, %.1f mm near "
                "the hyoid\n",
                atChin, atHyoid);
    CHECK(atChin <= 1.5f);
    CHECK(atHyoid >= 6.0f);
}
