// The upper arm seen from the side as the left render shows it: between the deltoid's insertion
// and the elbow the biceps and brachialis in front and the triceps behind meet over the
// lateral intermuscular septum, with the brachioradialis and the radial wrist extensors rising
// from the supracondylar ridge; the humerus does not show between them.
#include <doctest/doctest.h>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::presetEye;

struct Seen {
    int parts = 0;  // rays that met a part
    int bones = 0;  // of them, rays whose first part is a bone
};

// Rays from the left view's eye through a grid on the lateral face of the left arm, from
// `fromT` to `toT` of the way from the shoulder joint to the elbow joint, `across` mm either
// side of the humerus' axis (forward and back), `step` mm apart.
Seen seenOnLateralArm(float fromT, float toT, float across, float step) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(tpa::core::ViewPreset::Left);
    const glm::vec3 shoulder = rig.at("shoulder-joint"), elbow = rig.at("elbow-joint");
    const float length = glm::distance(shoulder, elbow);
    Seen seen;
    for (float t = fromT * length; t <= toT * length; t += step * k)
        for (float dy = -across; dy <= across; dy += step) {
            const glm::vec3 axis = glm::mix(shoulder, elbow, t / length);
            const glm::vec3 point = axis + glm::vec3(0.0f, dy * k, 0.0f);
            const int hit = tpa::body::test::firstPartHit(eye, point - eye);
            if (hit < 0) continue;
            ++seen.parts;
            const auto& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
            if (part.kind != tpa::core::PartKind::Bone) continue;
            ++seen.bones;
            MESSAGE(part.id << " seen at " << t / length << " of the arm, " << dy << " mm back");
        }
    return seen;
}

}  // namespace

TEST_CASE("from the side, the upper arm shows muscle from the deltoid to the elbow, not the humerus") {
    // A strip of humerus showed from the deltoid's insertion to the epicondyle (225 rays of
    // this grid met it first): the brachialis stopped at the front of the bone and started at mid-humerus, and
    // the brachioradialis rose only 8 cm above the epicondyle, in front of the ridge. The
    // brachialis now wraps the lateral face from just below the deltoid's insertion and the
    // brachioradialis rises higher on the supracondylar ridge, meeting the triceps behind it.
    const Seen seen = seenOnLateralArm(0.47f, 0.9f, 30.0f, 2.0f);
    CHECK(seen.parts > 500);
    CHECK(seen.bones == 0);
}

