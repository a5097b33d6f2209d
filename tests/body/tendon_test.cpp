// Tendons an anatomist looks for on an écorché: the patellar ligament in front of the knee,
// the calcaneal tendon behind the ankle and the iliotibial tract down the lateral thigh, each
// the first thing under the skin where it lies, left and right as mirror images.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/bvh.h"

using tpa::body::test::embeddedScene;

namespace {

// The first part a ray meets after the skin, and how deep under it (none: empty, 1e9).
tpa::body::test::HitUnderSkin firstUnderSkin(glm::vec3 from, glm::vec3 direction) {
    const auto hits = tpa::body::test::hitsUnderSkin(from, direction);
    return hits.empty() ? tpa::body::test::HitUnderSkin{"", 1e9f} : hits.front();
}

const tpa::core::Part& partOf(const std::string& id) {
    const int i = embeddedScene().findPart(id);
    REQUIRE(i >= 0);
    return embeddedScene().parts[static_cast<std::size_t>(i)];
}

// Extent across x of a part's vertices between two heights.
float widthX(const tpa::core::Mesh& mesh, float lo, float hi) {
    float a = 1e9f, b = -1e9f;
    for (const auto& p : mesh.positions)
        if (p.z >= lo && p.z <= hi) a = std::min(a, p.x), b = std::max(b, p.x);
    return b - a;
}

}  // namespace

TEST_CASE("the patellar ligament, not bone, shows between the patella and the tibial tuberosity") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float apex = rig.at("patella").z - 23.0f * k, tuberosity = rig.at("tibial-tuberosity").z;
    for (float side : {1.0f, -1.0f})
        for (float t : {0.2f, 0.5f, 0.8f}) {
            const glm::vec3 at = glm::mix(rig.at("patella"), rig.at("tibial-tuberosity"), t);
            const float z = glm::mix(apex, tuberosity, t);
            for (float dx : {-8.0f, 0.0f, 8.0f}) {
                CAPTURE(side);
                CAPTURE(z);
                CAPTURE(dx);
                const auto hit = firstUnderSkin({side * (at.x + dx * k), -400.0f * k, z},
                                                    {0.0f, 1.0f, 0.0f});
                CHECK(hit.id == std::string("patellar-ligament") + (side > 0 ? ".left" : ".right"));
                CHECK(hit.depth < 6.0f * k);
            }
        }
    // About 25-30 mm wide at mid-length.
    const float mid = 0.5f * (apex + tuberosity);
    const float width = widthX(partOf("patellar-ligament.left").mesh, mid - 4.0f * k, mid + 4.0f * k);
    CAPTURE(width);
    CHECK(width > 20.0f * k);
    CHECK(width < 34.0f * k);
}

TEST_CASE("the calcaneal tendon shows behind the ankle, narrowing to the heel") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 heel = rig.at("heel"), ankle = rig.at("ankle-joint");
    for (float side : {1.0f, -1.0f})
        for (float z : {heel.z + 30.0f * k, ankle.z + 20.0f * k, ankle.z + 50.0f * k,
                        glm::mix(rig.at("knee-joint"), ankle, 0.66f).z}) {
            CAPTURE(side);
            CAPTURE(z);
            const auto hit = firstUnderSkin({side * ankle.x, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
            CHECK(hit.id == std::string("calcaneal-tendon") + (side > 0 ? ".left" : ".right"));
            CHECK(hit.depth < 6.0f * k);
        }
    const auto& mesh = partOf("calcaneal-tendon.left").mesh;
    // A tendon 15-20 mm wide behind the ankle, not a thread nor a plate.
    for (float z : {ankle.z + 15.0f * k, ankle.z + 70.0f * k}) {
        const float width = widthX(mesh, z - 5.0f * k, z + 5.0f * k);
        CAPTURE(width);
        CHECK(width > 10.0f * k);
        CHECK(width < 26.0f * k);
    }
}

TEST_CASE("the iliotibial tract runs down the lateral thigh over vastus lateralis") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 hip = rig.at("hip-joint"), knee = rig.at("knee-joint");
    for (float side : {1.0f, -1.0f})
        for (float t : {0.35f, 0.5f, 0.7f}) {
            const glm::vec3 at = glm::mix(hip, knee, t);
            CAPTURE(side);
            CAPTURE(t);
            // From between the thigh and the hanging hand, whose knuckles reach this low.
            const auto hit = firstUnderSkin({side * 240.0f * k, at.y, at.z}, {-side, 0.0f, 0.0f});
            CHECK(hit.id == std::string("iliotibial-tract") + (side > 0 ? ".left" : ".right"));
            CHECK(hit.depth < 5.0f * k);
        }
    // 40-50 mm wide (front to back) at mid-thigh.
    const float z = glm::mix(hip, knee, 0.5f).z;
    float a = 1e9f, b = -1e9f;
    for (const auto& p : partOf("iliotibial-tract.left").mesh.positions)
        if (std::abs(p.z - z) < 12.0f * k) a = std::min(a, p.y), b = std::max(b, p.y);
    CAPTURE(b - a);
    CHECK(b - a > 35.0f * k);
    CHECK(b - a < 60.0f * k);
}

TEST_CASE("the tendons are tendinous parts on both sides, mirror images") {
    for (const char* name : {"patellar-ligament", "quadriceps-tendon", "calcaneal-tendon",
                             "iliotibial-tract", "abductor-pollicis-longus-tendon",
                             "extensor-pollicis-brevis-tendon", "extensor-pollicis-longus-tendon"}) {
        CAPTURE(name);
        const auto& left = partOf(std::string(name) + ".left");
        const auto& right = partOf(std::string(name) + ".right");
        CHECK(left.kind == tpa::core::PartKind::Other);
        CHECK(left.side == tpa::core::Side::Left);
        CHECK(right.side == tpa::core::Side::Right);
        CHECK(left.layer == tpa::core::Layer::Superficial);
        CHECK(left.muscleId.empty());
        CHECK(right.name.find("(right)") != std::string::npos);
        REQUIRE(left.mesh.positions.size() == right.mesh.positions.size());
        glm::vec3 l(0.0f), r(0.0f);
        for (const auto& p : left.mesh.positions) l += p;
        for (const auto& p : right.mesh.positions) r += p;
        CHECK(l.x > 0.0f);
        CHECK(std::abs(l.x + r.x) < 1e-2f * std::abs(l.x));
        CHECK(std::abs(l.y - r.y) < 1e-2f * std::abs(l.y) + 1.0f);
    }
}
