// BVH and scene picking agree with brute-force ray casting on random rays.
#include "core/bvh.h"
#include "core/primitives.h"
#include "core/scene_picker.h"

#include <doctest/doctest.h>
#include <limits>
#include <random>

using namespace tpa::core;

namespace {

std::optional<std::pair<int, float>> bruteForce(const Scene& scene, const Ray& ray,
                                                const std::vector<bool>& pickable) {
    std::optional<std::pair<int, float>> best;
    for (std::size_t p = 0; p < scene.parts.size(); ++p) {
        if (!pickable[p]) continue;
        const Mesh& m = scene.parts[p].mesh;
        for (std::size_t t = 0; t < m.triangleCount(); ++t) {
            auto hit = intersectTriangle(ray, m.positions[m.indices[3 * t]], m.positions[m.indices[3 * t + 1]],
                                         m.positions[m.indices[3 * t + 2]]);
            if (hit && (!best || *hit < best->second)) best = std::make_pair(int(p), *hit);
        }
    }
    return best;
}

Scene randomScene(std::mt19937& rng) {
    std::uniform_real_distribution<float> pos(-100.0f, 100.0f), rad(5.0f, 30.0f);
    Scene scene;
    for (int i = 0; i < 12; ++i) {
        Part part;
        part.id = "part" + std::to_string(i);
        const glm::vec3 c{pos(rng), pos(rng), pos(rng)};
        part.mesh = i % 3 == 0 ? makeBox(c - rad(rng), c + rad(rng)) : makeSphere(c, rad(rng), 24, 12);
        scene.parts.push_back(std::move(part));
    }
    return scene;
}

}  // namespace

TEST_CASE("scene picking matches brute force on 2000 random rays") {
    std::mt19937 rng(1234);
    Scene scene = randomScene(rng);
    ScenePicker picker(scene);
    std::vector<bool> pickable(scene.parts.size(), true);
    pickable[4] = false;  // hidden parts must be skipped
    std::uniform_real_distribution<float> pos(-150.0f, 150.0f), dir(-1.0f, 1.0f);
    int hits = 0;
    for (int i = 0; i < 2000; ++i) {
        // Half the rays aim near a part so that hits and near misses are both common.
        const glm::vec3 origin{pos(rng), pos(rng), pos(rng)};
        glm::vec3 d{dir(rng), dir(rng), dir(rng)};
        if (i % 2 == 0) d = scene.parts[i % scene.parts.size()].mesh.bounds().center() - origin + 10.0f * d;
        Ray ray{origin, glm::normalize(d + 1e-4f)};
        auto expected = bruteForce(scene, ray, pickable);
        auto got = picker.pick(ray, [&](int p) { return bool(pickable[p]); });
        REQUIRE(bool(expected) == bool(got));
        if (!got) continue;
        ++hits;
        CHECK(got->t == doctest::Approx(expected->second).epsilon(1e-4));
        // Same distance implies same surface; the part may differ only on exact ties.
        if (got->part != expected->first) CHECK(got->t == doctest::Approx(expected->second));
        CHECK(got->part != 4);
    }
    CHECK(hits > 500);  // the test is meaningless if the rays miss everything
}

TEST_CASE("bvh of an empty mesh never hits") {
    Mesh empty;
    Bvh bvh(empty);
    CHECK_FALSE(bvh.intersect(empty, Ray{{0, 0, 0}, {0, 0, 1}}, 1e9f));
}

TEST_CASE("pick returns the front face and a normal facing the ray") {
    Scene scene;
    Part p;
    p.id = "box";
    p.mesh = makeBox({-10, -10, -10}, {10, 10, 10});
    scene.parts.push_back(p);
    ScenePicker picker(scene);
    auto hit = picker.pick(Ray{{0, -100, 0}, {0, 1, 0}}, [](int) { return true; });
    REQUIRE(hit);
    CHECK(hit->point.y == doctest::Approx(-10.0f));
    CHECK(hit->normal.y == doctest::Approx(-1.0f));
}
