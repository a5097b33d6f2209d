// The root of the neck from the front, framed on the skull and clavicles as the close-up render
// frames it: above each clavicle, lateral to the sternocleidomastoid, an écorché shows the
// scalenes, the omohyoid's inferior belly and the levator scapulae, not the back of the neck.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

namespace {

// The eye of `render --view anterior --frame skull clavicle` (900x900): it stands at the
// level of the mouth and looks down over the clavicles into the root of the neck.
glm::vec3 framedNeckEye() {
    tpa::core::Camera camera;
    camera.setViewport(900, 900);
    const auto bounds = embeddedScene().bounds();
    camera.setSceneBounds(bounds);
    camera.setPose(camera.presetPose(tpa::core::ViewPreset::Anterior, bounds));
    std::vector<std::string> missing;
    camera.setPose(camera.framedPose(embeddedScene().boundsOfParts({"skull", "clavicle"}, missing)));
    REQUIRE(missing.empty());
    return camera.eye();
}

bool backOfNeck(const std::string& id) {
    for (const char* back : {"semispinalis", "longissimus", "splenius", "multifidus", "iliocostalis",
                             "serratus-posterior", "middle-trapezius", "rhomboid"})
        if (id.rfind(back, 0) == 0) return true;
    return false;
}

}  // namespace

TEST_CASE("from the front, the root of the neck shows no muscle of the back of the neck") {
    // Rays from the eye to a grid on the frontal plane through the front of the neck, 10-100 mm
    // from the midline and from the clavicle's level to 50 mm above it, skin hidden: the
    // first part met. Before, they went over the clavicle into an empty root of the neck and
    // met the semispinalis capitis, multifidus, longissimus and middle trapezius behind it
    // (152 of 1054 rays; now 22, through slits beside the omohyoid under the trapezius' edge).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = framedNeckEye();
    const float y = rig.at("jugular-notch").y + 22.0f * k, z0 = rig.at("jugular-notch").z;
    int back = 0, rays = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 10.0f; x <= 100.0f; x += 3.0f)
            for (float z = 0.0f; z <= 50.0f; z += 3.0f) {
                const glm::vec3 at(side * x * k, y, z0 + z * k);
                const int hit = firstPartHit(eye, at - eye, {tpa::core::Layer::Skin});
                if (hit < 0) continue;
                ++rays;
                const auto& id = embeddedScene().parts[std::size_t(hit)].id;
                if (!backOfNeck(id)) continue;
                ++back;
                MESSAGE("side " << side << " x " << x << " z " << z << ": " << id);
            }
    CAPTURE(rays);
    CHECK(back <= 30);
}
