// The chest wall and the shoulder blade as an écorché shows them: intercostal muscles between
// the ribs wherever the serratus, the oblique and the pectorals leave a gap; the pectoralis
// major's sternal origin near the midline, leaving a narrow strip of sternum; and the blade of
// the scapula under its muscles, the supraspinatus filling its fossa over the bone. Before,
// rays through these places met a rib (or passed between two into the empty cage), the
// sternum, or the bare blade, and the supraspinatus lay under the blade.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body/skeleton.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::body::test::firstPartHitId;
using tpa::body::test::hitsUnderSkin;

namespace {

// The kind of the first muscle or bone part a ray meets ("" if none).
std::string firstKind(glm::vec3 from, glm::vec3 direction) {
    const int hit = firstPartHit(from, direction);
    if (hit < 0) return "nothing";
    const auto& part = embeddedScene().parts[std::size_t(hit)];
    return part.kind == tpa::core::PartKind::Muscle ? "muscle" : part.id;
}

}  // namespace

TEST_CASE("muscle covers the intercostal spaces of the flank in front of the arm") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Seen from the side between the serratus' digitations, the oblique's upper border and the
    // pectoralis' lower border (ribs 5-8): before, ribs and the gaps between them.
    for (float side : {1.0f, -1.0f})
        for (float z = 1240.0f; z <= 1270.0f; z += 10.0f)
            for (float y = -90.0f; y <= -40.0f; y += 10.0f) {
                const glm::vec3 from(side * 165.0f * k, y * k, z * k);
                CAPTURE(from);
                CHECK(firstKind(from, {-side, 0.0f, 0.0f}) == "muscle");
            }
}

TEST_CASE("from the side, serratus covers the chest wall behind the arm") {
    // The side views, rays 2 mm apart toward the chest wall behind the hanging arm, in front of
    // the inferior angle of the scapula, between the triceps and the latissimus (ribs 7-9 at the
    // posterior axillary line): the serratus' lower digitations dived to the upper ones' depth
    // on their way to the angle and passed under the intercostal sheet, so the ribs, the sheet
    // and the empty cage showed in a slit there (rays that met bone, the sheet or a part
    // of the other side first: 248 of 1922 rays; 188 with the lowest slips ending 18 mm under
    // the skin, the rest in the slit's lower corner under the angle, below the lowest slip;
    // ending 12 mm under, 168, but their tips stood out on the latissimus seen from behind).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    int rays = 0, bare = 0;
    for (float side : {1.0f, -1.0f}) {
        const auto view =
            side > 0.0f ? tpa::core::ViewPreset::Left : tpa::core::ViewPreset::Right;
        const std::string own = side > 0.0f ? ".left" : ".right";
        const glm::vec3 eye = tpa::body::test::presetEye(view), at = rig.at("rib-8-lateral");
        for (float y = 35.0f; y <= 95.0f; y += 2.0f)
            for (float z = 5.0f; z <= 65.0f; z += 2.0f) {
                const glm::vec3 point(side * at.x, at.y + y * k, at.z + z * k);
                const int hit = firstPartHit(eye, point - eye);
                if (hit < 0) continue;
                const auto& part = embeddedScene().parts[std::size_t(hit)];
                ++rays;
                bare += part.kind == tpa::core::PartKind::Bone ||
                        part.id.starts_with("intercostals") || !part.id.ends_with(own);
            }
    }
    std::printf("chest wall behind the arm: %d of %d rays met bone, intercostals or the other "
                "side first\n",
                bare, rays);
    CHECK(bare * 100 <= 11 * rays);
}

TEST_CASE("the intercostals lie between the ribs, over the cage, from the side to the front") {
    const tpa::body::Rig rig;
    const auto ribs = tpa::body::ribCentreLines(rig);
    const glm::vec3 axis(0.0f, -20.0f, 0.0f);
    // Midway between consecutive ribs 3-10 at the side (0.6 of the way from each rib's head to
    // its front end), and between ribs 5-10 on to the costal cartilages (0.9), below the
    // pectoralis minor: a ray toward the cage from outside meets the intercostal sheet before
    // the rib cage.
    for (std::size_t i = 2; i + 1 <= 9; ++i)
        for (float u : {0.6f, 0.75f, 0.9f}) {
            if (i < 4 && u > 0.7f) continue;
            auto at = [&](const std::vector<glm::vec3>& pts) {
                const float x = u * float(pts.size() - 1);
                const std::size_t j = std::min(std::size_t(x), pts.size() - 2);
                return glm::mix(pts[j], pts[j + 1], x - float(j));
            };
            const glm::vec3 mid = 0.5f * (at(ribs[i]) + at(ribs[i + 1]));
            const glm::vec3 out = glm::normalize(glm::vec3(mid.x, mid.y - axis.y, 0.0f));
            std::string first;
            for (const auto& hit : hitsUnderSkin(mid + out * 40.0f, -out))
                if (hit.id == "intercostals.left" || hit.id == "rib-cage") {
                    first = hit.id;
                    break;
                }
            CAPTURE(i);
            CAPTURE(u);
            CAPTURE(mid);
            CHECK(first == "intercostals.left");
        }
}

TEST_CASE("pectoralis major rises from the sternum close to the midline") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto ribs = tpa::body::ribCentreLines(rig);
    // At the 3rd and 4th costal cartilages, 15-25 mm from the midline: the sternum of an
    // écorché shows as a strip about 2-3 cm wide between the two pectorales (it was 4 cm of bone
    // and cartilage ends).
    for (std::size_t rib : {2u, 3u})
        for (float lateral : {15.0f, 20.0f, 25.0f}) {
            const float z = ribs[rib].back().z;
            CAPTURE(rib + 1);
            CAPTURE(lateral);
            CHECK(firstPartHitId({lateral * k, -400.0f * k, z}, {0.0f, 1.0f, 0.0f}) ==
                  "pectoralis-major.left");
            CHECK(firstPartHitId({-lateral * k, -400.0f * k, z}, {0.0f, 1.0f, 0.0f}) ==
                  "pectoralis-major.right");
        }
}

TEST_CASE("from behind, muscle covers the supraspinous fossa and the medial border") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 sup = rig.at("scapula-superior-angle"), inf = rig.at("scapula-inferior-angle");
    const glm::vec3 fossa = rig.at("supraspinous-fossa");
    for (float side : {1.0f, -1.0f}) {
        // Across the supraspinous fossa, between the spine and the superior border.
        for (float dx : {-15.0f, 0.0f, 15.0f})
            for (float dz : {-8.0f, 0.0f}) {
                const glm::vec3 from(side * (fossa.x + dx * k), 400.0f * k, fossa.z + dz * k);
                CAPTURE(from);
                CHECK(firstKind(from, {0.0f, -1.0f, 0.0f}) == "muscle");
            }
        // Down the medial border below the root of the spine, on it and just lateral to it.
        for (float t : {0.3f, 0.45f, 0.6f, 0.75f})
            for (float dx : {0.0f, 6.0f}) {
                const glm::vec3 at = glm::mix(sup, inf, t);
                const glm::vec3 from(side * (at.x + dx * k), 400.0f * k, at.z);
                CAPTURE(from);
                CHECK(firstKind(from, {0.0f, -1.0f, 0.0f}) == "muscle");
            }
    }
}

TEST_CASE("the supraspinatus fills its fossa over the blade, under the skin") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 fossa = rig.at("supraspinous-fossa");
    // A ray from behind into the fossa meets the supraspinatus before the scapula: the muscle
    // lies between the blade and the skin (it lay under the blade, in front of it).
    for (float dx : {-15.0f, 0.0f, 15.0f}) {
        float muscle = -1.0f, blade = -1.0f;
        for (const auto& hit :
             hitsUnderSkin({fossa.x + dx * k, 400.0f * k, fossa.z}, {0.0f, -1.0f, 0.0f})) {
            if (hit.id == "supraspinatus.left" && muscle < 0.0f) muscle = hit.depth;
            if (hit.id == "scapula.left" && blade < 0.0f) blade = hit.depth;
        }
        CAPTURE(dx);
        CAPTURE(muscle);
        CAPTURE(blade);
        CHECK(muscle >= 0.0f);
        CHECK(blade > muscle);
    }
}
