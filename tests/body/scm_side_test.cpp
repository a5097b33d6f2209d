// The sternocleidomastoid from the side, with the skin hidden: the landmark of the side of the
// neck, one long thick strap from behind the ear down and forward to the sternum and clavicle,
// with the posterior triangle's muscles behind it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::body::test::presetEye;

namespace {

// Rays from the eye of the side view toward points of the neck's side at (along, across) on
// the line from the mastoid to the jugular notch: `along` 0 at the mastoid and 1 at the notch,
// `across` in mm (scaled) square to the line in the side plane, + toward the back.
struct NeckSide {
    tpa::body::Rig rig;
    float k = rig.stature() / 1750.0f;
    float side;
    glm::vec3 eye;
    glm::vec2 top, bottom, normal;

    explicit NeckSide(float s)
        : side(s),
          eye(presetEye(s > 0 ? tpa::core::ViewPreset::Left : tpa::core::ViewPreset::Right)) {
        const glm::vec3 m = rig.at("mastoid"), n = rig.at("jugular-notch");
        top = {m.y, m.z};
        bottom = {n.y, n.z};
        const glm::vec2 d = glm::normalize(bottom - top);
        normal = {-d.y, d.x};  // points back (+y) and down
    }
    // The first part met (skin hidden), or -1.
    int seen(float along, float across) const {
        const glm::vec2 p = glm::mix(top, bottom, along) + normal * (across * k);
        const glm::vec3 at(side * 50.0f * k, p.x, p.y);
        return firstPartHit(eye, at - eye, {tpa::core::Layer::Skin});
    }
    const tpa::core::Part* part(int hit) const {
        return hit < 0 ? nullptr : &embeddedScene().parts[std::size_t(hit)];
    }
};

}  // namespace

TEST_CASE("from the side, the sternocleidomastoid's sternal head is a broad strap all along") {
    // Across the strap at each station from behind the ear to above the clavicle, the widest
    // run of rays meeting the sternal head first. From one point on the manubrium to two on the
    // mastoid and nuchal line, the head twisted half a turn and showed edge-on, 3-9 mm wide,
    // at mid-neck, with the clavicular head crossing it: from the side the strap looked
    // short and broken. From a broad origin across the notch it stays broad-faced.
    for (float side : {1.0f, -1.0f}) {
        const NeckSide neck(side);
        float narrowest = 1e9f;
        for (float along = 0.1f; along <= 0.601f; along += 0.05f) {
            constexpr float kStep = 1.5f;
            int run = 0, widest = 0;
            for (float across = -30.0f; across <= 40.0f; across += kStep) {
                const auto* p = neck.part(neck.seen(along, across));
                run = p && p->id.rfind("scm-sternal", 0) == 0 ? run + 1 : 0;
                widest = std::max(widest, run);
            }
            narrowest = std::min(narrowest, float(widest) * kStep);
            MESSAGE("side " << side << " at " << along << ": " << float(widest) * kStep << " mm");
        }
        CAPTURE(side);
        CHECK(narrowest >= 12.0f);
    }
}

TEST_CASE("from the side, muscle fills the posterior triangle behind the sternocleidomastoid") {
    // Behind the strap, up to 40 mm back from the mastoid-notch line: no bone and nothing of the
    // other side of the neck seen through a gap. The levator scapulae rose from one point on
    // C2 and left a gap behind the sternocleidomastoid's posterior border at the level of C3-C4,
    // through which the vertebrae and the other side's muscles showed (10 rays on each side).
    for (float side : {1.0f, -1.0f}) {
        const NeckSide neck(side);
        const std::string own = side > 0 ? ".left" : ".right";
        int holes = 0;
        for (float along = 0.1f; along <= 0.701f; along += 0.025f)
            for (float across = 0.0f; across <= 40.0f; across += 2.0f) {
                const auto* p = neck.part(neck.seen(along, across));
                if (p && p->kind != tpa::core::PartKind::Bone &&
                    p->id.find(own) != std::string::npos)
                    continue;
                ++holes;
                MESSAGE("side " << side << " at " << along << ", " << across << ": "
                                << (p ? p->id : "nothing"));
            }
        CAPTURE(side);
        CHECK(holes == 0);
    }
}
