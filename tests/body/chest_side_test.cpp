// The chest and flank in the left view with the skin hidden, as the renders show them: rays from
// the preset camera's eye (a perspective camera, so the flank is seen at a slant).
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/bvh.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::presetEye;
using tpa::body::test::withoutSide;

}  // namespace

TEST_CASE("from the side, the pectoralis major shows only its outer face") {
    // Its lowest slip ran from the xiphoid straight to the arm, and its rings, laid on the
    // nearest skin, wrapped round the side of the chest under the armpit and turned inside out:
    // the eye saw the slip's inner face there, a ring near the muscle's lateral edge.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = embeddedScene();
    for (const char* id : {"pectoralis-major.left", "pectoralis-major.right"}) {
        const int index = scene.findPart(id);
        REQUIRE(index >= 0);
        const auto& mesh = scene.parts[std::size_t(index)].mesh;
        const tpa::core::Bvh bvh(mesh);
        const bool left = std::string(id).ends_with(".left");
        const glm::vec3 eye =
            presetEye(left ? tpa::core::ViewPreset::Left : tpa::core::ViewPreset::Right);
        int seen = 0;
        for (float z = 1180.0f; z <= 1420.0f; z += 4.0f)
            for (float y = -180.0f; y <= 60.0f; y += 4.0f) {
                const glm::vec3 point(0.0f, y * k, z * k);
                if (tpa::body::test::firstPartHitId(eye, point - eye) != id) continue;
                const tpa::core::Ray ray{eye, glm::normalize(point - eye)};
                const auto hit = bvh.intersect(mesh, ray, 1e9f);
                REQUIRE(hit);
                const auto* tri = &mesh.indices[hit->triangle * 3];
                const glm::vec3 a = mesh.positions[tri[0]], b = mesh.positions[tri[1]],
                                c = mesh.positions[tri[2]];
                ++seen;
                CAPTURE(id);
                CAPTURE(y);
                CAPTURE(z);
                CHECK(glm::dot(glm::cross(b - a, c - a), ray.direction) < 0.0f);
            }
        CHECK(seen > 300);
    }
}

TEST_CASE("from the side, the serratus' lower digitations meet the external oblique") {
    // Between the serratus anterior's lower digitations and the external oblique's upper border,
    // in front of the arm (ribs 6-8), the eye saw a wedge of intercostal sheet over the ribs:
    // the digitations were narrow points apart from each other and from the oblique. In life
    // the oblique's upper slips interdigitate with them and no rib shows between the two.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const glm::vec3 eye =
            presetEye(side > 0.0f ? tpa::core::ViewPreset::Left : tpa::core::ViewPreset::Right);
        for (float z = 1240.0f; z <= 1290.0f; z += 5.0f)
            for (float y = -55.0f; y <= -35.0f; y += 5.0f) {
                const glm::vec3 point(0.0f, y * k, z * k);
                const std::string id = tpa::body::test::firstPartHitId(eye, point - eye);
                const std::string muscle = withoutSide(id);
                CAPTURE(side);
                CAPTURE(y);
                CAPTURE(z);
                CAPTURE(id);
                CHECK(!id.empty());
                CHECK(muscle != "intercostals");
                CHECK(muscle != "rib-cage");
            }
    }
}

TEST_CASE("from the front, no rib shows at the costal margin beside the rectus") {
    // Along the linea semilunaris below the costal margin (the 7th-9th cartilages) the eye saw
    // slivers of rib and intercostal sheet between the rectus' lateral border and the external
    // oblique's medial border.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Anterior);
    for (float side : {1.0f, -1.0f})
        for (float z = 1135.0f; z <= 1215.0f; z += 5.0f)
            for (float x = 55.0f; x <= 80.0f; x += 2.5f) {
                const glm::vec3 point(side * x * k, 0.0f, z * k);
                const int hit = tpa::body::test::firstPartHit(eye, point - eye);
                REQUIRE(hit >= 0);
                const auto& part = embeddedScene().parts[std::size_t(hit)];
                CAPTURE(side);
                CAPTURE(x);
                CAPTURE(z);
                CAPTURE(part.id);
                CHECK(part.kind != tpa::core::PartKind::Bone);
                CHECK(part.id.rfind("intercostals", 0) != 0);
            }
}
