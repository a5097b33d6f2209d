// Scene lookups by id: the bounds `tpatlas render --frame` fills the picture with.
#include "core/primitives.h"
#include "core/scene.h"

#include <doctest/doctest.h>

using namespace tpa::core;

namespace {

Scene threeBoxes() {
    Scene scene;
    auto add = [&](const char* id, glm::vec3 min, glm::vec3 max) {
        Part part;
        part.id = id;
        part.mesh = makeBox(min, max);
        scene.parts.push_back(std::move(part));
    };
    add("skull", {-80, -100, 1500}, {80, 110, 1750});
    add("femur.left", {60, -30, 480}, {120, 30, 930});
    add("femur.right", {-120, -30, 480}, {-60, 30, 930});
    return scene;
}

}  // namespace

TEST_CASE("bounds of parts: by id, both sides of a bare id, and ids that name nothing") {
    const Scene scene = threeBoxes();
    std::vector<std::string> missing;
    Aabb box = scene.boundsOfParts({"skull"}, missing);
    CHECK(missing.empty());
    CHECK(box.min.z == doctest::Approx(1500));
    CHECK(box.max.z == doctest::Approx(1750));

    box = scene.boundsOfParts({"femur"}, missing);  // both sides
    CHECK(missing.empty());
    CHECK(box.min.x == doctest::Approx(-120));
    CHECK(box.max.x == doctest::Approx(120));

    box = scene.boundsOfParts({"femur.left", "skull"}, missing);  // one side, and a union
    CHECK(box.min.x == doctest::Approx(-80));
    CHECK(box.min.z == doctest::Approx(480));
    CHECK(box.max.z == doctest::Approx(1750));

    box = scene.boundsOfParts({"skull", "tibia", "femur.middle"}, missing);
    CHECK(missing == std::vector<std::string>{"tibia", "femur.middle"});
    CHECK(box.max.z == doctest::Approx(1750));  // what was found still counts
}
