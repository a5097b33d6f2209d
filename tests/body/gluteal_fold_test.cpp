// Under the gluteal fold, seen from behind: the hamstrings leave the ischial tuberosity from
// under the gluteus maximus' lower border as smooth bellies, not as a crumpled flap.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <utility>

#include "body/rig.h"
#include "body_fixture.h"

TEST_CASE("the biceps femoris leaves the ischial tuberosity as a smooth belly") {
    // Sharp folds in its mesh within 100 mm below the tuberosity: edges whose two triangles
    // turn by more than 100 degrees. Its long head ran from the tuberosity through a point
    // 40 mm behind the femur, inside the thigh, and its rings, laid under the skin, folded
    // over each other there into the crumpled flap seen under the gluteus maximus: 46 such
    // edges. Through a point 62 mm behind the femur, near the back of the thigh, it is a
    // smooth lobe (12, at the rim of its end cap).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float top = rig.at("ischial-tuberosity").z;
    const auto& mesh = tpa::body::test::leftMesh("biceps-femoris");
    std::map<std::pair<unsigned, unsigned>, glm::vec3> firstNormal;
    int folds = 0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const unsigned v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
        const glm::vec3 a = mesh.positions[v[0]], b = mesh.positions[v[1]], c = mesh.positions[v[2]];
        const glm::vec3 n = glm::cross(b - a, c - a);
        if (glm::length(n) < 1e-6f) continue;
        const glm::vec3 unit = glm::normalize(n);
        const bool near = std::max({a.z, b.z, c.z}) > top - 100.0f * k;
        for (int e = 0; e < 3; ++e) {
            const auto key = std::minmax(v[e], v[(e + 1) % 3]);
            const auto found = firstNormal.find(key);
            if (found == firstNormal.end()) {
                firstNormal.emplace(key, unit);
                continue;
            }
            if (near && glm::dot(found->second, unit) < std::cos(glm::radians(100.0f))) ++folds;
        }
    }
    CHECK(folds <= 16);
}
