// The external oblique's upper border on the front of the chest, seen from the front view's
// eye: its first digitations, from the 5th rib beside the rectus out toward the armpit, lie
// under the pectoralis major's lower border instead of sticking out over it as a dark shard,
// and its medial border reaches under the rectus' lateral rim at the costal margin, so no
// costal cartilage shows between the two as white specks. Its lower border along the iliac
// crest covers the crest's outer lip, where the ilium showed through it as a white pinhole.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::presetEye;

namespace {

bool startsWith(const std::string& id, const char* prefix) { return id.rfind(prefix, 0) == 0; }

// Rays from the anterior view's eye through points of the plane y = 0 (x mirrored by side).
template <typename F>
void raysFromFront(float side, float x0, float x1, float z0, float z1, float step, F&& f) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Anterior);
    for (float z = z0 * k; z <= z1 * k; z += step * k)
        for (float x = x0 * k; x <= x1 * k; x += step * k)
            f(hitsUnderSkin(eye, glm::normalize(glm::vec3(side * x, 0.0f, z) - eye)));
}

}  // namespace

TEST_CASE("seen from the front view's eye, the external oblique's top stays under the pectoral") {
    // Its origin's first stretch lay 0.1-1.3 mm in front of the pectoral's lowest slip by the
    // armpit (193 rays a side on a 1 mm grid): a dark shard over the pectoral's lower border.
    for (float side : {1.0f, -1.0f}) {
        int over = 0;
        raysFromFront(side, 80, 120, 1240, 1285, 1, [&](const auto& hits) {
            if (hits.empty() || !startsWith(hits.front().id, "external-oblique")) return;
            for (std::size_t i = 1; i < hits.size(); ++i)
                if (startsWith(hits[i].id, "pectoralis-major")) {
                    ++over;
                    break;
                }
        });
        CAPTURE(side);
        MESSAGE("side ", side, ": oblique over the pectoral on ", over, " rays");
        CHECK(over <= 5);
    }
}

TEST_CASE("seen from the front view's eye, no cartilage shows beside the rectus' top") {
    // Between the rectus' lateral rim and the oblique's medial border, both sinking, the
    // 7th-8th costal cartilages showed 4.8 mm under the skin (9 rays a side on a 1 mm grid,
    // 150 on a quarter-millimetre one): white specks.
    const tpa::body::Rig rig;
    for (float side : {1.0f, -1.0f}) {
        int bone = 0, deep = 0;
        raysFromFront(side, 50, 80, 1120, 1170, 0.25f, [&](const auto& hits) {
            if (hits.empty()) return;
            const int part = embeddedScene().findPart(hits.front().id);
            if (part < 0) return;
            if (embeddedScene().parts[std::size_t(part)].kind == tpa::core::PartKind::Bone) ++bone;
            if (hits.front().depth > 8.0f * rig.stature() / 1750.0f) ++deep;
        });
        CAPTURE(side);
        MESSAGE("side ", side, ": bone first on ", bone, " rays, deep on ", deep);
        CHECK(bone == 0);
        CHECK(deep == 0);
    }
}

TEST_CASE("seen from the front view's eye, no iliac crest shows through the external oblique") {
    // Its insertion's corner on the crest lay 16 mm under the crest's highest point, and its
    // feathered border sank onto the crest's lateral bulge on the way from the anterior superior
    // iliac spine, 0.15 mm under the bone's face: the ilium showed through it as a white
    // pinhole on each side. Rays through a quarter-millimetre grid over that bulge (199 rays
    // a side meeting bone first before).
    for (float side : {1.0f, -1.0f}) {
        int bone = 0;
        raysFromFront(side, 125, 165, 1005, 1050, 0.25f, [&](const auto& hits) {
            if (hits.empty()) return;
            const int part = embeddedScene().findPart(hits.front().id);
            if (part >= 0 &&
                embeddedScene().parts[std::size_t(part)].kind == tpa::core::PartKind::Bone)
                ++bone;
        });
        CAPTURE(side);
        MESSAGE("side ", side, ": bone first on ", bone, " rays");
        CHECK(bone == 0);
    }
}
