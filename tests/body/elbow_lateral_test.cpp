// The lateral side of the arm as the anterior and left renders show it: the brachioradialis'
// top on the supracondylar ridge, the brachialis between the biceps and the triceps above it,
// and the anterior deltoid's border where it crosses the biceps. Rays from the view presets'
// eyes (a perspective camera, as the renders).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::hitsUnderSkin;
using tpa::body::test::presetEye;

// A point on the left arm's axis `dz` mm (scaled) above the elbow joint, carried `dx` mm
// lateral and `dy` mm posterior (scaled), mirrored onto the right arm when side is -1.
glm::vec3 onArm(float side, float dz, float dx, float dy) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 sh = rig.at("shoulder-joint"), el = rig.at("elbow-joint");
    const float z = el.z + dz * k;
    glm::vec3 p = glm::mix(sh, el, (sh.z - z) / (sh.z - el.z));
    p.z = z;
    p += glm::vec3(dx, dy, 0.0f) * k;
    p.x *= side;
    return p;
}

// The first part's depth under the skin (mm, scaled back) along the ray from `eye` through
// `point`; < 0 when the ray meets nothing under the skin.
float firstDepth(glm::vec3 eye, glm::vec3 point) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    const auto hits = hitsUnderSkin(eye, point - eye);
    return hits.empty() ? -1.0f : hits.front().depth / k;
}

}  // namespace

TEST_CASE("the brachioradialis' top is one band, not shingled flaps") {
    // Rays 1 mm apart from the front (from 40 mm medial of the arm's axis to 70 mm lateral)
    // and from the side (55 mm in front of the axis to 55 mm behind), rows 2 mm apart from
    // 30 mm below the elbow joint to 130 mm above it: how many enter the brachioradialis more
    // than once. Its origin ran 80 mm up the supracondylar ridge, along its own course, so its
    // first rings each spanned that height and lay over one another: the lateral contour of
    // the elbow read as a heap of thin flaps with dark gaps between them (110 such rays on
    // the left arm). Its top now narrows to a point on the ridge 112 mm above the epicondyle.
    for (float side : {1.0f, -1.0f}) {
        const auto& scene = tpa::body::test::embeddedScene();
        const int part =
            scene.findPart(side > 0.0f ? "brachioradialis.left" : "brachioradialis.right");
        REQUIRE(part >= 0);
        const auto& mesh = scene.parts[static_cast<std::size_t>(part)].mesh;
        const glm::vec3 eyes[] = {presetEye(tpa::core::ViewPreset::Anterior),
                                  presetEye(side > 0.0f ? tpa::core::ViewPreset::Left
                                                        : tpa::core::ViewPreset::Right)};
        int met = 0, folded = 0;
        for (int view = 0; view < 2; ++view)
            for (float dz = -30.0f; dz <= 130.0f; dz += 2.0f)
                for (float a = -40.0f; a <= 70.0f; a += 1.0f) {
                    const glm::vec3 point = view == 0 ? onArm(side, dz, a, 0.0f)
                                                      : onArm(side, dz, 0.0f, a - 15.0f);
                    int entries = 0;
                    for (const auto& c : tpa::body::test::meshCrossings(mesh, eyes[view],
                                                                        point - eyes[view]))
                        entries += c.entering ? 1 : 0;
                    met += entries > 0 ? 1 : 0;
                    folded += entries > 1 ? 1 : 0;
                }
        MESSAGE("side " << side << ": " << met << " rays meet the brachioradialis, " << folded
                        << " enter it more than once");
        CAPTURE(side);
        CHECK(met > 2000);
        CHECK(folded == 0);
    }
}

TEST_CASE("from the side the brachialis fills the groove between the biceps and the triceps") {
    // Rays from the side view's eye 1 mm apart from 20 mm in front of the arm's axis to 30 mm
    // behind it, rows 4 mm apart from 120 to 180 mm above the elbow joint (between the
    // deltoid's point and the brachioradialis' top): the deepest part seen first in each row.
    // The biceps and the triceps round off toward each other there, and the brachialis' thin
    // lateral edge lay 17 mm under the skin between them: a dark channel 10 mm wide down the
    // side of the arm, with the humerus showing 41 mm in at its top, under the deltoid's
    // point. Its lateral border now reaches 34 mm out from the humerus' axis and its origin
    // starts 10 mm higher, round the deltoid's point.
    for (float side : {1.0f, -1.0f}) {
        const glm::vec3 eye =
            presetEye(side > 0.0f ? tpa::core::ViewPreset::Left : tpa::core::ViewPreset::Right);
        float worst = 0.0f;
        for (float dz = 120.0f; dz <= 180.0f; dz += 4.0f)
            for (float dy = -20.0f; dy <= 30.0f; dy += 1.0f)
                worst = std::max(worst, firstDepth(eye, onArm(side, dz, 0.0f, dy)));
        MESSAGE("side " << side << ": deepest part seen first " << worst << " mm under the skin");
        CAPTURE(side);
        CHECK(worst <= 12.0f);
    }
}

TEST_CASE("from the side no bone shows at the lateral epicondyle") {
    // Rays from the side view's eye 1 mm apart through points from 60 mm in front of the
    // lateral epicondyle to 60 mm behind it, 50 mm below it to 80 mm above: none may meet the
    // bones of the elbow first. The extensor carpi radialis longus arose from one point 24 mm
    // above the epicondyle, in front of its crest, and between its top and the anconeus a slot
    // showed the ulna 32 mm in, a white speck beside the brachioradialis (2 rays; 36, 4 mm
    // wide and 12 mm tall, once the brachioradialis' origin no longer ran down the ridge to
    // 30 mm above the epicondyle). Its origin now spans the crest from front to back.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const glm::vec3 eye =
            presetEye(side > 0.0f ? tpa::core::ViewPreset::Left : tpa::core::ViewPreset::Right);
        const glm::vec3 at = rig.at("lateral-epicondyle");
        int bone = 0;
        for (float dz = -50.0f; dz <= 80.0f; dz += 1.0f)
            for (float dy = -60.0f; dy <= 60.0f; dy += 1.0f) {
                glm::vec3 point = at + glm::vec3(0.0f, dy, dz) * k;
                point.x *= side;
                const auto hits = hitsUnderSkin(eye, point - eye);
                if (hits.empty()) continue;
                const std::string& id = hits.front().id;
                if (id.rfind("humerus", 0) == 0 || id.rfind("ulna", 0) == 0 ||
                    id.rfind("radius", 0) == 0)
                    ++bone;
            }
        MESSAGE("side " << side << ": " << bone << " rays meet the humerus, ulna or radius first");
        CAPTURE(side);
        CHECK(bone == 0);
    }
}
