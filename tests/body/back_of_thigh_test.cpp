// The back of the thigh with the skin hidden (--layer skin=hidden, posterior view), as an
// anatomist names the hamstrings: the biceps femoris' long head laterally, over the vastus
// lateralis' posterior edge, and no window through the thigh between the hamstrings.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::seenOnGrid;
using tpa::core::Layer;
using tpa::core::ViewPreset;

TEST_CASE("from behind, the biceps femoris' long head lies over the vastus lateralis") {
    // Points on a 2 mm grid over the back of the thigh 12-27 cm above the knee and 2-5 cm
    // lateral of it, each side. The vastus lateralis, laid 2 mm under the skin round the back
    // of the thigh, covered the long head there but for a strip at its edge, their faces
    // coinciding in patches: of 1,216 rays 575 met the biceps first and 624 the vastus
    // lateralis. With its posterior border sunk and the long head widened, 1,176 meet the
    // biceps first and none the vastus lateralis.
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen = seenOnGrid(ViewPreset::Posterior, "knee-joint", side, {20.0f, 50.0f},
                                     {0.0f, 0.0f}, {120.0f, 270.0f}, 2.0f, {Layer::Skin});
        const std::string suffix = side > 0 ? ".left" : ".right";
        auto seenFirst = [&](const std::string& id) {
            const auto found = seen.byId.find(id + suffix);
            return found == seen.byId.end() ? 0 : found->second;
        };
        CAPTURE(seenFirst("vastus-lateralis"));
        const int count = seenFirst("biceps-femoris");
        CAPTURE(count);
        CAPTURE(seen.parts);
        CHECK(count >= seen.parts * 85 / 100);
    }
}

TEST_CASE("from behind, no ray passes between the hamstrings to the front of the thigh") {
    // Under the gluteal fold the long head left the ischial tuberosity laterally so fast that a
    // window opened between it, the semitendinosus and the semimembranosus: 43 rays on a 2 mm
    // grid (each side) met the rectus femoris first, through the whole thigh; now none. When
    // the gluteus maximus' lower border no longer folded down over it, 2 rays a side passed
    // between the semimembranosus and the long head 60 mm under the tuberosity; none with the
    // semimembranosus 6 mm wider.
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen = seenOnGrid(ViewPreset::Posterior, "ischial-tuberosity", side,
                                     {-50.0f, 110.0f}, {0.0f, 0.0f}, {-160.0f, 10.0f}, 2.0f,
                                     {Layer::Skin});
        int through = 0;
        for (const auto& [id, n] : seen.byId)
            for (const char* front :
                 {"rectus-femoris", "vastus-medialis", "vastus-intermedius", "sartorius", "femur"})
                if (id.rfind(front, 0) == 0) through += n;
        CAPTURE(through);
        CHECK(through == 0);
    }
}

namespace {

// The part of the embedded scene with this id; fails the test when there is none.
const tpa::core::Part& partById(const std::string& id) {
    for (const auto& part : tpa::body::test::embeddedScene().parts)
        if (part.id == id) return part;
    FAIL("no part " << id);
    throw;
}

}  // namespace

TEST_CASE("from behind, the hamstrings' tops pass under the gluteus maximus' lower border") {
    // Rays from the posterior eye on a 2 mm grid from 60 mm medial to 90 mm lateral of the
    // ischial tuberosity and from 60 mm below it to 20 mm above, each side: those that meet
    // the biceps femoris, the semitendinosus or the semimembranosus first and pass through the
    // gluteus maximus behind it. Laid 2-5 mm under the skin from their origins, the hamstrings'
    // tops ran through the gluteus' lower part (20-30 mm thick there) and stood out of it as
    // twisted tendon-tops and shards round the gluteal fold: 312 such rays a side. Sunk under
    // it toward their origins (depthProfile), they leave it at its lower border: 11.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(ViewPreset::Posterior);
    const glm::vec3 at = rig.at("ischial-tuberosity");
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string suffix = side > 0 ? ".left" : ".right";
        const auto& gluteus = partById("gluteus-maximus" + suffix).mesh;
        int through = 0;
        for (float x = -60.0f; x <= 90.0f; x += 2.0f)
            for (float z = -60.0f; z <= 20.0f; z += 2.0f) {
                const glm::vec3 point(side * (at.x + x * k), at.y, at.z + z * k);
                const std::string id = tpa::body::test::firstPartHitId(eye, point - eye);
                bool hamstring = false;
                for (const char* muscle : {"biceps-femoris", "semitendinosus", "semimembranosus"})
                    hamstring = hamstring || id == muscle + suffix;
                if (hamstring && !tpa::body::test::meshCrossings(gluteus, eye, point - eye).empty())
                    ++through;
            }
        CHECK(through <= 12);
    }
}

namespace {

// What the posterior eye sees first along a row `z` mm under the ischial tuberosity (negative
// down), x from -x1 to x1 mm in 1 mm steps (+x lateral on `side`): the first part's id per ray,
// medial to lateral.
std::vector<std::string> rowAcrossThigh(float side, float z, float x1) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(ViewPreset::Posterior);
    const glm::vec3 at = rig.at("ischial-tuberosity");
    std::vector<std::string> row;
    for (float x = -x1; x <= x1; x += 1.0f) {
        const glm::vec3 point(side * (at.x + x * k), at.y, at.z + z * k);
        row.push_back(tpa::body::test::firstPartHitId(eye, point - eye));
    }
    return row;
}

// The same row as how many rays met each part first, by id.
std::map<std::string, int> seenAcrossThigh(float side, float z, float x1) {
    std::map<std::string, int> seen;
    for (const auto& id : rowAcrossThigh(side, z, x1)) ++seen[id];
    return seen;
}

}  // namespace

TEST_CASE("from behind, the semitendinosus leaves the gluteal fold as a belly, not a tube") {
    // Its breadth seen first from behind, 40, 50 and 60 mm under the ischial tuberosity (1 mm
    // steps). With the fusiform profile its top was a tendon-thin tube curving in to the
    // midline (21, 20, 24 mm); with a belly fullest in its upper half (widthProfile) and laid
    // from behind the tuberosity, it is 31, 27, 26 mm, beside the biceps' long head.
    for (const float side : {1.0f, -1.0f})
        for (const float z : {-40.0f, -50.0f, -60.0f}) {
            CAPTURE(side);
            CAPTURE(z);
            const std::string suffix = side > 0 ? ".left" : ".right";
            CHECK(seenAcrossThigh(side, z, 80.0f)["semitendinosus" + suffix] >= 25);
        }
}

TEST_CASE("from behind, the semitendinosus' belly lies beside the long head down the thigh") {
    // Breadths seen first from behind, 80, 120 and 160 mm under the ischial tuberosity (1 mm
    // steps). Laid straight from the tuberosity to 38 mm medial of the knee, 46 mm wide, the
    // semitendinosus ran down the medial edge of the back of the thigh as a strip (25-26 mm)
    // and the semimembranosus filled the middle between it and the biceps as a broad field
    // (1, 17, 34 mm). Through a point 8 mm medial of the femur at mid-thigh, 62 mm wide, it
    // is 43, 57, 69 mm, and the semimembranosus shows below, beside its tendon (0, 3, 6 mm).
    for (const float side : {1.0f, -1.0f})
        for (const float z : {-80.0f, -120.0f, -160.0f}) {
            CAPTURE(side);
            CAPTURE(z);
            const std::string suffix = side > 0 ? ".left" : ".right";
            auto seen = seenAcrossThigh(side, z, 100.0f);
            const int semitendinosus = seen["semitendinosus" + suffix];
            const int semimembranosus = seen["semimembranosus" + suffix];
            MESSAGE("side " << side << ", " << -z << " mm down: semitendinosus " << semitendinosus
                            << " mm, semimembranosus " << semimembranosus << " mm");
            CHECK(semitendinosus >= 35);
            CHECK(semimembranosus <= 15);
        }
}

TEST_CASE("from behind, the biceps' short head comes out under the long head, no ragged top") {
    // Over the back of the thigh 200-280 mm under the ischial tuberosity, 25-75 mm lateral of
    // it, rays 0.5 mm apart from the render's eye whose shading normals on the biceps femoris
    // differ by more than 10 degrees (its borders with other parts left out). The short head,
    // 2 mm under the skin from its top like the long head, crossed the long head's face at a
    // shallow angle there, a ragged notch in the long head's medial border at mid-thigh: 83
    // turns a side. Its top now starts 24 mm lateral of the femur and 22 mm down, rising over
    // half its length (depthProfile: the long head keeps its own), and comes out from under
    // the long head's border as a clean wedge: 58, along that border.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = tpa::body::test::embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(ViewPreset::Posterior);
    const glm::vec3 at = rig.at("ischial-tuberosity");
    for (const char* id : {"biceps-femoris.left", "biceps-femoris.right"}) {
        const int biceps = scene.findPart(id);
        REQUIRE(biceps >= 0);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        const auto [pairs, lines] = tpa::body::test::shadingTurns(
            biceps, eye, side, {at.x + 25.0f * k, at.x + 75.0f * k},
            {at.z - 280.0f * k, at.z - 200.0f * k}, at.y, 0.5f * k, 4.0f * k, 10.0f);
        MESSAGE(std::string(id), ": neighbouring rays ", pairs,
                ", shading turning over 10 degrees ", lines);
        CHECK(lines <= 60);
    }
}

TEST_CASE("below mid-thigh, the semimembranosus shows either side of the semitendinosus' tendon") {
    // Rays seen first from behind, 240, 260 and 280 mm under the ischial tuberosity (1 mm
    // steps): the semitendinosus, and the semimembranosus medial and lateral of it. With the
    // semitendinosus' belly full down to the knee (38, 34, 30 mm), the semimembranosus showed
    // only lateral of it (medially 0, laterally 30, 25, 25 mm): two long bellies side by side
    // and no tendon. Its belly tapering to its tendon from a little below mid-thigh
    // (widthProfile) and the semimembranosus' lower belly laid further medially (via), the
    // tendon is 28, 18, 15 mm and the semimembranosus shows either side of it, more medially
    // (19, 20, 17 mm; laterally 11, 13, 13).
    for (const float side : {1.0f, -1.0f})
        for (const float z : {-240.0f, -260.0f, -280.0f}) {
            const std::string suffix = side > 0 ? ".left" : ".right";
            const auto row = rowAcrossThigh(side, z, 100.0f);
            std::size_t first = row.size(), last = 0;
            for (std::size_t i = 0; i < row.size(); ++i)
                if (row[i] == "semitendinosus" + suffix) {
                    first = std::min(first, i);
                    last = i;
                }
            int medial = 0, lateral = 0;
            for (std::size_t i = 0; i < row.size(); ++i)
                if (row[i] == "semimembranosus" + suffix) ++(i < first ? medial : lateral);
            MESSAGE("side " << side << ", " << -z << " mm down: semitendinosus "
                            << (first <= last ? last - first + 1 : 0) << " mm, semimembranosus "
                            << medial << " mm medial, " << lateral << " mm lateral");
            REQUIRE(first <= last);
            CHECK(last - first + 1 <= 30);
            CHECK(medial >= 12);
            CHECK(lateral >= 6);
            CHECK(medial >= lateral);
        }
}

TEST_CASE("from behind, no femur or vastus lateralis between the semitendinosus and long head") {
    // About 220 mm under the ischial tuberosity the semitendinosus' belly tapers and its
    // lateral border parted from the biceps' long head: in the slot between them the vastus
    // lateralis showed 20-25 mm deep, medial of the biceps, and at the slot's medial side white
    // specks of the femur 70 mm deep. The semitendinosus' belly now runs through a point 5.5 mm
    // medial of the femur at mid-thigh (8 before). Rays on a 1 mm grid 10-70 mm lateral of the
    // tuberosity, 180-250 mm under it, that meet the femur or the vastus lateralis first: 15
    // and 257 a side before, 1 and 183 now (5 mm medial or less, it covers so much of the long
    // head's medial border above the knee that the first test's 85 % fails).
    for (const float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const auto seen = seenOnGrid(ViewPreset::Posterior, "ischial-tuberosity", side,
                                     {10.0f, 70.0f}, {0.0f, 0.0f}, {-250.0f, -180.0f}, 1.0f,
                                     {Layer::Skin});
        const std::string suffix = side > 0 ? ".left" : ".right";
        const auto found = seen.byId.find("vastus-lateralis" + suffix);
        const int vastus = found == seen.byId.end() ? 0 : found->second;
        MESSAGE("side " << side << ": femur " << seen.bones << ", vastus lateralis " << vastus);
        CHECK(seen.bones <= 1);
        CHECK(vastus <= 190);
    }
}
