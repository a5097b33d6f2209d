// Part colours: the left and right copies of a muscle, and the parts of one muscle (upper,
// middle and lower trapezius), share one colour; different muscles differ.
#include "render/palette.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

namespace {

tpa::core::Part musclePart(const std::string& muscleId, const std::string& name) {
    tpa::core::Part part;
    part.kind = tpa::core::PartKind::Muscle;
    part.muscleId = muscleId;
    part.name = name;
    return part;
}

}  // namespace

TEST_CASE("the parts of the trapezius share one colour") {
    using tpa::render::defaultPartColor;
    const glm::vec3 upper = defaultPartColor(musclePart("upper-trapezius", "Upper trapezius"));
    const glm::vec3 middle = defaultPartColor(musclePart("middle-trapezius", "Middle trapezius"));
    const glm::vec3 lower = defaultPartColor(musclePart("lower-trapezius", "Lower trapezius"));
    CHECK(upper == middle);
    CHECK(lower == middle);
    // Its neighbours keep shades of their own.
    const glm::vec3 rhomboids = defaultPartColor(musclePart("rhomboid-major", "Rhomboids"));
    const glm::vec3 latissimus = defaultPartColor(musclePart("latissimus-dorsi", "Latissimus"));
    CHECK(std::abs(rhomboids.r - middle.r) > 0.01f);
    CHECK(std::abs(latissimus.r - middle.r) > 0.01f);
}
