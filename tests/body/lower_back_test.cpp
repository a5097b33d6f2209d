// The lower back and hip read as an écorché: the thoracolumbar fascia covers the lumbar spines,
// the sacrum and the posterior iliac crests; the gluteus maximus rises from the posterior iliac
// crest and the side of the sacrum and coccyx; the greater trochanter lies under the iliotibial
// tract and the muscles ending in it. Rays from outside that met bone first there showed the
// spine, the sacrum and the crests as white bars and handles between the muscles.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;

namespace {

// The kind of the first part a ray meets under the skin (Skin when it meets nothing), passing
// parts that lie wholly farther than `beyond` mm from the midline (the hanging arm beside the
// hip).
tpa::core::PartKind firstKind(glm::vec3 from, glm::vec3 direction, std::string& id,
                              float beyond = 1e9f) {
    for (const auto& hit : tpa::body::test::hitsUnderSkin(from, direction)) {
        const int i = embeddedScene().findPart(hit.id);
        REQUIRE(i >= 0);
        const auto& part = embeddedScene().parts[static_cast<std::size_t>(i)];
        float nearest = 1e9f;
        for (const auto& p : part.mesh.positions) nearest = std::min(nearest, std::abs(p.x));
        if (nearest > beyond) continue;
        id = hit.id;
        return part.kind;
    }
    id.clear();
    return tpa::core::PartKind::Skin;
}

bool softTissue(tpa::core::PartKind kind) {
    return kind == tpa::core::PartKind::Muscle || kind == tpa::core::PartKind::Other;
}

// Rays from the posterior view's eye (skin hidden) through a 1 mm grid beside the posterior
// superior iliac spine, `dx` mm lateral of it and `dz` mm above it, both sides together, that
// meet the thoracolumbar fascia first.
int fasciaRaysBesidePsis(glm::vec2 dx, glm::vec2 dz) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const glm::vec3 psis = rig.at("psis");
    int fascia = 0;
    for (float side : {1.0f, -1.0f})
        for (float z = psis.z + dz.x * k; z <= psis.z + dz.y * k; z += 1.0f * k)
            for (float x = psis.x + dx.x * k; x <= psis.x + dx.y * k; x += 1.0f * k) {
                const glm::vec3 at{side * x, psis.y, z};
                const int hit =
                    tpa::body::test::firstPartHit(eye, at - eye, {tpa::core::Layer::Skin});
                if (hit >= 0 &&
                    embeddedScene().parts[std::size_t(hit)].id.rfind("thoracolumbar-fascia", 0) == 0)
                    ++fascia;
            }
    return fascia;
}

}  // namespace

TEST_CASE("the thoracolumbar fascia, not bone, lies under the skin of the lumbar and sacral midline") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // On the midline at L3 and S2 and beside it, the spinous processes and the sacrum lay bare
    // between the erector spinae and the glutei.
    for (const char* level : {"l3", "l5", "s2"})
        for (float x : {0.0f, 6.0f, -6.0f}) {
            const glm::vec3 at = rig.at(level);
            CAPTURE(level);
            CAPTURE(x);
            std::string id;
            const auto kind = firstKind({x * k, at.y + 400.0f * k, at.z}, {0.0f, -1.0f, 0.0f}, id);
            CAPTURE(id);
            CHECK(id.rfind("thoracolumbar-fascia", 0) == 0);
            CHECK(kind == tpa::core::PartKind::Other);
        }
}

TEST_CASE("fascia or muscle covers the posterior iliac crest") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 crest = rig.at("iliac-crest"), psis = rig.at("psis");
    // From the posterior superior iliac spine out along the crest's posterior part, a few mm
    // above and below it: rays from behind meet soft tissue first, on both sides.
    for (float t : {0.0f, 0.2f, 0.4f, 0.6f, 0.8f})
        for (float dz : {-8.0f, 0.0f, 8.0f, 16.0f}) {
            const glm::vec3 at = glm::mix(psis, crest, t);
            for (float side : {1.0f, -1.0f}) {
                CAPTURE(t);
                CAPTURE(dz);
                CAPTURE(side);
                std::string id;
                const auto kind = firstKind({side * at.x, at.y + 400.0f * k, at.z + dz * k},
                                            {0.0f, -1.0f, 0.0f}, id);
                CAPTURE(id);
                CHECK(softTissue(kind));
            }
        }
}

TEST_CASE("the greater trochanter lies under the iliotibial tract and the gluteal muscles") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 gt = rig.at("greater-trochanter");
    // From the side across the trochanter, front to back and top to bottom (past the arm).
    for (float dy : {-15.0f, -5.0f, 5.0f, 15.0f})
        for (float dz : {-30.0f, -15.0f, 0.0f, 15.0f}) {
            for (float side : {1.0f, -1.0f}) {
                CAPTURE(dy);
                CAPTURE(dz);
                CAPTURE(side);
                std::string id;
                const auto kind = firstKind({side * 400.0f * k, gt.y + dy * k, gt.z + dz * k},
                                            {-side, 0.0f, 0.0f}, id, gt.x + 20.0f * k);
                CAPTURE(id);
                CHECK(softTissue(kind));
            }
        }
}

TEST_CASE("the gluteus maximus rises from the posterior iliac crest, sacrum and coccyx") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh("gluteus-maximus");
    // Its upper border starts at the posterior iliac crest just above the PSIS and its medial
    // border runs down the side of the sacrum to the coccyx; it ends on the iliotibial tract
    // over the trochanter and on the gluteal tuberosity below it.
    auto nearest = [&](glm::vec3 p) {
        float best = 1e9f;
        for (const auto& q : mesh.positions) best = std::min(best, glm::length(q - p));
        return best;
    };
    const glm::vec3 psis = rig.at("psis"), gt = rig.at("greater-trochanter");
    CHECK(nearest(psis + glm::vec3(10.0f, 0.0f, 20.0f) * k) < 25.0f * k);
    CHECK(nearest(rig.at("sacrum-lateral")) < 25.0f * k);
    CHECK(nearest(rig.at("coccyx") + glm::vec3(10.0f, 0.0f, 0.0f) * k) < 25.0f * k);
    // Its highest point lies at the crest, above the PSIS, not lower down the sacrum.
    float top = -1e9f, topX = 0.0f;
    for (const auto& p : mesh.positions)
        if (p.z > top) top = p.z, topX = p.x;
    CHECK(top > psis.z + 10.0f * k);
    CHECK(topX < psis.x + 40.0f * k);
    // The upper border runs down and out to the trochanter: rays from behind just under it,
    // from the PSIS to near the trochanter, meet the gluteus maximus; just above it laterally
    // the gluteus medius shows.
    for (float t : {0.2f, 0.4f, 0.6f}) {
        const glm::vec3 at = glm::mix(psis + glm::vec3(18.0f, 0.0f, 28.0f) * k,
                                      gt + glm::vec3(8.0f, 0.0f, 12.0f) * k, t);
        CAPTURE(t);
        CHECK(tpa::body::test::firstPartHitId({at.x, at.y + 400.0f * k, at.z - 20.0f * k},
                                              {0.0f, -1.0f, 0.0f}) == "gluteus-maximus.left");
    }
    CHECK(nearest(gt + glm::vec3(-12.0f, 28.0f, -100.0f) * k) < 25.0f * k);
}

TEST_CASE("the thoracolumbar fascia is a tendinous part on both sides, mirror images") {
    const int l = embeddedScene().findPart("thoracolumbar-fascia.left");
    const int r = embeddedScene().findPart("thoracolumbar-fascia.right");
    REQUIRE(l >= 0);
    REQUIRE(r >= 0);
    const auto& left = embeddedScene().parts[static_cast<std::size_t>(l)];
    const auto& right = embeddedScene().parts[static_cast<std::size_t>(r)];
    CHECK(left.kind == tpa::core::PartKind::Other);
    CHECK(left.side == tpa::core::Side::Left);
    CHECK(right.side == tpa::core::Side::Right);
    CHECK(left.muscleId.empty());
    // A diamond: wide at the iliac crests (over 200 mm across both halves), narrow at T12 and
    // at the sacrum.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    auto halfWidth = [&](float z) {
        float w = 0.0f;
        for (const auto& p : left.mesh.positions)
            if (std::abs(p.z - z) < 6.0f * k) w = std::max(w, p.x);
        return w;
    };
    const float widest = halfWidth(rig.at("l5").z + 55.0f * k);
    CAPTURE(widest);
    CHECK(widest > 100.0f * k);
    CHECK(halfWidth(rig.at("t12").z - 5.0f * k) < 0.5f * widest);
    CHECK(halfWidth(rig.at("coccyx").z + 20.0f * k) < 0.3f * widest);
}

TEST_CASE("the latissimus' lower border runs as one line from T12 down and out to the crest") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Seen from behind with the skin hidden, its muscular border (medial to it the white
    // thoracolumbar fascia) runs from beside the spine at T12 down and out toward the iliac
    // crest. Laid as four slips, each from a straight chord of its origin line, the chords'
    // ends stood out as teeth over the fascia: the upper slip's end as a tongue beside the
    // spine below the border's start (rows crossing it met latissimus, fascia, latissimus), the
    // border jumping 20 mm sideways below it.
    const float top = rig.at("t12").z, bottom = rig.at("psis").z + 40.0f * k;
    for (float side : {1.0f, -1.0f}) {
        const std::string lat = side > 0.0f ? "latissimus-dorsi.left" : "latissimus-dorsi.right";
        int splitRows = 0;
        float maxJump = 0.0f, prev = -1.0f, first = -1.0f, last = -1.0f;
        for (float z = top; z >= bottom; z -= 2.0f * k) {
            int runs = 0;
            float border = -1.0f;
            bool inLat = false;
            for (float x = 0.0f; x <= 110.0f; x += 1.0f) {
                const bool hit = tpa::body::test::firstPartHitId({side * x * k, 400.0f * k, z},
                                                                 {0.0f, -1.0f, 0.0f}) == lat;
                if (hit && !inLat) {
                    ++runs;
                    if (border < 0.0f) border = x;
                }
                inLat = hit;
            }
            if (runs > 1) ++splitRows;
            if (border < 0.0f) continue;
            if (prev >= 0.0f) maxJump = std::max(maxJump, std::abs(border - prev));
            if (first < 0.0f) first = border;
            prev = last = border;
        }
        CAPTURE(side);
        CAPTURE(first);
        CAPTURE(last);
        CAPTURE(maxJump);
        CHECK(splitRows == 0);
        CHECK(maxJump <= 4.0f);
        // Beside the spine at T12, 40 mm or more out at the bottom.
        CHECK(first <= 15.0f);
        CHECK(last >= 40.0f);
    }
}

TEST_CASE("no iliac crest shows between the latissimus, the obliques and the gluteus medius") {
    // Seen from behind with the skin hidden, at the side of the waist the latissimus' lowest
    // slip leaves the crest for the tenth rib and the lumbar triangle opens lateral to it, its
    // floor the internal oblique. That muscle's origin began at the crest's highest point, and
    // the crest's arc behind it (15 mm above the chord the gluteus medius' upper border
    // follows) showed as a pale sliver 30 mm long between the triangle and the gluteus medius.
    // Its origin runs back along the crest to the latissimus' lowest anchor.
    using tpa::body::test::embeddedScene;
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 crest = rig.at("iliac-crest");
    int bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float dz = -32.0f; dz <= 28.0f; dz += 2.0f)
            for (float dx = -44.0f; dx <= 26.0f; dx += 2.0f) {
                const int hit = tpa::body::test::firstPartHit(
                    {side * (crest.x + dx * k), 400.0f * k, crest.z + dz * k}, {0.0f, -1.0f, 0.0f},
                    {tpa::core::Layer::Skin});
                if (hit >= 0 &&
                    embeddedScene().parts[std::size_t(hit)].kind == tpa::core::PartKind::Bone)
                    ++bone;
            }
    MESSAGE("rays from behind meeting bone first at the side of the waist: ", bone);
    CHECK(bone == 0);
}

TEST_CASE("no sacrum shows between the thoracolumbar fascia and the gluteus maximus' origin") {
    // Seen from behind with the skin hidden, the gluteus maximus' medial border runs down the
    // side of the sacrum to the coccyx over the fascia's lower piece. That piece narrowed to
    // 13 mm at the coccyx, its feathered edge 3-6 mm short of the muscle's border below S3,
    // and the sacrum showed between them as a pale sliver 45 mm long on each side. It ends
    // 21 mm wide, under the muscle's border.
    using tpa::body::test::embeddedScene;
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float bottom = rig.at("coccyx").z, top = rig.at("s2").z + 20.0f * k;
    int bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float z = bottom; z <= top; z += 1.0f * k)
            for (float x = 0.0f; x <= 60.0f; x += 1.0f) {
                const int hit = tpa::body::test::firstPartHit(
                    {side * x * k, 400.0f * k, z}, {0.0f, -1.0f, 0.0f}, {tpa::core::Layer::Skin});
                if (hit >= 0 &&
                    embeddedScene().parts[std::size_t(hit)].kind == tpa::core::PartKind::Bone)
                    ++bone;
            }
    MESSAGE("rays from behind meeting bone first beside the sacrum: ", bone);
    CHECK(bone == 0);
}

TEST_CASE("the thoracolumbar fascia's two pieces meet without a step where they show") {
    // The fascia is laid in two pieces, overlapping across the loin below L3. The lower piece's
    // top edge lay 0.7-1.4 mm over the upper piece's face, a pale ledge across the diamond
    // seen from behind. It starts 0.3 mm deeper, just over that face: the sheet's face, where
    // no muscle covers it, rises or falls by under 0.7 mm from one ray to the next 0.5 mm away
    // (0.95 before).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh("thoracolumbar-fascia");
    const float low = rig.at("l5").z, high = rig.at("l3").z + 30.0f * k;
    float worst = 0.0f, worstX = 0.0f, worstZ = 0.0f;
    for (float x = 4.0f; x <= 130.0f; x += 3.0f) {
        float prev = -1.0f;
        for (float z = low; z <= high; z += 0.5f * k) {
            const glm::vec3 from{x * k, 400.0f * k, z};
            const auto crossings = tpa::body::test::meshCrossings(mesh, from, {0, -1, 0});
            if (crossings.empty() || tpa::body::test::firstPartHitId(from, {0, -1, 0}) !=
                                         "thoracolumbar-fascia.left") {
                prev = -1.0f;
                continue;
            }
            const float t = crossings.front().t;
            if (prev >= 0.0f && std::abs(t - prev) > worst)
                worst = std::abs(t - prev), worstX = x, worstZ = z;
            prev = t;
        }
    }
    MESSAGE("largest step in the fascia's face ", worst, " mm at x ", worstX, ", z ", worstZ);
    CHECK(worst < 0.7f * k);
}

TEST_CASE("the seam between the latissimus' two middle slips runs up from its lowest point") {
    // The latissimus is laid as four slips of one sheet, overlapping where they meet; the
    // second and third meet at its lowest point over the fascia, where the origin line bends
    // from down the loin to along the crest. At one depth their faces crossed in a staircase
    // up from that point, the seam stepping 1-3 mm sideways; the odd slips lie 0.4 mm under
    // the even ones at the origin (slipStagger), so the third's feathered rim runs out onto
    // the second's face in one line. Seen from behind (rays through its mesh alone), where
    // along each row the nearest face passes from the second slip to the third, against a
    // straight line fitted through those points.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh("latissimus-dorsi");
    // Each slip is a closed tube of its own: label the triangles by connected piece, in the
    // order the slips were laid.
    std::vector<std::uint32_t> root(mesh.positions.size());
    for (std::uint32_t i = 0; i < root.size(); ++i) root[i] = i;
    auto find = [&](std::uint32_t a) {
        while (root[a] != a) a = root[a] = root[root[a]];
        return a;
    };
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int e = 1; e < 3; ++e) root[find(mesh.indices[t + e])] = find(mesh.indices[t]);
    std::vector<int> slip(mesh.triangleCount(), -1);
    std::vector<std::uint32_t> seen;
    for (std::size_t t = 0; t < slip.size(); ++t) {
        const auto r = find(mesh.indices[3 * t]);
        const auto it = std::find(seen.begin(), seen.end(), r);
        slip[t] = int(it - seen.begin());
        if (it == seen.end()) seen.push_back(r);
    }
    REQUIRE(seen.size() == 4);
    // The slip whose face a ray from behind meets first.
    auto nearest = [&](glm::vec3 from) {
        const glm::vec3 dir{0.0f, -1.0f, 0.0f};
        float best = 1e9f;
        int which = -1;
        for (std::size_t t = 0; t < slip.size(); ++t) {
            const glm::vec3 a = mesh.positions[mesh.indices[3 * t]],
                            b = mesh.positions[mesh.indices[3 * t + 1]],
                            c = mesh.positions[mesh.indices[3 * t + 2]];
            const glm::vec3 e1 = b - a, e2 = c - a, p = glm::cross(dir, e2);
            const float det = glm::dot(e1, p);
            if (std::abs(det) < 1e-9f) continue;
            const glm::vec3 s = from - a;
            const float u = glm::dot(s, p) / det;
            if (u < 0.0f || u > 1.0f) continue;
            const glm::vec3 q = glm::cross(s, e1);
            const float v = glm::dot(dir, q) / det;
            if (v < 0.0f || u + v > 1.0f) continue;
            const float d = glm::dot(e2, q) / det;
            if (d > 0.0f && d < best) best = d, which = slip[t];
        }
        return which;
    };
    const float low = rig.at("psis").z + 30.0f * k, high = low + 60.0f * k;
    std::vector<glm::vec2> seam;
    for (float z = low; z <= high; z += 1.0f * k)
        for (float x = 20.0f; x <= 110.0f; x += 0.5f) {
            if (nearest({x * k, 400.0f * k, z}) != 1) continue;
            if (nearest({(x + 0.5f) * k, 400.0f * k, z}) == 2) {
                seam.push_back({z, x});
                break;
            }
        }
    REQUIRE(seam.size() > 20);
    float mz = 0.0f, mx = 0.0f;
    for (const auto& p : seam) mz += p.x / float(seam.size()), mx += p.y / float(seam.size());
    float szz = 0.0f, szx = 0.0f;
    for (const auto& p : seam) szz += (p.x - mz) * (p.x - mz), szx += (p.x - mz) * (p.y - mx);
    const float slope = szx / szz;
    float worst = 0.0f;
    for (const auto& p : seam) worst = std::max(worst, std::abs(mx + slope * (p.x - mz) - p.y));
    MESSAGE("seam rows ", seam.size(), ", slope ", slope, ", largest step off its line ", worst);
    CHECK(worst < 1.0f * k);
}

TEST_CASE("no white spikes of fascia between the latissimus and the gluteus medius at the crest") {
    // Seen from behind with the skin hidden, the latissimus' lower fibres arise from the crest
    // and the gluteus medius' top follows the crest below them, the lumbar triangle (floored by
    // the internal oblique) opening lateral to the latissimus. The fascia's lateral corners
    // reached 134 mm out over the crest, and the gluteus medius' top ran 15 mm below the
    // latissimus' border there: the fascia showed as a white channel and star-shaped spikes
    // between them, the gluteus medius' border toothed where it crossed the fascia. Rays from
    // the posterior view over the crest lateral to the latissimus' lowest point (x over
    // psis.x + 58 mm, z over crest.z - 30 mm) must not meet the fascia first; and along each
    // row from the latissimus' lowest point up to the crest the gluteus medius' border over the
    // fascia (within 80 mm of the PSIS) shows as one run (370 rays and 16 rows before, both
    // sides together).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    const glm::vec3 crest = rig.at("iliac-crest"), psis = rig.at("psis");
    int lateral = 0, toothedRows = 0, islandRows = 0;
    for (float side : {1.0f, -1.0f}) {
        const std::string gmed = side > 0.0f ? "gluteus-medius.left" : "gluteus-medius.right";
        for (float z = psis.z + 20.0f * k; z <= crest.z + 20.0f * k; z += 1.0f * k) {
            int runs = 0, outerRuns = 0;
            bool inGmed = false;
            for (float x = psis.x; x <= crest.x + 30.0f * k; x += 1.0f * k) {
                const glm::vec3 at{side * x, psis.y, z};
                const int hit =
                    tpa::body::test::firstPartHit(eye, at - eye, {tpa::core::Layer::Skin});
                const std::string id =
                    hit < 0 ? std::string() : embeddedScene().parts[std::size_t(hit)].id;
                if (id.rfind("thoracolumbar-fascia", 0) == 0 && x > psis.x + 58.0f * k &&
                    z > crest.z - 30.0f * k)
                    ++lateral;
                if (id == gmed && !inGmed) ++(x <= psis.x + 80.0f * k ? runs : outerRuns);
                inGmed = id == gmed;
            }
            if (runs > 1) ++toothedRows;
            if (outerRuns > 1) ++islandRows;
        }
    }
    MESSAGE("fascia rays lateral to the latissimus over the crest: ", lateral,
            "; rows where the gluteus medius shows in more than one piece: ", toothedRows,
            "; rows where its top laterally shows in more than one piece: ", islandRows);
    CHECK(lateral == 0);
    CHECK(toothedRows == 0);
    // Lateral to that, the lumbar triangle's floor still shows through the gluteus medius' top
    // in small dark triangles over the crest (18 rows before, 4 now).
    CHECK(islandRows <= 4);
}

TEST_CASE("no pointed fascia between the latissimus' lowest tip and the gluteus medius' top") {
    // Seen from behind with the skin hidden, the fascia's lower piece reached 124 mm out at its
    // corner, and its lateral edge ran down past the latissimus' lowest tip onto the gluteus
    // medius' top: a white pointed triangle showed on each side just lateral to the fascia's
    // diamond, between the two muscles. Rays from the posterior view 40-80 mm lateral to the
    // PSIS, from its level to 40 mm above it, meet the gluteus medius or the latissimus there
    // more than the fascia (988 fascia rays at first, 332 with the corner pulled in, both
    // sides together: a corner pulled in further bares the sacrum beside the gluteus
    // maximus' origin). The lower piece's lateral rim also sinks under the gluteus medius'
    // top from the corner down (314 before, 72 then), and further below the corner (0 now).
    const int fascia = fasciaRaysBesidePsis({40.0f, 80.0f}, {0.0f, 40.0f});
    MESSAGE("fascia rays between the latissimus' tip and the gluteus medius: ", fascia);
    CHECK(fascia < 10);
}

TEST_CASE("seen from the posterior view's eye, the thoracolumbar fascia shades as one sheet") {
    // Its two pieces overlap across the loin, the lower one's top edge over the upper one's
    // face; each piece's own normals turned a little apart and the edge's faced up, so a
    // bright crease ran straight across the diamond at the crests' level, a line of bone more
    // than a glistening aponeurosis. Rays 0.5 mm apart from the render's eye between T12 and
    // the sacrum whose shading normals differ by more than 5 degrees, the fascia's own borders
    // (within 4 mm of a ray meeting a muscle) left out.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& scene = tpa::body::test::embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Posterior);
    for (const char* id : {"thoracolumbar-fascia.left", "thoracolumbar-fascia.right"}) {
        const int fascia = scene.findPart(id);
        REQUIRE(fascia >= 0);
        const float side = std::string(id).ends_with(".left") ? 1.0f : -1.0f;
        const auto [pairs, lines] = tpa::body::test::shadingTurns(
            fascia, eye, side, {6.0f * k, 120.0f * k},
            {rig.at("l5").z - 40.0f * k, rig.at("t12").z}, 80.0f * k, 0.5f * k, 4.0f * k, 5.0f);
        MESSAGE(std::string(id), ": neighbouring rays ", pairs, ", shading turning over 5 degrees ",
                lines);
        CHECK(pairs > 10000);
        CHECK(lines <= 20);
    }
}

TEST_CASE("from behind, the gluteus maximus' medial border beside the fascia is one clean curve") {
    // Below its corner over the posterior superior iliac spine the muscle's medial border is
    // where its diving origin comes up through the fascia's lower piece, and lower down the
    // fascia's lateral rim. The border ran straight down 30 mm, bulged back out and turned
    // in a notch onto the rim's diagonal: a step in the outline beside the white diamond.
    // Rows 1 mm apart from 12 mm above the spine to 60 mm below it, where straight rays from
    // behind first meet the muscle (0.5 mm steps out from the midline): how far each row's
    // border lies off the chord of the rows 9 mm above and below, and how far it runs back
    // out laterally below the innermost point above it (a notch). Before: 3.5 and 1.5 mm.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 psis = rig.at("psis");
    for (float side : {1.0f, -1.0f}) {
        const std::string id = side > 0 ? "gluteus-maximus.left" : "gluteus-maximus.right";
        std::vector<float> border;
        for (float dz = 12.0f; dz >= -60.0f; dz -= 1.0f) {
            float found = -1.0f;
            for (float x = 20.0f; x <= 110.0f && found < 0.0f; x += 0.5f)
                if (tpa::body::test::firstPartHitId({side * x * k, 400.0f * k, psis.z + dz * k},
                                                    {0.0f, -1.0f, 0.0f}) == id)
                    found = x;
            REQUIRE(found > 0.0f);
            border.push_back(found);
        }
        float bulge = 0.0f;
        for (std::size_t i = 9; i + 9 < border.size(); ++i)
            bulge = std::max(bulge, std::abs(border[i] - 0.5f * (border[i - 9] + border[i + 9])));
        float innermost = border.front(), outward = 0.0f;
        for (float x : border) {
            innermost = std::min(innermost, x);
            outward = std::max(outward, x - innermost);
        }
        MESSAGE(id, ": largest bulge off the chord ", bulge, " mm, out again below its innermost ",
                outward, " mm");
        CHECK(bulge < 2.5f);
        CHECK(outward < 1.0f);
    }
}

TEST_CASE("from the side, no fascia spike or slit of crest between the glutei's tops") {
    // Seen from the side view's eye with the skin hidden, at the back of the hip the gluteus
    // medius' posterior top meets the gluteus maximus' upper rim over the posterior iliac
    // crest, under the latissimus' lowest fibres. The fascia's lower piece lay over the
    // gluteus medius' top there, its lateral rim a white spike reaching down between the two
    // muscles, and beside it the crest showed in a dark slit. Rays from the side view's eye
    // (left and right) through a half-millimetre grid of the sagittal plane 70 mm out over the
    // back of the crest: none meets bone first (12 before), and the fascia shows on fewer
    // than 3150 (3306 before, 2980 now).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 psis = rig.at("psis");
    int bone = 0, fascia = 0;
    for (float side : {1.0f, -1.0f}) {
        using tpa::core::ViewPreset;
        const glm::vec3 eye =
            tpa::body::test::presetEye(side > 0.0f ? ViewPreset::Left : ViewPreset::Right);
        for (float z = psis.z - 5.0f * k; z <= psis.z + 40.0f * k; z += 0.5f * k)
            for (float y = psis.y - 30.0f * k; y <= psis.y + 10.0f * k; y += 0.5f * k) {
                const glm::vec3 at{side * 70.0f * k, y, z};
                const int hit =
                    tpa::body::test::firstPartHit(eye, at - eye, {tpa::core::Layer::Skin});
                if (hit < 0) continue;
                const auto& part = embeddedScene().parts[std::size_t(hit)];
                if (part.kind == tpa::core::PartKind::Bone) ++bone;
                if (part.id.rfind("thoracolumbar-fascia", 0) == 0) ++fascia;
            }
    }
    MESSAGE("rays from the side over the back of the crest meeting bone first: ", bone,
            ", the fascia: ", fascia);
    CHECK(bone == 0);
    CHECK(fascia < 3150);
}

TEST_CASE("no white fascia block between the latissimus' tip, gluteus maximus and medius") {
    // Seen from behind with the skin hidden, just lateral of the gluteus maximus' upper corner
    // and under the latissimus' lowest tip (30-45 mm lateral of the posterior superior iliac
    // spine, 5-18 mm above it) a pit opened 10 mm deep, its floor the fascia's lower piece:
    // its rim and sloping side lit like a block of bone between the three muscles. Its
    // lateral rim sinks further there (depthAcross, 5.5 mm instead of 3), under the gluteus
    // medius' top, which floors the pit. Rays from the posterior view's eye over that spot
    // meeting the fascia first (both sides together): 214 before, 12 now, specks along the
    // gluteus maximus' rim. Sunk 5.5 mm down to the sacrum too, the gluteus maximus' medial
    // border bulged over it; sunk further at the corner, the crest showed from the side.
    const int fascia = fasciaRaysBesidePsis({28.0f, 48.0f}, {4.0f, 18.0f});
    MESSAGE("fascia rays in the pit under the latissimus' tip: ", fascia);
    CHECK(fascia < 20);
}
