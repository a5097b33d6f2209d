// Embedded body geometry: mirror symmetry, muscles inside the skin and off the bones,
// landmarks on their surfaces, proportions as in the cited table.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "body/body_landmarks.h"
#include "body/embedded_body.h"
#include "body/proportions.h"
#include "body/rig.h"
#include "body/skeleton.h"
#include "body/skin_field.h"
#include "body_fixture.h"
#include "core/landmarks.h"

using tpa::body::test::embeddedScene;

namespace {

const tpa::core::Part& part(const std::string& id) {
    const int i = embeddedScene().findPart(id);
    REQUIRE(i >= 0);
    return embeddedScene().parts[static_cast<std::size_t>(i)];
}

// Skin half-breadth at height z along y = y0: march out from the midline until leaving the skin.
float trunkHalfBreadth(const tpa::body::SdfModel& skin, float z, float y0 = 0.0f) {
    float x = 0.0f;
    while (x < 600.0f && skin.evaluate(glm::vec3(x, y0, z)) < 0.0f) x += 0.5f;
    return x;
}

}  // namespace

TEST_CASE("right parts are mirror images of the left ones") {
    for (const auto& left : embeddedScene().parts) {
        if (left.side != tpa::core::Side::Left) continue;
        const std::string id = left.id.substr(0, left.id.size() - 5) + ".right";
        CAPTURE(id);
        const auto& right = part(id);
        REQUIRE(right.mesh.positions.size() == left.mesh.positions.size());
        float worst = 0.0f;
        for (std::size_t i = 0; i < left.mesh.positions.size(); ++i) {
            const glm::vec3 m = left.mesh.positions[i] * glm::vec3(-1.0f, 1.0f, 1.0f);
            worst = std::max(worst, glm::length(m - right.mesh.positions[i]));
        }
        CHECK(worst <= 0.5f);
    }
}

TEST_CASE("the skin is left-right symmetric") {
    const auto& skin = part("skin").mesh;
    std::unordered_map<long long, std::vector<glm::vec3>> grid;
    auto key = [](glm::vec3 p) {
        const glm::ivec3 c = glm::ivec3(glm::floor(p / 2.0f));
        return (static_cast<long long>(c.x) * 73856093) ^ (static_cast<long long>(c.y) * 19349663) ^
               (static_cast<long long>(c.z) * 83492791);
    };
    for (const auto& p : skin.positions) grid[key(p)].push_back(p);
    int unmatched = 0;
    for (std::size_t i = 0; i < skin.positions.size(); i += 7) {
        const glm::vec3 m = skin.positions[i] * glm::vec3(-1.0f, 1.0f, 1.0f);
        bool found = false;
        for (int dx = -1; dx <= 1 && !found; ++dx)
            for (int dy = -1; dy <= 1 && !found; ++dy)
                for (int dz = -1; dz <= 1 && !found; ++dz) {
                    const auto it = grid.find(key(m + glm::vec3(dx, dy, dz) * 2.0f));
                    if (it == grid.end()) continue;
                    for (const auto& q : it->second) found = found || glm::length(q - m) <= 0.5f;
                }
        unmatched += !found;
    }
    CHECK(unmatched == 0);
}

TEST_CASE("muscles lie inside the skin") {
    const auto& skin = part("skin").mesh;
    const tpa::body::test::InsideTest inside(skin);
    const tpa::body::SdfModel field = tpa::body::skinField(tpa::body::Rig());
    for (const auto& m : embeddedScene().parts) {
        if (m.kind != tpa::core::PartKind::Muscle || m.side != tpa::core::Side::Left) continue;
        CAPTURE(m.id);
        // Every vertex and every face centre: a wide muscle can have all its vertices under the
        // skin while faces bridging a fold (trunk to arm below the axilla) show through it.
        std::vector<glm::vec3> samples = m.mesh.positions;
        const auto& v = m.mesh.positions;
        const auto& ix = m.mesh.indices;
        for (std::size_t t = 0; t + 2 < ix.size(); t += 3)
            samples.push_back((v[ix[t]] + v[ix[t + 1]] + v[ix[t + 2]]) / 3.0f);
        int outside = 0;
        for (const glm::vec3& p : samples) {
            // Within 1.5 mm of the skin counts as inside: meshing and decimation tolerance.
            if (!inside.inside(p) && field.evaluate(glm::vec3(std::abs(p.x), p.y, p.z)) > 1.5f)
                ++outside;
        }
        CHECK(outside == 0);
    }
}

TEST_CASE("muscles do not deeply pierce the bones") {
    const auto bones = tpa::body::skeletonShapes(tpa::body::Rig());
    int total = 0, deep = 0;
    for (const auto& m : embeddedScene().parts) {
        if (m.kind != tpa::core::PartKind::Muscle || m.side != tpa::core::Side::Left) continue;
        CAPTURE(m.id);
        int n = 0, in = 0;
        for (std::size_t i = 0; i < m.mesh.positions.size(); i += 5, ++n)
            in += tpa::body::boneDistance(bones, m.mesh.positions[i]) < -4.0f;
        total += n;
        deep += in;
        CHECK(in <= n / 4);  // no muscle more than a quarter buried in bone
    }
    std::printf("muscle vertices more than 4 mm inside bone: %d of %d sampled\n", deep, total);
    CHECK(deep * 20 <= total);  // under 5 % overall
}

TEST_CASE("the scapular blade stays within its borders, with no ragged rim past them") {
    // A thin plate's knife edge polygonises into a saw blade standing out past the medial border
    // and the angles; the blade must end at the border, whose thickness it shares.
    const tpa::body::Rig rig;
    const glm::vec3 sup = rig.at("scapula-superior-angle"), inf = rig.at("scapula-inferior-angle");
    int past = 0;
    for (const auto& p : part("scapula.left").mesh.positions) {
        const float t = std::clamp((p.z - inf.z) / (sup.z - inf.z), 0.0f, 1.0f);
        past += p.x < glm::mix(inf.x, sup.x, t) - 10.0f || p.z < inf.z - 10.0f ||
                (p.z > sup.z + 12.0f && p.x < sup.x + 10.0f);
    }
    CHECK(past == 0);
}

TEST_CASE("every vocabulary landmark is placed on the surface it names") {
    const auto& landmarks = embeddedScene().landmarks;
    const tpa::body::Rig rig;
    const auto skin = tpa::body::skinField(rig);
    const auto bones = tpa::body::skeletonShapes(rig);
    std::size_t expected = 0;
    for (const auto& entry : tpa::core::landmarkVocabulary()) {
        const std::string name(entry.name);
        std::vector<std::string> keys =
            entry.sided ? std::vector<std::string>{name + ".left", name + ".right"}
                        : std::vector<std::string>{name};
        expected += keys.size();
        for (const auto& key : keys) {
            CAPTURE(key);
            const auto p = landmarks.find(key);
            REQUIRE(p.has_value());
            const glm::vec3 q(std::abs(p->x), p->y, p->z);
            const float d = tpa::body::landmarkSurface(name) == tpa::body::LandmarkSurface::Skin
                                ? skin.evaluate(q)
                                : tpa::body::boneDistance(bones, q);
            CHECK(std::abs(d) < 1.0f);
            CHECK(skin.evaluate(q) < 0.5f);  // bony landmarks lie under (or on) the skin
        }
    }
    CHECK(landmarks.size() == expected);
    CHECK(tpa::body::embeddedLandmarks().size() == expected);
    CHECK(landmarks.find("acromion.left")->x > 0.0f);                 // the subject's left is +x
    CHECK(landmarks.find("nasion")->y < landmarks.find("inion")->y);  // the face looks toward -y
}

TEST_CASE("proportions follow the Drillis & Contini table within 5 %") {
    const auto& P = tpa::body::kProportions;
    const float h = P.stature;
    const tpa::body::Rig rig;
    const auto box = part("skin").mesh.bounds();
    CHECK(box.min.z >= 0.0f);
    CHECK(box.min.z <= 1.0f);
    CHECK(box.max.z == doctest::Approx(h).epsilon(0.01));
    auto near = [](float actual, float expected) {
        if (std::abs(actual - expected) > 0.05f * expected)
            std::printf("proportion off: %.1f vs %.1f\n", actual, expected);
        return std::abs(actual - expected) <= 0.05f * expected;
    };
    CHECK(near(rig.at("shoulder-joint").z, P.shoulderHeight * h));
    CHECK(near(rig.at("elbow-joint").z, P.elbowHeight * h));
    CHECK(near(rig.at("wrist-joint").z, P.wristHeight * h));
    CHECK(near(rig.at("middle-fingertip").z, P.fingertipHeight * h));
    CHECK(near(rig.at("hip-joint").z, P.hipHeight * h));
    CHECK(near(rig.at("knee-joint").z, P.kneeHeight * h));
    CHECK(near(rig.at("ankle-joint").z, P.ankleHeight * h));
    CHECK(near(rig.at("menton").z, P.chinHeight * h));
    CHECK(
        near(glm::length(rig.at("elbow-joint") - rig.at("shoulder-joint")), P.upperArmLength * h));
    CHECK(near(glm::length(rig.at("wrist-joint") - rig.at("elbow-joint")), P.forearmLength * h));
    CHECK(near(glm::length(rig.at("knee-joint") - rig.at("hip-joint")), P.thighLength * h));
    CHECK(near(glm::length(rig.at("ankle-joint") - rig.at("knee-joint")), P.shankLength * h));
    const auto skin = tpa::body::skinField(rig);
    // Breadths measured on the skin: shoulders across the deltoids, chest and hips across the
    // trunk.
    float shoulder = 0.0f;
    for (const auto& p : part("skin").mesh.positions)
        if (std::abs(p.z - (P.shoulderHeight * h - 20.0f)) < 15.0f)
            shoulder = std::max(shoulder, 2.0f * std::abs(p.x));
    CHECK(near(shoulder, P.shoulderBreadth * h));
    CHECK(near(2.0f * trunkHalfBreadth(skin, P.chestHeight * h, -20.0f), P.chestBreadth * h));
    CHECK(near(2.0f * trunkHalfBreadth(skin, P.hipHeight * h), P.hipBreadth * h));
    float footMinY = 1e9f, footMaxY = -1e9f, footMinX = 1e9f, footMaxX = -1e9f;
    for (const auto& p : part("skin").mesh.positions)
        if (p.z < 40.0f && p.x > 0.0f) {
            footMinY = std::min(footMinY, p.y), footMaxY = std::max(footMaxY, p.y);
            footMinX = std::min(footMinX, p.x), footMaxX = std::max(footMaxX, p.x);
        }
    CHECK(near(footMaxY - footMinY, P.footLength * h));
    CHECK(near(footMaxX - footMinX, P.footBreadth * h));
}
