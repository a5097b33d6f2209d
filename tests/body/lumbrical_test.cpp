// The palm's second layer: the lumbricals show between the palmar aponeurosis' slips, where
// the metacarpals' bone showed (33 of 273 rays met bone first over the distal palm and none
// met a lumbrical; now 29 of 351, in thin slits beside the slips, and 137 meet a lumbrical).
#include <doctest/doctest.h>

#include <string>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;

struct Seen {
    int parts = 0, bones = 0, lumbricals = 0;
};

// Rays from the anterior view's eye through the distal palm, from 0.6 to 0.95 of the way from
// each metacarpal's base to its knuckle, across from the index to the little finger's ray,
// 1 mm apart, 12 mm in front of the rays (on the palm's face).
Seen seenOnDistalPalm(float side) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const auto rays = tpa::body::fingerRays(rig);
    Seen seen;
    for (float t = 0.6f; t <= 0.95f; t += 0.05f)
        for (float s = 0.0f; s <= 1.0f; s += 0.02f) {
            const glm::vec3 a = glm::mix(rays[0].base, rays[0].knuckle, t),
                            b = glm::mix(rays[3].base, rays[3].knuckle, t);
            glm::vec3 p = glm::mix(a, b, s) + glm::vec3(0.0f, -12.0f * k, 0.0f);
            p.x *= side;
            const int hit = tpa::body::test::firstPartHit(eye, p - eye);
            if (hit < 0) continue;
            ++seen.parts;
            const auto& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
            if (part.kind == tpa::core::PartKind::Bone) ++seen.bones;
            if (part.id.rfind("lumbricals-hand", 0) == 0) ++seen.lumbricals;
        }
    return seen;
}

}  // namespace

TEST_CASE("the lumbricals show between the palmar aponeurosis' slips, not the metacarpal heads") {
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const Seen seen = seenOnDistalPalm(side);
        MESSAGE("parts " << seen.parts << ", bone " << seen.bones << ", lumbricals "
                         << seen.lumbricals);
        CHECK(seen.parts > 300);
        CHECK(seen.lumbricals > 100);
        CHECK(seen.bones * 10 <= seen.parts);  // at most 10 % (12 % before)
    }
    for (const char* id : {"lumbricals-hand.left", "lumbricals-hand.right"}) {
        const int i = embeddedScene().findPart(id);
        REQUIRE(i >= 0);
        const auto& part = embeddedScene().parts[static_cast<std::size_t>(i)];
        CHECK(part.kind == tpa::core::PartKind::Muscle);
        CHECK(part.muscleId.empty());  // no trigger points in the knowledge base
        CHECK(part.layer == tpa::core::Layer::Intermediate);
    }
}
