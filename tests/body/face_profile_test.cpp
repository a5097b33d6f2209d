// The face in profile (the left view with the skin hidden): the nasalis lies flat over the
// nose instead of standing off it as a hook, and muscle, not the recessed mandible, shows
// behind the chin.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::leftMesh;

TEST_CASE("muscle, not the mandible, shows in profile between the chin and the masseter") {
    // (y, z) from the menton over the body of the mandible below and behind the corner of the
    // mouth and in front of the angle: the depressor anguli oris' origin ended short of the
    // molars, the masseter's anterior border stood high and far back, and white bone showed
    // between them.
    tpa::body::test::checkMuscleFirstFromSide("menton", {{22, 12}, {30, 10}, {30, 16}, {42, 16},
                                                         {50, 16}, {50, 20}, {50, 24}, {46, 28},
                                                         {50, 28}});
}

TEST_CASE("the nasalis lies flat on the nose, not standing off it in profile") {
    const auto& scene = embeddedScene();
    const int skull = scene.findPart("skull");
    REQUIRE(skull >= 0);
    // Its most anterior point (the face looks toward -y) against the tip of the nasal bones: a
    // strap 1.5 mm under the skin of the nose stood well in front of the recessed bones, a
    // red hook in profile; lying on the bones it stands out by little more than its thickness.
    float muscleFront = 1e9f, boneFront = 1e9f;
    for (const glm::vec3& p : leftMesh("nasalis").positions) muscleFront = std::min(muscleFront, p.y);
    for (const glm::vec3& p : scene.parts[std::size_t(skull)].mesh.positions)
        boneFront = std::min(boneFront, p.y);
    CAPTURE(muscleFront);
    CAPTURE(boneFront);
    CHECK(boneFront - muscleFront <= 5.0f);
}
