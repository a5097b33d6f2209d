// The pectoralis major from the front as one smooth fan: its slips (clavicular, sternocostal,
// abdominal) laid side by side must not show as separate plates, with grooves, ledges or a
// slip's edge between them.
#include <doctest/doctest.h>

#include <algorithm>
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
using tpa::body::test::Slips;

namespace {

// The render's front eye (level with the hips, seeing the chest from below) and the stature's
// scale, for the scans from that eye below.
struct FrontEye {
    tpa::body::Rig rig{};
    float k = rig.stature() / 1750.0f;
    glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
};

// Each side's pectoralis major: its id, its part in the embedded scene and the sign of x on its
// side.
struct Pectoral {
    std::string id;
    int part;
    float side;
};

std::vector<Pectoral> bothPectorals() {
    std::vector<Pectoral> both;
    for (const char* id : {"pectoralis-major.left", "pectoralis-major.right"}) {
        const int part = embeddedScene().findPart(id);
        REQUIRE(part >= 0);
        both.push_back({id, part, std::string(id).ends_with(".left") ? 1.0f : -1.0f});
    }
    return both;
}

}  // namespace

TEST_CASE("from the front, the pectoralis major's slips read as one fan, without ledges") {
    // The lower sternocostal slip ran straight through the chest from the sternum to the arm and
    // was fitted under the nearest skin, on the side of the chest: from the front the eye met its
    // edge and deep face 15-40 mm under the skin, a trough along the top of the abdominal slip,
    // which stood in front of it as a separate plate with a ledge for its upper border.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = embeddedScene();
    for (const char* id : {"pectoralis-major.left", "pectoralis-major.right"}) {
        const int pec = scene.findPart(id), skin = scene.findPart("skin");
        REQUIRE(pec >= 0);
        REQUIRE(skin >= 0);
        const auto& mesh = scene.parts[std::size_t(pec)].mesh;
        const auto& skinMesh = scene.parts[std::size_t(skin)].mesh;
        const tpa::core::Bvh pecBvh(mesh), skinBvh(skinMesh);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        // The front of the chest the muscle covers: from beside the sternum out past the nipple
        // line (farther out the chest turns away from the eye), from the 6th cartilage up to the
        // 2nd (above it, under the clavicle, the deltopectoral triangle dips as it should). Depth
        // of its outer face under the skin, -1 where the ray meets another part first.
        const float step = 4.0f * k;
        std::vector<std::vector<float>> depth;
        for (float z = rig.at("xiphoid").z + 30.0f * k; z <= rig.at("sternal-angle").z + 10.0f * k;
             z += step) {
            auto& row = depth.emplace_back();
            for (float x = 20.0f * k; x <= 120.0f * k; x += step) {
                const glm::vec3 from(side * x, -400.0f * k, z), dir(0.0f, 1.0f, 0.0f);
                const auto m = pecBvh.intersect(mesh, {from, dir}, 1e9f);
                const auto s = skinBvh.intersect(skinMesh, {from, dir}, 1e9f);
                row.push_back(m && s && firstPartHit(from, dir) == pec ? m->t - s->t : -1.0f);
            }
        }
        int seen = 0, deep = 0, ledges = 0;
        for (std::size_t r = 0; r < depth.size(); ++r)
            for (std::size_t c = 0; c < depth[r].size(); ++c) {
                const float d = depth[r][c];
                if (d < 0.0f) continue;
                ++seen;
                if (d > 12.0f * k) ++deep;
                auto ledge = [&](float n) { return n >= 0.0f && std::abs(n - d) > 2.0f * k; };
                if (c + 1 < depth[r].size() && ledge(depth[r][c + 1])) ++ledges;
                if (r + 1 < depth.size() && ledge(depth[r + 1][c])) ++ledges;
            }
        CAPTURE(id);
        CAPTURE(seen);
        CAPTURE(deep);
        CAPTURE(ledges);
        MESSAGE(std::string(id), ": seen ", seen, ", deep ", deep, ", ledges ", ledges);
        CHECK(seen > 700);
        CHECK(deep == 0);
        CHECK(ledges < 10);
    }
}

TEST_CASE("from the front, the pectoralis major's clavicular part reaches up to the clavicle") {
    // The clavicular slip arose from the straight chord from the middle of the clavicle to below
    // the sternoclavicular joint, which ran under the clavicle's medial half: from the front a
    // strip of deeper parts showed between the bone and the muscle's upper border (up to 10 mm),
    // and the border read as the edge of a plate laid on the chest. Each column from the joint
    // to the middle of the clavicle: mm from the lowest point where the clavicle is seen to the
    // highest where the pectoralis major is seen below it.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (const float side : {1.0f, -1.0f}) {
        const std::string clavicle = side > 0.0f ? "clavicle.left" : "clavicle.right";
        const std::string pec = side > 0.0f ? "pectoralis-major.left" : "pectoralis-major.right";
        float worst = 0.0f;
        for (float x = 30.0f * k; x <= 100.0f * k; x += 5.0f * k) {
            float bone = -1.0f, gap = -1.0f;
            for (float z = 1475.0f * k; z >= 1380.0f * k; z -= 1.0f * k) {
                const std::string id =
                    tpa::body::test::firstPartHitId({side * x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
                if (id == clavicle) bone = z;
                if (id == pec && bone > 0.0f) {
                    gap = bone - z - 1.0f * k;
                    break;
                }
            }
            CAPTURE(x);
            REQUIRE(gap >= 0.0f);
            worst = std::max(worst, gap);
        }
        MESSAGE("side ", side, ": widest gap under the clavicle ", worst, " mm");
        CHECK(worst <= 3.0f * k);
    }
}

TEST_CASE("from the front, the pectoralis major's slips meet along clean lines, not teeth") {
    // Its sternocostal slips lay at one depth and overlapped by a sixteenth of the fan at both
    // ends, so where they overlapped their faces coincided and took turns in front: a jagged,
    // torn-looking line ran across the muscle at the level of the second and third ribs. Down
    // each column over the front of the chest the slip in front must change only from an upper
    // slip to a lower one; each change back up is a tooth of such a line.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = embeddedScene();
    for (const char* id : {"pectoralis-major.left", "pectoralis-major.right"}) {
        const int pec = scene.findPart(id);
        REQUIRE(pec >= 0);
        const Slips slips(scene.parts[std::size_t(pec)].mesh);
        REQUIRE(slips.meshes.size() == 4);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        // From the clavicle down to the fourth rib's cartilage, over the upper slips' seams.
        const float top = 1460.0f * k, bottom = rig.at("sternal-angle").z - 70.0f * k;
        int teeth = 0;
        for (float x = 20.0f * k; x <= 130.0f * k; x += 1.0f * k) {
            int last = -1;
            for (float z = top; z >= bottom; z -= 0.5f * k) {
                const glm::vec3 from(side * x, -400.0f * k, z), dir(0.0f, 1.0f, 0.0f);
                const int front = slips.front(from, dir);
                if (front < 0) continue;
                if (front < last) ++teeth;
                last = front;
            }
        }
        MESSAGE(std::string(id), ": changes back to an upper slip ", teeth);
        CHECK(teeth <= 2);
    }
}

TEST_CASE("seen from the front view's eye, the clavicular and sternal parts meet along one line") {
    // The render's eye stands level with the hips and sees the chest from below. With the upper
    // sternocostal slip 0.3 mm under the clavicular one, their faces crossed at a slant there
    // 20-55 mm from the midline and took turns in front: a pale, ragged band instead of a seam.
    // Along rows across that stretch, the front slip must change between the two at most twice
    // (once at the seam, once more where the seam bows).
    const auto& [rig, k, eye] = FrontEye{};
    const auto& scene = embeddedScene();
    for (const auto& [id, pec, side] : bothPectorals()) {
        const Slips slips(scene.parts[std::size_t(pec)].mesh);
        REQUIRE(slips.meshes.size() == 4);
        const float base = rig.at("sternal-angle").z;
        int switches = 0, ragged = 0;
        for (float z = base; z <= base + 45.0f * k; z += 0.5f * k) {
            int last = -1, n = 0;
            for (float x = 12.0f * k; x <= 70.0f * k; x += 0.5f * k) {
                const glm::vec3 dir = glm::normalize(glm::vec3(side * x, -80.0f * k, z) - eye);
                if (tpa::body::test::firstPartHit(eye, dir, {tpa::core::Layer::Skin}) != pec)
                    continue;
                const int front = slips.front(eye, dir);
                if (front < 0 || front > 1) continue;
                if (last >= 0 && front != last) ++n;
                last = front;
            }
            switches += n;
            ragged += n > 2;
        }
        MESSAGE(std::string(id), ": switches between the two upper slips ", switches,
                ", rows with more than two ", ragged);
        CHECK(ragged <= 3);
        CHECK(switches <= 50);
    }
}

TEST_CASE("seen from the front view's eye, no biceps shows between the pectoralis and the deltoid") {
    // The pectoralis major's upper slips are narrowed and sunk about 10 mm where their rings
    // cross from the chest onto the arm; the biceps' upper end, 7 mm under the skin there, showed
    // in a staircase of pale flecks along the deltopectoral groove, 5 mm wide over 50 mm. Its
    // heads start deep (depthProfile), under the pectoral and the deltoid.
    const auto& [rig, k, eye] = FrontEye{};
    const auto& scene = embeddedScene();
    const glm::vec3 groove = rig.at("bicipital-groove");
    for (const float side : {1.0f, -1.0f}) {
        int biceps = 0;
        for (float z = groove.z - 60.0f * k; z <= groove.z + 70.0f * k; z += 2.0f * k)
            for (float x = groove.x - 70.0f * k; x <= groove.x + 20.0f * k; x += 1.5f * k) {
                const glm::vec3 at(side * x, groove.y - 60.0f * k, z);
                const int hit = firstPartHit(eye, at - eye);
                biceps += hit >= 0 && scene.parts[std::size_t(hit)].id.starts_with("biceps");
            }
        MESSAGE("side ", side, ": rays that meet the biceps first ", biceps);
        CHECK(biceps <= 12);
    }
}

TEST_CASE("from the front, the pectoralis major's lower border by the sternum is one clean line") {
    // Its lower sternocostal slip ended on the sternum 26 mm below where the lowest slip began,
    // and the lowest slip's origin runs from there down and out to the 6th costal cartilage: the
    // border rose from a spike at the sternum over a notch of rectus and fell again, and the
    // rectus' top, about a millimetre under the muscle, showed through it in teeth. Column by
    // column from the sternum out to the 6th cartilage: the lowest point where the pectoralis
    // is seen, coming down from above without a break (how far it rises outward, summed), and
    // below it any further rays that meet it (teeth).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (const auto& [id, pec, side] : bothPectorals()) {
        const float top = rig.at("xiphoid").z + 70.0f * k, bottom = rig.at("xiphoid").z - 20.0f * k;
        float rise = 0.0f, last = -1.0f;
        int teeth = 0;
        for (float x = 8.0f * k; x <= 66.0f * k; x += 1.0f * k) {
            float border = -1.0f;
            bool below = false;
            for (float z = top; z >= bottom; z -= 0.5f * k) {
                const bool seen = firstPartHit({side * x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f}) == pec;
                if (!below && seen) border = z;
                if (border > 0.0f && !seen) below = true;
                if (below && seen) ++teeth;
            }
            CAPTURE(x);
            REQUIRE(border > 0.0f);
            if (last > 0.0f) rise += std::max(0.0f, border - last);
            last = border;
        }
        MESSAGE(std::string(id), ": the border rises outward by ", rise, " mm, teeth ", teeth);
        CHECK(rise <= 8.0f * k);
        CHECK(teeth <= 10);
    }
}

TEST_CASE("seen from the front view's eye, the pectoralis major's slips meet in soft grooves") {
    // Where one slip's feathered rim lay over its neighbour's face, 0.7-1.2 mm above it, the
    // rim stood as a step: from the front a thin dark line across the muscle between the
    // clavicular and sternal parts and between the slips below. Down each column seen from the
    // render's eye: at each change of the slip in front, the jump in distance between the two
    // rays (0.5 mm apart) beyond the change its neighbouring rays show (the chest's own slope).
    const auto& [rig, k, eye] = FrontEye{};
    const auto& scene = embeddedScene();
    for (const auto& [id, pec, side] : bothPectorals()) {
        const Slips slips(scene.parts[std::size_t(pec)].mesh);
        REQUIRE(slips.meshes.size() == 4);
        int changes = 0, steps = 0;
        float worst = 0.0f;
        for (float x = 16.0f * k; x <= 110.0f * k; x += 2.0f * k) {
            // Distance to the pectoralis' outer face and the slip in front, down the column.
            std::vector<float> t;
            std::vector<int> slip;
            for (float z = 1460.0f * k; z >= rig.at("xiphoid").z - 10.0f * k; z -= 0.5f * k) {
                const glm::vec3 dir = glm::normalize(glm::vec3(side * x, -80.0f * k, z) - eye);
                float nearest = 1e9f;
                const int front =
                    tpa::body::test::firstPartHit(eye, dir, {tpa::core::Layer::Skin}) == pec
                        ? slips.front(eye, dir, &nearest)
                        : -1;
                t.push_back(nearest);
                slip.push_back(front);
            }
            for (std::size_t i = 1; i + 2 < t.size(); ++i) {
                if (slip[i] < 0 || slip[i + 1] < 0 || slip[i] == slip[i + 1]) continue;
                if (slip[i - 1] != slip[i] || slip[i + 2] != slip[i + 1]) continue;
                ++changes;
                const float jump =
                    std::abs((t[i + 1] - t[i]) - 0.5f * ((t[i] - t[i - 1]) + (t[i + 2] - t[i + 1])));
                worst = std::max(worst, jump);
                steps += jump > 0.25f * k;
            }
        }
        MESSAGE(std::string(id), ": slip changes ", changes, ", steps over 0.25 mm ", steps,
                ", worst ", worst, " mm");
        // The steps left lie on the clavicular part's lower border past 75 mm out, where its
        // rings are narrowed and sunk onto the arm.
        CHECK(changes > 40);
        CHECK(steps <= changes / 6);
    }
}

TEST_CASE("seen from the front view's eye, the pectoralis major shades as one fan, no lines") {
    // Its four slips are separate pieces whose rims sink under each other; each piece's vertex
    // normals bent down toward its rims and turned off its neighbour's, so every seam shaded
    // as a hard line: one across the upper chest, a long diagonal from the armpit to the lower
    // sternum, and the lowest slip read as a separate armour plate. Over the front of the chest
    // from the 6th cartilage up to just above the sternal angle (the clavicular head's faint
    // groove lies higher), rays 0.5 mm apart from the render's eye whose shading normals differ
    // by more than 10 degrees, the fan's own borders (within 4 mm of a ray meeting something
    // else) left out.
    const auto& [rig, k, eye] = FrontEye{};
    for (const auto& [id, pec, side] : bothPectorals()) {
        const auto [pairs, lines] = tpa::body::test::shadingTurns(
            pec, eye, side, {15.0f * k, 115.0f * k},
            {rig.at("xiphoid").z - 30.0f * k, rig.at("sternal-angle").z + 10.0f * k}, -80.0f * k,
            0.5f * k, 4.0f * k, 10.0f);
        MESSAGE(std::string(id), ": neighbouring rays ", pairs, ", shading turning over 10 degrees ",
                lines);
        CHECK(pairs > 40000);
        CHECK(lines <= 150);
    }
}

TEST_CASE("seen from the front view's eye, no dark line runs between the pectoral's heads") {
    // Along the seam between the clavicular and the upper sternocostal slip, the sternocostal
    // slip's upper rim stood over the clavicular slip's face (the clavicular slip's rings are
    // sunk up to 3 mm where they cross the hollow under the clavicle), and its bevel kept its
    // own normals, facing up and back: from the render's low eye a dark hairline slashed across
    // the upper chest, 90 mm long on each side. Over the front of the chest from the sternal
    // angle up to the clavicle, rays 0.5 mm apart whose first hit is the pectoralis major away
    // from its borders (no ray within 4 mm meets anything else) and whose shading normal turns
    // more than 75 degrees from the eye (edge-on or away), which the renderer shades dark.
    // Before: 119 of 19,005 rays on each side; after: none.
    const auto& [rig, k, eye] = FrontEye{};
    const auto& scene = embeddedScene();
    const std::vector<tpa::core::Layer> skin{tpa::core::Layer::Skin};
    for (const auto& [id, pec, side] : bothPectorals()) {
        const auto& mesh = scene.parts[std::size_t(pec)].mesh;
        const tpa::core::Bvh bvh(mesh);
        const float step = 0.5f * k, margin = 4.0f * k;
        auto ray = [&](float x, float z) {
            return glm::normalize(glm::vec3(side * x, -80.0f * k, z) - eye);
        };
        auto seen = [&](float x, float z) { return firstPartHit(eye, ray(x, z), skin) == pec; };
        int rays = 0, dark = 0;
        for (float z = rig.at("sternal-angle").z; z <= 1450.0f * k; z += step)
            for (float x = 15.0f * k; x <= 135.0f * k; x += step) {
                bool inside = true;
                for (float dz : {-margin, 0.0f, margin})
                    for (float dx : {-margin, 0.0f, margin})
                        inside = inside && seen(x + dx, z + dz);
                if (!inside) continue;
                const glm::vec3 dir = ray(x, z);
                const auto hit = bvh.intersect(mesh, {eye, dir}, 1e9f);
                if (!hit) continue;
                ++rays;
                const glm::vec3 n = tpa::body::test::shadedNormal(mesh, *hit, eye, dir);
                dark += glm::dot(n, -dir) < 0.25f;
            }
        MESSAGE(std::string(id), ": rays ", rays, ", shading turned away from the eye ", dark);
        CHECK(rays > 15000);
        CHECK(dark <= 10);
    }
}

TEST_CASE("seen from the front view's eye, the pectoralis major's slips do not fight in depth") {
    // Where one slip's rim is tucked a fraction of a millimetre under its neighbour's face, the
    // renderer's depth test takes either, pixel by pixel; the tucked rims' bevels kept their own
    // normals, facing up and away, and where they won they read as short jagged dark marks (the
    // clavicular slip's lower edge under the sternocostal slip beside the sternum, and the
    // lower seams). Rays 0.5 mm apart from the render's eye over the front of the chest that
    // meet the pectoralis first: those whose two nearest slips lie within 1 mm of each other and
    // shade apart (the cosine to the eye of their interpolated normals differs by over 0.15).
    // Before: 1,178 of 98,473 rays on each side; after: 14.
    const auto& [rig, k, eye] = FrontEye{};
    const auto& scene = embeddedScene();
    const std::vector<tpa::core::Layer> skin{tpa::core::Layer::Skin};
    for (const auto& [id, pec, side] : bothPectorals()) {
        const auto& mesh = scene.parts[std::size_t(pec)].mesh;
        std::vector<tpa::core::Mesh> slips = tpa::body::test::pieces(mesh);
        REQUIRE(slips.size() == 4);
        std::vector<tpa::core::Bvh> bvhs;
        for (auto& slip : slips) {
            slip.normals = mesh.normals;
            bvhs.emplace_back(slip);
        }
        int rays = 0, close = 0, fights = 0;
        for (float z = rig.at("xiphoid").z - 18.0f * k; z <= 1460.0f * k; z += 0.5f * k)
            for (float x = 10.0f * k; x <= 140.0f * k; x += 0.5f * k) {
                const glm::vec3 dir = glm::normalize(glm::vec3(side * x, -80.0f * k, z) - eye);
                if (firstPartHit(eye, dir, skin) != pec) continue;
                ++rays;
                // Distance and shading of the nearest slip and of the next.
                std::pair<float, float> first{1e9f, 0.0f}, second{1e9f, 0.0f};
                for (std::size_t s = 0; s < slips.size(); ++s) {
                    const auto hit = bvhs[s].intersect(slips[s], {eye, dir}, 1e9f);
                    if (!hit) continue;
                    const glm::vec3 n = tpa::body::test::shadedNormal(slips[s], *hit, eye, dir);
                    const std::pair<float, float> here{hit->t, glm::dot(n, -dir)};
                    if (here.first < first.first) second = std::exchange(first, here);
                    else if (here.first < second.first) second = here;
                }
                if (second.first - first.first > 1.0f * k) continue;
                ++close;
                fights += std::abs(first.second - second.second) > 0.15f;
            }
        MESSAGE(std::string(id), ": rays ", rays, ", two slips within 1 mm ", close,
                ", shading apart ", fights);
        CHECK(rays > 80000);
        CHECK(fights <= 60);
    }
}
