// The latissimus dorsi from behind as one smooth sheet: its slips laid side by side must not
// shade as separate plates with a line at each seam.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/bvh.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

namespace {

// The renderer's normal where a ray meets a mesh: its corners' vertex normals, interpolated.
glm::vec3 shadedNormal(const tpa::core::Mesh& mesh, const tpa::core::MeshHit& hit, glm::vec3 from,
                       glm::vec3 dir) {
    const auto& ix = mesh.indices;
    const std::uint32_t ia = ix[hit.triangle * 3], ib = ix[hit.triangle * 3 + 1],
                        ic = ix[hit.triangle * 3 + 2];
    const glm::vec3 a = mesh.positions[ia], b = mesh.positions[ib], c = mesh.positions[ic];
    const glm::vec3 p = from + dir * hit.t, n = glm::cross(b - a, c - a);
    const float area = glm::dot(n, n);
    const float wa = glm::dot(glm::cross(c - b, p - b), n) / area;
    const float wb = glm::dot(glm::cross(a - c, p - c), n) / area;
    return glm::normalize(wa * mesh.normals[ia] + wb * mesh.normals[ib] +
                          (1.0f - wa - wb) * mesh.normals[ic]);
}

}  // namespace

TEST_CASE("seen from the posterior view's eye, the latissimus dorsi shades as one sheet, no lines") {
    // Its four slips overlap with each rim standing over the slip below. With its own normals
    // each rim's bevel faced sideways and down, so every seam shaded as a dark line across the
    // back: a long diagonal from under the trapezius' lower tip out to the flank, and a step
    // over the lower slips. Over the back from beside the spine out to the flank (farther out,
    // by the armpit, the upper slip stands 30 mm proud of the next as it turns onto the arm:
    // an edge, not a seam), from the iliac crest up to T7, rays 0.5 mm apart from the render's eye whose shading normals
    // differ by more than 10 degrees, the muscle's own borders (within 4 mm of a ray meeting
    // something else: the trapezius, the fascia, the oblique) left out.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const std::vector<tpa::core::Layer> skin{tpa::core::Layer::Skin};
    for (const char* id : {"latissimus-dorsi.left", "latissimus-dorsi.right"}) {
        const int lat = scene.findPart(id);
        REQUIRE(lat >= 0);
        const auto& mesh = scene.parts[std::size_t(lat)].mesh;
        REQUIRE(mesh.normals.size() == mesh.positions.size());
        const tpa::core::Bvh bvh(mesh);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        const float step = 0.5f * k, margin = 4.0f * k;
        const float x0 = 15.0f * k, x1 = 120.0f * k;
        const float z0 = rig.at("iliac-crest").z + 10.0f * k, z1 = rig.at("t7").z;
        const int cols = int((x1 - x0) / step) + 1, rows = int((z1 - z0) / step) + 1;
        const int pad = int(margin / step);
        // Grid with a margin round it, so a border within 4 mm is known everywhere inside.
        const int w = cols + 2 * pad, h = rows + 2 * pad;
        std::vector<glm::vec3> normal(std::size_t(w * h), glm::vec3(0.0f));
        std::vector<char> seen(std::size_t(w * h), 0);
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) {
                const glm::vec3 at(side * (x0 + float(c - pad) * step), 80.0f * k,
                                   z1 - float(r - pad) * step);
                const glm::vec3 dir = glm::normalize(at - eye);
                if (firstPartHit(eye, dir, skin) != lat) continue;
                const auto hit = bvh.intersect(mesh, {eye, dir}, 1e9f);
                if (!hit) continue;
                seen[std::size_t(r * w + c)] = 1;
                normal[std::size_t(r * w + c)] = shadedNormal(mesh, *hit, eye, dir);
            }
        auto inside = [&](int r, int c) {
            for (int dr = -pad; dr <= pad; dr += pad)
                for (int dc = -pad; dc <= pad; dc += pad)
                    if (!seen[std::size_t((r + dr) * w + c + dc)]) return false;
            return true;
        };
        int pairs = 0, lines = 0;
        for (int r = pad; r < pad + rows; ++r)
            for (int c = pad; c < pad + cols; ++c) {
                if (!inside(r, c)) continue;
                for (const auto& [nr, nc] : {std::pair{r, c + 1}, std::pair{r + 1, c}}) {
                    if (nr >= pad + rows || nc >= pad + cols || !inside(nr, nc)) continue;
                    ++pairs;
                    const float cosine = glm::dot(normal[std::size_t(r * w + c)],
                                                  normal[std::size_t(nr * w + nc)]);
                    lines += cosine < std::cos(glm::radians(10.0f));
                }
            }
        MESSAGE(std::string(id), ": neighbouring rays ", pairs, ", shading turning over 10 degrees ",
                lines);
        CHECK(pairs > 40000);
        CHECK(lines <= 700);
    }
}
