// Zone pixel checks shared by the embedded-body and atlas tests: with a muscle selected,
// skin vertices inside its essential zone must show the essential colour where they are the
// visible surface, and skin far from every zone must not.
#pragma once

#include "app/headless_render.h"
#include "render/frame_params.h"
#include "state/app_state.h"

#include <doctest/doctest.h>
#include <glm/glm.hpp>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tpa::test {

inline bool crimson(glm::vec3 c) { return c.r > 0.35f && c.g < 0.45f * c.r && c.b < 0.5f * c.r; }

// Drawn over everything on purpose: the selected muscle's outline (the highlight yellow) and
// the trigger-point markers (cyan, green).
inline bool overlay(glm::vec3 c) {
    const glm::vec3 outline = render::FrameParams{}.highlight;
    return glm::distance(c, outline) < 0.08f || c.g > c.r + 0.15f;
}

struct ZoneCounts {
    int inside = 0, insideCrimson = 0;
    int outside = 0, outsideCrimson = 0;
};

// Renders the state's still picture and classifies the visible skin vertices.
inline ZoneCounts countZonePixels(const state::AppState& s, int width, int height) {
    const auto* muscle = s.selectedMuscle();
    REQUIRE(muscle);
    REQUIRE(s.skin.field());
    const auto weights = s.skin.field()->muscleWeights(*muscle, s.selectedSide());
    const auto& skin = s.scene.parts[std::size_t(s.skin.part)].mesh;
    const auto image = app::renderState(s, width, height);
    // "Outside" means well away from any zone: no zone vertex within kClearMm (a grid of
    // kClearMm cells holds the zone vertices).
    constexpr float kClearMm = 30.0f;
    std::unordered_map<std::int64_t, std::vector<glm::vec3>> grid;
    auto cellKey = [](glm::ivec3 c) {
        return (std::int64_t(c.x + 4096) << 26) | (std::int64_t(c.y + 4096) << 13) | std::int64_t(c.z + 4096);
    };
    for (std::size_t v = 0; v < skin.positions.size(); ++v)
        if (weights.essential[v] > 0.0f || weights.spillover[v] > 0.0f)
            grid[cellKey(glm::ivec3(glm::floor(skin.positions[v] / kClearMm)))].push_back(skin.positions[v]);
    auto nearZone = [&](glm::vec3 p) {
        const glm::ivec3 c(glm::floor(p / kClearMm));
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy)
                for (int dz = -1; dz <= 1; ++dz) {
                    const auto it = grid.find(cellKey(c + glm::ivec3(dx, dy, dz)));
                    if (it == grid.end()) continue;
                    for (const auto& q : it->second)
                        if (glm::distance(p, q) < kClearMm) return true;
                }
        return false;
    };
    ZoneCounts n;
    for (std::size_t v = 0; v < skin.positions.size(); ++v) {
        const float e = weights.essential[v], sp = weights.spillover[v];
        const bool in = e >= 0.99f && sp <= e;
        const bool out = e == 0.0f && sp == 0.0f && !nearZone(skin.positions[v]);
        if (!in && !out) continue;
        const auto px = s.camera.project(skin.positions[v]);
        if (!px || px->x < 3 || px->y < 3 || px->x > width - 4 || px->y > height - 4) continue;
        // Visible: the first surface along the pixel's ray is the skin at this vertex (a
        // muscle mesh that pokes through the skin, as atlas meshes can, covers the zone).
        const auto hit = s.picker->pick(s.camera.rayThroughPixel(*px), [&](int i) {
            return s.visibility(i) != state::PartVisibility::Hidden;
        });
        if (!hit || hit->part != s.skin.part || glm::distance(hit->point, skin.positions[v]) > 4.0f) continue;
        const glm::vec3 c = glm::vec3(image.at(int(px->x), int(px->y))) / 255.0f;
        if (overlay(c)) continue;
        if (in) {
            ++n.inside;
            n.insideCrimson += crimson(c);
        } else {
            ++n.outside;
            n.outsideCrimson += crimson(c);
        }
    }
    return n;
}

inline void checkZonePixels(const ZoneCounts& n) {
    MESSAGE("inside: " << n.insideCrimson << "/" << n.inside << " crimson; outside: " << n.outsideCrimson << "/"
                       << n.outside);
    REQUIRE(n.inside >= 10);
    REQUIRE(n.outside >= 100);
    // The rest lie on a silhouette or beside the outline, where the background or the
    // outline's yellow blends in (seen: 83-100 %).
    CHECK(n.insideCrimson >= n.inside * 80 / 100);
    CHECK(n.outsideCrimson <= n.outside / 50);
}

}  // namespace tpa::test
