// The picker builds its BVHs lazily: none up front, only what a pick touches, all of them
// on request from another thread while picks go on, with the same answers every time.
#include "core/primitives.h"
#include "core/scene_picker.h"

#include <doctest/doctest.h>
#include <random>
#include <thread>

using namespace tpa::core;

namespace {

// A row of 40 spheres along x, 30 mm apart.
Scene rowOfSpheres() {
    Scene scene;
    for (int i = 0; i < 40; ++i) {
        Part part;
        part.id = "sphere" + std::to_string(i);
        part.mesh = makeSphere({30.0f * float(i), 0.0f, 0.0f}, 10.0f, 24, 12);
        scene.parts.push_back(std::move(part));
    }
    return scene;
}

// A ray from in front (-y) through a point of the row.
Ray towards(float x, float z) { return Ray{{x, -200.0f, z}, {0.0f, 1.0f, 0.0f}}; }

const auto kAll = [](int) { return true; };

}  // namespace

TEST_CASE("a new picker has built no BVH, and a pick builds only the parts its ray meets") {
    const Scene scene = rowOfSpheres();
    const ScenePicker picker(scene);
    CHECK(picker.partCount() == 40);
    CHECK(picker.builtCount() == 0);
    const auto hit = picker.pick(towards(90.0f, 0.0f), kAll);
    REQUIRE(hit);
    CHECK(hit->part == 3);
    CHECK(hit->point.y == doctest::Approx(-10.0f).epsilon(0.01));
    CHECK(picker.builtCount() == 1);
    // A ray that meets no part's bounds builds nothing.
    CHECK_FALSE(picker.pick(towards(15.0f, 0.0f), kAll));
    CHECK(picker.builtCount() == 1);
    // A part that may not be picked is not built either.
    CHECK_FALSE(picker.pick(towards(120.0f, 0.0f), [](int p) { return p != 4; }));
    CHECK(picker.builtCount() == 1);
}

TEST_CASE("buildAll on another thread while picks go on: the same hits as a picker built first") {
    const Scene scene = rowOfSpheres();
    const ScenePicker ready(scene);
    ready.buildAll();
    REQUIRE(ready.builtCount() == 40);
    const ScenePicker lazy(scene);
    std::thread builder([&] { lazy.buildAll(); });
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> x(-20.0f, 1200.0f), z(-12.0f, 12.0f);
    int hits = 0;
    for (int i = 0; i < 400; ++i) {
        const Ray ray = towards(x(rng), z(rng));
        const auto a = lazy.pick(ray, kAll), b = ready.pick(ray, kAll);
        REQUIRE(bool(a) == bool(b));
        if (!a) continue;
        ++hits;
        CHECK(a->part == b->part);
        CHECK(a->triangle == b->triangle);
        CHECK(a->t == b->t);
    }
    builder.join();
    CHECK(lazy.builtCount() == 40);
    CHECK(hits > 100);
}

TEST_CASE("buildAll stops when asked to") {
    const Scene scene = rowOfSpheres();
    const ScenePicker picker(scene);
    std::stop_source stop;
    stop.request_stop();
    picker.buildAll(stop.get_token());
    CHECK(picker.builtCount() == 0);
    // It still picks, building on demand.
    CHECK(picker.pick(towards(0.0f, 0.0f), kAll));
    CHECK(picker.builtCount() == 1);
}
