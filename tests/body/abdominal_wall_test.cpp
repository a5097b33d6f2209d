// The front of the trunk as an anatomist names it on sight: the rectus abdominis as two straps
// beside the linea alba, narrowing to the pubis and crossed by tendinous intersections; the
// serratus anterior as separate digitations on the ribs that wrap back deep to the scapula.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/bvh.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;

namespace {

const tpa::core::Mesh& meshOf(const std::string& id) {
    const int i = embeddedScene().findPart(id);
    REQUIRE(i >= 0);
    return embeddedScene().parts[static_cast<std::size_t>(i)].mesh;
}

// Depth under the skin of the first rectus hit from the front at (x, z); 1e9 for none.
float rectusDepth(float x, float z) {
    for (const auto& h : hitsUnderSkin({x, -400.0f, z}, {0.0f, 1.0f, 0.0f}))
        if (h.id.rfind("rectus-abdominis", 0) == 0) return h.depth;
    return 1e9f;
}

}  // namespace

TEST_CASE("the two recti lie either side of the linea alba above the umbilicus") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float xiphoid = rig.at("xiphoid").z, umbilicus = rig.at("umbilicus").z;
    for (float t : {0.25f, 0.5f, 0.75f}) {
        const float z = glm::mix(umbilicus, xiphoid, t);
        CAPTURE(z);
        // At the midline the linea alba: no rectus within 15 mm of the skin.
        CHECK(rectusDepth(0.0f, z) > 15.0f * k);
        // 3 cm to either side, the rectus is the first thing under the skin.
        for (float side : {1.0f, -1.0f}) {
            const auto hits = hitsUnderSkin({side * 30.0f * k, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
            REQUIRE(!hits.empty());
            CHECK(hits.front().id ==
                  std::string("rectus-abdominis") + (side > 0.0f ? ".left" : ".right"));
        }
    }
}

TEST_CASE("the linea alba, not the spine, shows between the recti from xiphoid to pubis") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float xiphoid = rig.at("xiphoid").z, pubis = rig.at("pubic-symphysis").z;
    // Without it the lumbar vertebrae showed down the middle of the abdomen.
    for (float t : {0.1f, 0.3f, 0.5f, 0.7f, 0.9f}) {
        const float z = glm::mix(pubis, xiphoid, t);
        CAPTURE(z);
        const auto hits = hitsUnderSkin({0.0f, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
        REQUIRE(!hits.empty());
        CHECK(hits.front().id == "linea-alba");
        CHECK(hits.front().depth < 6.0f * k);
    }
    const int i = embeddedScene().findPart("linea-alba");
    REQUIRE(i >= 0);
    CHECK(embeddedScene().parts[std::size_t(i)].kind == tpa::core::PartKind::Other);
    CHECK(embeddedScene().parts[std::size_t(i)].side == tpa::core::Side::Midline);
}

TEST_CASE("the rectus narrows from the costal cartilages to the pubis") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float pubis = rig.at("pubic-symphysis").z, xiphoid = rig.at("xiphoid").z;
    auto width = [&](float lo, float hi) {
        float a = 1e9f, b = -1e9f;
        for (const auto& p : meshOf("rectus-abdominis.left").positions)
            if (p.z >= lo && p.z <= hi) a = std::min(a, p.x), b = std::max(b, p.x);
        return b - a;
    };
    const float low = width(pubis + 15.0f * k, pubis + 35.0f * k);
    const float high = width(xiphoid - 30.0f * k, xiphoid - 10.0f * k);
    CAPTURE(low);
    CAPTURE(high);
    // About 3 cm at the pubic crest, 7-8 cm at the 5th-7th costal cartilages.
    CHECK(low < 0.6f * high);
    CHECK(high > 55.0f * k);
    CHECK(high < 90.0f * k);
}

TEST_CASE("the rectus is crossed by three tendinous intersections") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float xiphoid = rig.at("xiphoid").z, umbilicus = rig.at("umbilicus").z;
    // Down a vertical line over the left rectus, its face dips into a groove at each
    // intersection: at the umbilicus, at the xiphoid and halfway between.
    std::vector<float> zs, depth;
    for (float z = umbilicus - 50.0f * k; z <= xiphoid + 16.0f * k; z += 2.0f * k) {
        zs.push_back(z);
        depth.push_back(rectusDepth(40.0f * k, z));
        REQUIRE(depth.back() < 20.0f * k);
    }
    std::vector<float> grooves;
    const int reach = 5;  // samples (10 mm) either side
    for (int i = reach; i + reach < static_cast<int>(zs.size()); ++i) {
        const auto at = depth.begin() + i;
        if (*std::max_element(at - reach, at + reach + 1) != *at) continue;
        const float around = std::min(*std::min_element(at - reach, at),
                                      *std::min_element(at + 1, at + reach + 1));
        if (*at - around >= 1.5f * k) grooves.push_back(zs[static_cast<std::size_t>(i)]);
    }
    CAPTURE(grooves.size());
    REQUIRE(grooves.size() == 3);
    CHECK(std::abs(grooves[0] - umbilicus) < 15.0f * k);
    CHECK(std::abs(grooves[1] - 0.5f * (umbilicus + xiphoid)) < 20.0f * k);
    CHECK(std::abs(grooves[2] - xiphoid) < 15.0f * k);
}

TEST_CASE("serratus anterior shows separate digitations on the lateral chest wall") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Its slips are separate pieces: one per digitation (ribs 1-2, then 3 to 9).
    const auto& mesh = meshOf("serratus-anterior.left");
    std::vector<std::uint32_t> root(mesh.positions.size());
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&](std::uint32_t a) {
        while (root[a] != a) a = root[a] = root[root[a]];
        return a;
    };
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int e = 1; e < 3; ++e) root[find(mesh.indices[t + e])] = find(mesh.indices[t]);
    std::map<std::uint32_t, int> pieces;
    for (std::uint32_t v = 0; v < root.size(); ++v) ++pieces[find(v)];
    CHECK(pieces.size() >= 6);
    // Seen from in front and to the side, below the pectoralis and in front of the latissimus,
    // a line of rays up the chest wall meets serratus, then something else, then serratus
    // again: from one of these oblique views at least four digitations show in turn.
    for (float side : {1.0f, -1.0f}) {
        int most = 0;
        for (float degrees : {-30.0f, -25.0f, -20.0f, -15.0f, -10.0f}) {
            const float a = glm::radians(degrees);
            const glm::vec3 dir(side * std::cos(a), std::sin(a), 0.0f);
            int runs = 0;
            bool in = false;
            for (float z = 1140.0f * k; z <= 1340.0f * k; z += 3.0f * k) {
                const auto hits =
                    hitsUnderSkin(glm::vec3(0.0f, 0.0f, z) + 400.0f * k * dir, -dir);
                const bool serratus =
                    !hits.empty() && hits.front().id.rfind("serratus-anterior", 0) == 0;
                runs += serratus && !in ? 1 : 0;
                in = serratus;
            }
            most = std::max(most, runs);
        }
        CAPTURE(side);
        CHECK(most >= 4);
    }
}

TEST_CASE("serratus anterior stays on the rib cage, medial to the arm") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& ribs = meshOf("rib-cage").positions;
    const auto& humerus = meshOf("humerus.left").positions;
    float yMin = 1e9f, yMax = -1e9f;
    for (const auto& p : ribs) yMin = std::min(yMin, p.y), yMax = std::max(yMax, p.y);
    const float yAxis = 0.5f * (yMin + yMax);
    auto nearest = [](const std::vector<glm::vec3>& pts, glm::vec3 p) {
        glm::vec3 best = pts.front();
        for (const auto& q : pts)
            if (glm::length(q - p) < glm::length(best - p)) best = q;
        return best;
    };
    const glm::vec3 shoulder = rig.at("shoulder-joint");
    int onArm = 0, insideCage = 0, lateral = 0;
    const auto& mesh = meshOf("serratus-anterior.left");
    for (std::size_t v = 0; v < mesh.positions.size(); v += 2) {
        const glm::vec3 p = mesh.positions[v];
        lateral += p.x > shoulder.x - 20.0f * k ? 1 : 0;
        const glm::vec3 rib = nearest(ribs, p), arm = nearest(humerus, p);
        onArm += glm::length(arm - p) < glm::length(rib - p) ? 1 : 0;
        // Outside the cage: not nearer the trunk's long axis than the nearest rib point.
        const glm::vec3 out = glm::normalize(glm::vec3(rib.x, rib.y - yAxis, 0.0f));
        insideCage += glm::dot(p - rib, out) < -6.0f * k ? 1 : 0;
    }
    CHECK(lateral == 0);
    CHECK(onArm == 0);
    CHECK(insideCage == 0);
}

TEST_CASE("the external oblique's aponeurosis covers the lower abdomen down to the groin") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 asis = rig.at("asis"), tubercle = rig.at("pubic-tubercle");
    const float umbilicus = rig.at("umbilicus").z;
    // Rays from the front (both sides) over the lower abdominal wall: lateral to the rectus'
    // border (40 mm out at the umbilicus, 30 at the pubis), medial to the anterior superior
    // iliac spine, above the inguinal ligament (the line from that spine to the pubic
    // tubercle) and below the umbilicus. Nothing there may show a deeper layer or bone: the
    // iliopsoas, the pelvis and the piriformis showed between rectus and oblique.
    const tpa::core::Scene& scene = embeddedScene();
    int rays = 0, deep = 0;
    std::map<std::string, int> seen;
    for (float z = tubercle.z; z < umbilicus - 10.0f * k; z += 4.0f * k)
        for (float x = 30.0f * k; x < asis.x - 10.0f * k; x += 4.0f * k) {
            const float t = (z - tubercle.z) / (umbilicus - tubercle.z);
            if (x < glm::mix(30.0f, 44.0f, t) * k) continue;
            const float ligament = glm::mix(tubercle.z, asis.z, (x - tubercle.x) / (asis.x - tubercle.x));
            if (z < ligament + 8.0f * k) continue;
            for (float side : {1.0f, -1.0f}) {
                const auto hits = hitsUnderSkin({side * x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
                if (hits.empty()) continue;
                ++rays;
                const int i = scene.findPart(hits.front().id);
                REQUIRE(i >= 0);
                const auto& part = scene.parts[static_cast<std::size_t>(i)];
                if (part.kind == tpa::core::PartKind::Bone ||
                    part.layer != tpa::core::Layer::Superficial) {
                    ++deep;
                    ++seen[hits.front().id];
                }
            }
        }
    for (const auto& [id, n] : seen) MESSAGE(id << ": " << n);
    CHECK(rays > 300);
    CHECK(deep <= rays / 50);
}

TEST_CASE("the external oblique runs on into its aponeurosis without a step") {
    // Rays from the front down across the muscle's lower border, from beside the rectus to
    // near the anterior superior iliac spine (both sides): where the first part met turns from
    // the muscle to its aponeurosis, how far the face met sinks. 4 mm under the skin, the
    // aponeurosis lay a step below the muscle's face and read as a sheet cut out and laid in.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float umbilicus = rig.at("umbilicus").z;
    float worst = 0.0f;
    int borders = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 62.0f; x <= 104.0f; x += 6.0f) {
            float last = -1.0f;
            bool muscle = false;
            for (float z = umbilicus + 40.0f * k; z > umbilicus - 90.0f * k; z -= 1.0f * k) {
                const auto hits = hitsUnderSkin({side * x * k, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
                if (hits.empty()) continue;
                const bool isMuscle = hits.front().id.rfind("external-oblique.", 0) == 0;
                const bool isSheet = hits.front().id.rfind("external-oblique-aponeurosis", 0) == 0;
                if (muscle && isSheet) {
                    ++borders;
                    worst = std::max(worst, hits.front().depth - last);
                    break;
                }
                muscle = isMuscle;
                last = hits.front().depth;
            }
        }
    MESSAGE("oblique to aponeurosis: " << borders << " borders, deepest step " << worst << " mm");
    CHECK(borders >= 12);
    CHECK(worst < 2.0f * k);
}
