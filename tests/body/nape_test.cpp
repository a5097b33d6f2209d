// The back of the neck and the occiput from behind: the upper trapezius a smooth sheet whose
// slips meet along clean lines and whose top runs level along the superior nuchal line, the
// occipital bellies coming down to meet it, with no strip of galea or bone between.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::hitsUnderSkin;
using tpa::body::test::Slips;

namespace {

const tpa::core::Mesh& partMesh(const std::string& id) {
    const int i = embeddedScene().findPart(id);
    REQUIRE(i >= 0);
    return embeddedScene().parts[static_cast<std::size_t>(i)].mesh;
}

// The first part under the skin a ray from behind meets at (x, z); empty if none.
std::string fromBehind(float x, float z) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    const auto hits = hitsUnderSkin({x, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
    return hits.empty() ? std::string() : hits.front().id;
}

}  // namespace

TEST_CASE("from behind, the upper trapezius' slips meet along clean lines, not a saw-tooth") {
    // Down columns of rays from behind, 1 mm apart, over each side's upper trapezius, where the
    // slip met first changes from the middle slip to the lowest (from the ligamentum nuchae
    // below C2): that border runs obliquely across the neck as a smooth line. Where the two
    // slips' faces lay at one depth, the lowest slip's sunk rim crossed the middle one's face
    // nearly parallel to it, a jagged step of teeth a few millimetres tall.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float top = rig.at("inion").z - 12.0f * k, bottom = rig.at("c7").z + 10.0f * k;
    for (float side : {1.0f, -1.0f}) {
        const auto& mesh = partMesh(side > 0 ? "upper-trapezius.left" : "upper-trapezius.right");
        const Slips slips(mesh);
        std::vector<float> border;
        for (float x = 4.0f; x <= 30.0f; x += 1.0f) {
            int last = -1;
            float at = 0.0f;
            for (float z = top; z > bottom; z -= 0.25f * k) {
                const int now = slips.front({side * x * k, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
                if (now >= 0 && last >= 0 && now != last) at = z;
                if (now >= 0) last = now;
            }
            border.push_back(at / k);
        }
        // How far the border strays from a straight line through each 7 columns (mm): the
        // jagged step's teeth stood 1-2 mm off it.
        float zigzag = 0.0f;
        for (std::size_t i = 0; i + 7 <= border.size(); ++i) {
            float sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (std::size_t j = 0; j < 7; ++j) {
                const float x = float(j), y = border[i + j];
                sx += x, sy += y, sxx += x * x, sxy += x * y;
            }
            const float slope = (7.0f * sxy - sx * sy) / (7.0f * sxx - sx * sx);
            const float base = (sy - slope * sx) / 7.0f;
            for (std::size_t j = 0; j < 7; ++j)
                zigzag = std::max(zigzag, std::abs(border[i + j] - base - slope * float(j)));
        }
        MESSAGE("side " << side << ": the border strays " << zigzag << " mm from straight");
        CHECK(zigzag < 1.1f);
    }
}

TEST_CASE("from behind, the upper trapezius' top runs level along the nuchal line") {
    // The highest point a ray from behind meets either upper trapezius, across the inion: a
    // peak of the slips' corners stood 6 mm over the border beside it, with a dark notch.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float inion = rig.at("inion").z;
    auto topAt = [&](float x) {
        for (float z = inion + 15.0f * k; z > inion - 30.0f * k; z -= 0.25f * k)
            if (fromBehind(x * k, z).find("upper-trapezius") == 0) return (z - inion) / k;
        return -30.0f;
    };
    const float middle = topAt(0.0f);
    for (float x : {-12.0f, -8.0f, 8.0f, 12.0f}) {
        const float beside = topAt(x);
        MESSAGE("top at the midline " << middle << " mm over the inion, at " << x << " mm "
                                      << beside);
        CHECK(middle - beside < 2.5f);
    }
}

TEST_CASE("from behind, the occipital bellies come down to the upper trapezius' top") {
    // Over the superior nuchal line, beside the midline, rays from behind meet the trapezius,
    // the occipitalis or the insertions behind the ear: a strip of galea (and bone) ran
    // between the trapezius' top and the bellies' lower borders.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float inion = rig.at("inion").z;
    int strip = 0, rays = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 20.0f; x <= 44.0f; x += 2.0f)
            for (float z = -4.0f; z <= 8.0f; z += 1.0f, ++rays) {
                const std::string id = fromBehind(side * x * k, inion + z * k);
                if (id.find("trapezius") == std::string::npos && id.find("occipitalis") != 0 &&
                    id.find("nuchal-insertions") != 0) {
                    ++strip;
                    MESSAGE("at " << side * x << " mm, " << z << " mm: " << id);
                }
            }
    MESSAGE(strip << " of " << rays << " rays met neither muscle");
    CHECK(strip == 0);
}

TEST_CASE("from behind, the suboccipitals stay under the upper trapezius") {
    // The posterior view's rays through a plane at the inion, 20-60 mm out and up to 50 mm
    // below it, both sides: the suboccipitals' lateral end, on the inferior nuchal line 38 mm
    // out, poked through the trapezius' lateral border as a small dark tab 35 mm out and 35 mm
    // below the inion (10 rays).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const glm::vec3 inion = rig.at("inion");
    int tab = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 20.0f; x <= 60.0f; x += 1.0f)
            for (float z = -50.0f; z <= 0.0f; z += 1.0f) {
                const glm::vec3 at(side * x * k, inion.y, inion.z + z * k);
                const int hit = tpa::body::test::firstPartHit(eye, at - eye);
                if (hit < 0) continue;
                const auto& id = embeddedScene().parts[std::size_t(hit)].id;
                if (id.rfind("suboccipitals", 0) != 0) continue;
                ++tab;
                MESSAGE("suboccipitals seen at " << side * x << " mm, " << z << " mm");
            }
    MESSAGE(tab << " rays met the suboccipitals first");
    CHECK(tab == 0);
}
