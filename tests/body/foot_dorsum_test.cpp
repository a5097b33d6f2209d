// The dorsum of the foot and the front of the ankle from the side: the long extensor's tendons
// lie on the dorsum's muscles over the metatarsals, not on a thin shell over an empty foot, and
// the extensor retinacula are bands that wrap the ankle, not pale plates standing off it. The
// superior extensor retinaculum read from the front as a thick bracelet: laid 1 mm under a skin
// that stands 3-8 mm off the tendons and 15-20 mm off the tibia, its edges stood proud of the
// tendons above and below it as a lit rim, and its medial end stood out past the tibia.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::meshCrossings;

// Along a ray straight down through the left foot at (dx, dy) mm from the ankle joint: how
// much of the way from the underside of the long extensor's tendon to the first bone no part
// fills (mm); -1 where the ray meets no tendon or no bone.
float emptyUnderTendon(float dx, float dy) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 from = rig.at("ankle-joint") + glm::vec3(dx, dy, 40.0f) * k;
    float tendonOut = -1.0f, bone = -1.0f;
    std::vector<std::pair<float, float>> filled;
    for (const auto& part : embeddedScene().parts) {
        if (part.kind == tpa::core::PartKind::Skin ||
            part.id.find(".left") == std::string::npos)
            continue;
        const auto c = meshCrossings(part.mesh, from, {0.0f, 0.0f, -1.0f});
        for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
            if (c[i].t <= 0.0f) continue;
            if (part.kind == tpa::core::PartKind::Bone) {
                if (bone < 0.0f || c[i].t < bone) bone = c[i].t;
            } else if (part.id.rfind("extensor-digitorum-longus-tendons", 0) == 0) {
                if (tendonOut < 0.0f) tendonOut = c[i + 1].t;
            } else {
                filled.emplace_back(c[i].t, c[i + 1].t);
            }
        }
    }
    if (tendonOut < 0.0f || bone < tendonOut) return -1.0f;
    std::sort(filled.begin(), filled.end());
    float covered = 0.0f, at = tendonOut;
    for (auto [in, out] : filled) {
        in = std::max(in, at);
        out = std::min(out, bone);
        if (out > in) {
            covered += out - in;
            at = out;
        }
    }
    return bone - tendonOut - covered;
}

}  // namespace

TEST_CASE("the long extensor's tendons lie on the dorsum's muscles over the metatarsals") {
    // The tendons and a 3 mm sheet of interossei followed the skin's dorsum, 35-40 mm over
    // metatarsals that stepped down off the tarsal block: from the side the tendons stood over
    // the foot like wires on an empty shell (up to 36.7 mm of nothing under them, 29 mm on average).
    const float k = tpa::body::Rig().stature() / 1750.0f;
    float worst = 0.0f, sum = 0.0f;
    int rays = 0;
    for (float dy = -80.0f; dy >= -130.0f; dy -= 5.0f)
        for (float dx = -10.0f; dx <= 20.0f; dx += 2.5f) {
            const float empty = emptyUnderTendon(dx, dy);
            if (empty < 0.0f) continue;
            ++rays;
            worst = std::max(worst, empty / k);
            sum += empty / k;
        }
    const float mean = rays > 0 ? sum / float(rays) : 0.0f;
    CAPTURE(rays);
    CAPTURE(worst);
    CAPTURE(mean);
    CHECK(rays > 40);
    CHECK(worst < 31.0f);
    CHECK(mean < 24.0f);
}

TEST_CASE("the superior extensor retinaculum is a band that dives to the fibula, not a cuff") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    // From the front, its height over the tendons in front of the ankle: 24 mm, it read as a
    // wide pale cuff.
    float tall = 0.0f;
    for (float dz = 20.0f; dz <= 60.0f; dz += 0.5f) {
        const glm::vec3 at = ankle + glm::vec3(2.0f, -200.0f, dz) * k;
        const auto hits = hitsUnderSkin(at, {0.0f, 1.0f, 0.0f});
        if (!hits.empty() && hits.front().id == "extensor-retinacula-foot.left") tall += 0.5f;
    }
    CAPTURE(tall);
    CHECK(tall > 10.0f);
    CHECK(tall < 21.0f);
    // From the side, its lateral end lay 3.5-4 mm under the skin, a plate with a square end
    // standing 20 mm off the tibia; it now sinks toward the fibula's anterior border.
    for (float dy : {-10.0f, -5.0f}) {
        CAPTURE(dy);
        const glm::vec3 at = ankle + glm::vec3(170.0f, dy, 40.0f) * k;
        const auto hits = hitsUnderSkin(at, {-1.0f, 0.0f, 0.0f});
        REQUIRE(!hits.empty());
        CHECK(hits.front().id == "extensor-retinacula-foot.left");
        CHECK(hits.front().depth / k > 5.5f);
    }
}

TEST_CASE("the superior extensor retinaculum lies flush on the tendons, not a bracelet") {
    // Horizontal rays at the leg round the front of each ankle, at angles from the tibialis
    // anterior to the fibularis tertius (phi from straight ahead, + lateral) and heights 15-75 mm
    // above the joint: at each angle, how far the first face 1 mm above the band's top edge lies
    // behind the band's face (its step), and how many rays meet the band first with nothing
    // under it for 6 mm (standing off the leg). Before: steps 2-3 mm over the tendons and 4-8 mm
    // over the fibularis tertius (median 2.5), and its medial end 10-20 mm over the tibia.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    auto isBand = [](const std::string& id) {
        return id.rfind("extensor-retinacula-foot", 0) == 0;
    };
    std::vector<float> steps;
    int standing = 0, bandRays = 0;
    for (const float side : {1.0f, -1.0f})
        for (float phi = -45.0f; phi <= 80.0f; phi += 1.0f) {
            const float a = glm::radians(phi);
            const glm::vec3 out(side * std::sin(a), -std::cos(a), 0.0f);
            std::vector<float> first;
            int top = -1;
            for (float z = 15.0f; z <= 75.0f; z += 0.5f) {
                const glm::vec3 c(side * (ankle.x + 2.0f * k), ankle.y, ankle.z + z * k);
                const auto hits = hitsUnderSkin(c + out * 300.0f, -out);
                first.push_back(hits.empty() ? -1.0f : hits.front().depth);
                if (hits.empty() || !isBand(hits.front().id)) continue;
                top = int(first.size()) - 1;
                ++bandRays;
                standing += hits.size() < 2 || hits[1].depth - hits[0].depth > 6.0f * k;
            }
            // The first face 1 mm above the top edge against the band's face at the edge.
            const int at = top + 2;
            if (top >= 0 && at < int(first.size()) && first[std::size_t(at)] >= 0.0f &&
                phi >= -20.0f && phi <= 70.0f)
                steps.push_back((first[std::size_t(at)] - first[std::size_t(top)]) / k);
        }
    std::sort(steps.begin(), steps.end());
    REQUIRE(steps.size() > 100);
    const float median = steps[steps.size() / 2], p90 = steps[steps.size() * 9 / 10];
    CAPTURE(steps.size());
    CAPTURE(median);
    CAPTURE(p90);
    CAPTURE(bandRays);
    CAPTURE(standing);
    CHECK(median < 1.5f);
    CHECK(p90 < 2.5f);
    CHECK(standing < bandRays / 20);
}


TEST_CASE("the dorsal interossei taper under the toes' extensor expansions, not a cut face") {
    // From the front, the interossei' end at the roots of the toes read as a flat red cut face
    // between the long extensor's tendons: the 12 mm sheet ran at full thickness to within
    // 6 mm of its end (9.0 mm on average over its last 10 mm, in the median column; 10.0 worst).
    // Rays straight down through the left foot's columns: its mean thickness over its last
    // 10 mm in each.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 ankle = rig.at("ankle-joint");
    const auto& mesh = tpa::body::test::leftMesh("dorsal-interossei-foot");
    std::vector<float> ends;
    for (float dx = -10.0f; dx <= 18.0f; dx += 1.0f) {
        std::vector<std::pair<float, float>> along;
        for (float dy = -120.0f; dy >= -200.0f; dy -= 0.5f) {
            const glm::vec3 from = ankle + glm::vec3(dx, dy, 40.0f) * k;
            const auto c = meshCrossings(mesh, from, {0.0f, 0.0f, -1.0f});
            float thick = 0.0f;
            for (std::size_t i = 0; i + 1 < c.size(); i += 2) thick += c[i + 1].t - c[i].t;
            if (thick > 0.0f) along.emplace_back(dy, thick / k);
        }
        CAPTURE(dx);
        REQUIRE(!along.empty());
        float sum = 0.0f;
        int n = 0;
        for (const auto& [dy, thick] : along)
            if (dy <= along.back().first + 10.0f) {
                sum += thick;
                ++n;
            }
        ends.push_back(sum / float(n));
    }
    std::sort(ends.begin(), ends.end());
    const float median = ends[ends.size() / 2], worst = ends.back();
    CAPTURE(median);
    CAPTURE(worst);
    CHECK(median < 7.0f);
    CHECK(worst < 8.0f);
}
