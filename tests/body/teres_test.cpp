// The back of the shoulder below the spine as an écorché shows it from behind: the teres major
// a thick band from the scapula's inferior angle up and out to the arm, the teres minor above
// it along the lateral border under the deltoid's posterior edge, and the infraspinatus with a
// clean lateral border. Before, the teres major lay under the latissimus and the infraspinatus
// nearly all the way, showing as a sliver beside the arm, the teres minor hardly at all, and the
// infraspinatus had a ragged tab at its upper outer corner, below the deltoid.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;

glm::vec3 posteriorEye() {
    tpa::core::Camera camera;
    camera.setViewport(4000, 4000);
    const auto bounds = embeddedScene().bounds();
    camera.setSceneBounds(bounds);
    camera.setPose(camera.presetPose(tpa::core::ViewPreset::Posterior, bounds));
    return camera.eye();
}

// What the posterior eye sees first at (x, z) mm on the back (x lateral on `side`).
std::string seenOnBack(float side, float x, float z) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 point(side * x * k, 60.0f * k, z * k);
    const glm::vec3 eye = posteriorEye();
    return tpa::body::test::firstPartHitId(eye, point - eye);
}

}  // namespace

TEST_CASE("the teres major shows from behind as a band from the inferior angle to the arm") {
    // Stations along its course above the latissimus' upper border, from beside the inferior
    // angle up and out to where it passes under the long head of the triceps; across each,
    // rays 2 mm apart.
    const glm::vec2 from(110.0f, 1272.0f), to(166.0f, 1322.0f);
    const glm::vec2 along = glm::normalize(to - from), across(-along.y, along.x);
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-major.left" : "teres-major.right";
        for (float t : {0.0f, 0.25f, 0.5f, 0.75f, 1.0f}) {
            float width = 0.0f;
            for (float d = -30.0f; d <= 30.0f; d += 2.0f) {
                const glm::vec2 p = glm::mix(from, to, t) + across * d;
                width += seenOnBack(side, p.x, p.y) == id ? 2.0f : 0.0f;
            }
            CAPTURE(side);
            CAPTURE(t);
            CAPTURE(width);
            CHECK(width >= 12.0f);
        }
    }
}

TEST_CASE("the teres minor shows between the infraspinatus and the teres major") {
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "teres-minor.left" : "teres-minor.right";
        float area = 0.0f;
        for (float z = 1300.0f; z <= 1400.0f; z += 2.0f)
            for (float x = 120.0f; x <= 200.0f; x += 2.0f)
                area += seenOnBack(side, x, z) == id ? 4.0f : 0.0f;
        CAPTURE(side);
        CAPTURE(area);
        CHECK(area >= 300.0f);
    }
}

TEST_CASE("the infraspinatus has no tab beyond its lateral border") {
    // Row by row across the lower half of the fossa, from the scapula's medial border out to
    // the arm, the infraspinatus is seen in one run: the tab showed as a second patch of it
    // lateral to the teres minor, under the deltoid's posterior edge.
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0.0f ? "infraspinatus.left" : "infraspinatus.right";
        for (float z = 1300.0f; z <= 1390.0f; z += 2.0f) {
            int runs = 0;
            bool in = false;
            for (float x = 70.0f; x <= 230.0f; x += 2.0f) {
                const bool now = seenOnBack(side, x, z) == id;
                runs += now && !in;
                in = now;
            }
            CAPTURE(side);
            CAPTURE(z);
            CHECK(runs <= 1);
        }
    }
}

TEST_CASE("zz debug shoulder") {
    for (float z = 1440.0f; z >= 1200.0f; z -= 6.0f) {
        std::string line;
        for (float x = 70.0f; x <= 230.0f; x += 4.0f) {
            const std::string id = seenOnBack(1.0f, x, z);
            char c = '?';
            if (id.empty()) c = '.';
            else if (id.rfind("infraspinatus", 0) == 0) c = 'I';
            else if (id.rfind("teres-major", 0) == 0) c = 'M';
            else if (id.rfind("teres-minor", 0) == 0) c = 'm';
            else if (id.rfind("latissimus", 0) == 0) c = 'L';
            else if (id.rfind("deltoid", 0) == 0) c = 'D';
            else if (id.rfind("triceps", 0) == 0) c = 'T';
            else if (id.rfind("rhomboid", 0) == 0) c = 'R';
            else if (id.find("trapezius") != std::string::npos) c = 't';
            else c = id[0];
            line += c;
        }
        MESSAGE(z << " " << line);
    }
}
