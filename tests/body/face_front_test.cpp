// The face from the front with the skin hidden, as the plate of the muscles of facial
// expression draws it: the procerus and nasalis on the nose between the levators, the
// orbicularis oculi round a closed eye, and the chin's depressors and mentalis lying flat.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

namespace {

// The id of the first part a ray from the front meets through (x lateral, z up) mm from a rig
// point ("#" for bone, "" for none), looking through the skin.
std::string seenFromFront(const tpa::body::Rig& rig, const char* at, float x, float z) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 p = rig.at(at) + glm::vec3(x, 0.0f, z) * k;
    const int hit = firstPartHit({p.x, p.y - 300.0f * k, p.z}, {0.0f, 1.0f, 0.0f});
    if (hit < 0) return "";
    const auto& part = embeddedScene().parts[std::size_t(hit)];
    return part.kind == tpa::core::PartKind::Bone ? "#" : part.id;
}

// Along rows of rays 1 mm apart, the runs of one part no wider than `thin` mm with other parts
// on both sides: slivers, a strap seen edge-on or a shard between two parts.
int slivers(const std::vector<std::string>& row, int thin) {
    int count = 0;
    std::size_t i = 0;
    while (i < row.size()) {
        std::size_t j = i;
        while (j < row.size() && row[j] == row[i]) ++j;
        if (i > 0 && j < row.size() && int(j - i) <= thin) ++count;
        i = j;
    }
    return count;
}

// One letter a part for the printed maps: "#" bone, "." nothing.
char code(const std::string& id) {
    static std::vector<std::string> seen;
    if (id.empty()) return '.';
    if (id == "#") return '#';
    std::size_t i = 0;
    while (i < seen.size() && seen[i] != id) ++i;
    if (i == seen.size()) {
        seen.push_back(id);
        std::printf("  %c %s\n", char('a' + i % 26), id.c_str());
    }
    return char('a' + i % 26);
}

}  // namespace

TEST_CASE("from the front the nose is a few whole muscles, not a pile of slivers") {
    const tpa::body::Rig rig;
    // Rows across the nose every 2 mm from the nasion down to the ala, rays 1 mm apart over
    // 22 mm either side of the midline. Before, the levators lay under the skin of the nose's
    // sides (edge-on from the front) and over the ala, the procerus' lower half stood off the
    // nasalis narrowed into a split tongue, and the halves crossed in a zigzag: 45 slivers in 29
    // rows; 7 now, where four muscles meet at the procerus' lower corners.
    int thin = 0, rows = 0;
    for (float z = -4.0f; z >= -60.0f; z -= 2.0f, ++rows) {
        std::vector<std::string> row;
        for (float x = -22.0f; x <= 22.0f; x += 1.0f) row.push_back(seenFromFront(rig, "nasion", x, z));
        const int n = slivers(row, 3);
        if (n > 0) {
            std::string line;
            for (const auto& id : row) line += code(id);
            std::printf("%5.0f %s %d\n", z, line.c_str(), n);
        }
        thin += n;
    }
    std::printf("nose from the front: %d slivers in %d rows\n", thin, rows);
    CHECK(thin <= 8);
}

TEST_CASE("from the front the closed lids fill the ring's hole to its edge") {
    const tpa::body::Rig rig;
    // Rays from the front 1 mm apart over the orbit inside the ring's outer edge, both sides.
    // Before, the closed lids (the palpebral sheet) stopped short of the ring's inner edge at
    // the lateral canthus, where the ring dips 6-9 mm under the skin: a grey slit of bone in
    // the eye's hole.
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 14.0f; x <= 50.0f; x += 1.0f)
            for (float z = -24.0f; z <= 14.0f; z += 1.0f, ++rays)
                bone += seenFromFront(rig, "nasion", side * x, z) == "#";
    std::printf("the ring's hole from the front: %d of %d rays met bone\n", bone, rays);
    CHECK(bone == 0);
}

TEST_CASE("from the front the frontalis meets the temporalis at the temporal line") {
    const tpa::body::Rig rig;
    // Rays from the front 1 mm apart beside the brow, above the ring's lateral part, where the
    // face's outline turns back into the temple, both sides. Before, a strip of the frontal
    // bone 2-3 mm wide showed between the frontalis' lateral border and the temporalis, pale
    // beside the ring at the face's outline.
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 48.0f; x <= 60.0f; x += 1.0f)
            for (float z = 18.0f; z <= 44.0f; z += 1.0f, ++rays)
                bone += seenFromFront(rig, "nasion", side * x, z) == "#";
    std::printf("temporal line from the front: %d of %d rays met bone\n", bone, rays);
    CHECK(bone <= rays / 25);
}

TEST_CASE("the chin's depressors and mentalis meet without raised rims") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Rays from the front 1 mm apart in rows across the chin, from the menton up to the lower
    // lip: where the first part seen changes between the depressors and the mentalis, how much
    // the depth under the skin changes. Before, the depressor labii inferioris lay over the
    // depressor anguli oris' medial border and 1.5 mm in front of the mentalis, its rounded rims
    // standing proud of both, so the chin read as two bulbous pouches with hard outlines (22 of
    // 73 such edges stepped more than 1 mm; 10 of 73 now).
    auto depthOf = [&](float x, float z, std::string& id) {
        const glm::vec3 p = rig.at("menton") + glm::vec3(x, 0.0f, z) * k;
        const glm::vec3 from{p.x, p.y - 300.0f * k, p.z}, dir{0.0f, 1.0f, 0.0f};
        id = seenFromFront(rig, "menton", x, z);
        for (const auto& h : tpa::body::test::hitsUnderSkin(from, dir))
            if (h.id == id) return h.depth;
        return -1.0f;
    };
    auto chin = [](const std::string& id) {
        for (const char* base : {"mentalis.", "depressor-labii-inferioris.", "depressor-anguli-oris."})
            if (id.rfind(base, 0) == 0) return true;
        return false;
    };
    int edges = 0, steep = 0;
    for (float z = 6.0f; z <= 36.0f; z += 2.0f) {
        std::string prev;
        float prevDepth = 0.0f;
        for (float x = -40.0f; x <= 40.0f; x += 1.0f) {
            std::string id;
            const float d = depthOf(x, z, id);
            if (!prev.empty() && id != prev && chin(id) && chin(prev) && d >= 0.0f &&
                prevDepth >= 0.0f) {
                ++edges;
                steep += std::abs(d - prevDepth) > 1.0f;
            }
            prev = id;
            prevDepth = d;
        }
    }
    std::printf("chin from the front: %d of %d edges between its muscles step over 1 mm\n", steep,
                edges);
    CHECK(edges > 0);
    CHECK(steep <= edges / 5);
}
