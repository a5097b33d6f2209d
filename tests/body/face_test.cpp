// The face as an écorché shows it: muscle over the orbits, lips and cheeks, with the facial
// skeleton far enough under the skin for it, and the masseter covering the ramus. Before, the
// facial bones lay at the bone clearance (4 mm) under the skin, no facial muscle fitted over
// them, and the face was a bare skull.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;
using tpa::body::test::hitsUnderSkin;

namespace {

// A point of the face from the rig: (x lateral, z up) relative to a rig point, for one side.
glm::vec3 facePoint(const tpa::body::Rig& rig, const char* at, float x, float z, float side) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 p = rig.at(at) + glm::vec3(x, 0.0f, z) * k;
    return {side * p.x, -400.0f * k, p.z};
}

// The first muscle or bone part a ray from the front meets, looking through the skin.
const tpa::core::Part* firstFromFront(glm::vec3 from) {
    const int hit = firstPartHit(from, {0.0f, 1.0f, 0.0f});
    return hit < 0 ? nullptr : &embeddedScene().parts[std::size_t(hit)];
}

// Rays from the front on both sides, every 2 mm over [x0, x1] x [z0, z1] from a rig point,
// where `keep` accepts the offset: how many there were, and how many met bone first.
struct BoneTally {
    int rays = 0;
    int bone = 0;
};
template <class Keep>
void tallyFromFront(BoneTally& tally, const tpa::body::Rig& rig, const char* at, glm::vec2 x,
                    glm::vec2 z, Keep keep) {
    for (float side : {1.0f, -1.0f})
        for (float u = x[0]; u <= x[1]; u += 2.0f)
            for (float v = z[0]; v <= z[1]; v += 2.0f) {
                if (!keep(u, v)) continue;
                const tpa::core::Part* part = firstFromFront(facePoint(rig, at, u, v, side));
                REQUIRE(part != nullptr);
                ++tally.rays;
                tally.bone += part->kind == tpa::core::PartKind::Bone;
            }
}
void tallyFromFront(BoneTally& tally, const tpa::body::Rig& rig, const char* at, glm::vec2 x,
                    glm::vec2 z) {
    tallyFromFront(tally, rig, at, x, z, [](float, float) { return true; });
}

}  // namespace

TEST_CASE("muscle, not bone, lies under the skin round the orbits, over the lips and cheeks") {
    const tpa::body::Rig rig;
    // (x, z) from the nasion: the orbital margin below, lateral and above; from the menton: the
    // upper lip beside the midline and the line of the zygomaticus major across the cheek.
    struct Probe {
        const char* at;
        float x, z;
    };
    const Probe probes[] = {{"nasion", 32, -28}, {"nasion", 52, -10}, {"nasion", 32, 9},
                            {"nasion", 22, -25}, {"menton", 6, 56},  {"menton", 14, 56},
                            {"menton", 47, 80},  {"menton", 40, 68}, {"menton", 34, 58}};
    for (float side : {1.0f, -1.0f})
        for (const Probe& p : probes) {
            const glm::vec3 from = facePoint(rig, p.at, p.x, p.z, side);
            CAPTURE(from.x);
            CAPTURE(from.z);
            const tpa::core::Part* part = firstFromFront(from);
            REQUIRE(part != nullptr);
            CAPTURE(part->id);
            CHECK(part->kind == tpa::core::PartKind::Muscle);
        }
}

TEST_CASE("the orbicularis oculi is a closed ring round the orbit") {
    const tpa::body::Rig rig;
    // (x, z) from the nasion round the orbital margin: medial (where the ring was open at the
    // medial canthus), below, lateral, above.
    const glm::vec2 margin[] = {{14, -4}, {15, -10}, {30, -27}, {52, -10}, {34, 10}};
    for (float side : {1.0f, -1.0f})
        for (const glm::vec2& m : margin) {
            const glm::vec3 from = facePoint(rig, "nasion", m.x, m.y, side);
            CAPTURE(from.x);
            CAPTURE(from.z);
            const tpa::core::Part* part = firstFromFront(from);
            REQUIRE(part != nullptr);
            CHECK(part->id == std::string("orbicularis-oculi") + (side > 0.0f ? ".left" : ".right"));
        }
}

TEST_CASE("the closed lids cover the orbit inside the ring") {
    const tpa::body::Rig rig;
    // Rays from the front inside the ring's inner edge (an ellipse round the middle of the
    // orbit, 12 mm across and 9 mm up and down from it): the lids' palpebral part, not the
    // bone of an empty socket.
    BoneTally t;
    tallyFromFront(t, rig, "nasion", {24.0f, 48.0f}, {-14.0f, 4.0f}, [](float x, float z) {
        return (x - 36.0f) * (x - 36.0f) / 144.0f + (z + 5.0f) * (z + 5.0f) / 81.0f <= 1.0f;
    });
    const int rays = t.rays, bone = t.bone;
    CAPTURE(rays);
    CAPTURE(bone);
    CHECK(bone <= rays / 20);
}

TEST_CASE("the frontalis reaches the brows and the procerus covers the glabella") {
    const tpa::body::Rig rig;
    // Rays from the front over the root of the nose and between the brows (the procerus), and
    // along the brow between the frontalis and the ring (the frontalis ends in the skin of the
    // eyebrow, over the orbicularis oculi): muscle, not the frontal bone.
    BoneTally t;
    tallyFromFront(t, rig, "glabella", {2.0f, 8.0f}, {-6.0f, 12.0f});
    tallyFromFront(t, rig, "glabella", {14.0f, 46.0f}, {3.0f, 9.0f});
    const int rays = t.rays, bone = t.bone;
    CAPTURE(rays);
    CAPTURE(bone);
    CHECK(bone <= rays / 20);
}

TEST_CASE("from the side, the temple is muscle from the ring back to the temporalis") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Rays from the side (both sides) over the temple, between the orbicularis oculi's lateral
    // part and the temporalis, above the zygomatic arch: only the lateral orbital margin, a
    // strip under a fifth of the 50 mm band, may show bone (254 of 1012 rays met bone when the
    // temporalis' front ended 2 cm behind the ring; 174 now).
    const glm::vec3 glabella = rig.at("glabella");
    int rays = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float z = glabella.z - 8.0f * k; z <= glabella.z + 30.0f * k; z += 2.0f * k)
            for (float y = glabella.y + 5.0f * k; y <= glabella.y + 55.0f * k; y += 2.0f * k) {
                const int hit = firstPartHit({side * 400.0f * k, y, z}, {-side, 0.0f, 0.0f});
                if (hit < 0) continue;
                ++rays;
                bone += embeddedScene().parts[std::size_t(hit)].kind == tpa::core::PartKind::Bone;
            }
    CAPTURE(rays);
    CAPTURE(bone);
    CHECK(bone <= rays / 5);
}

TEST_CASE("the facial skeleton lies 6 mm or more under the skin") {
    const tpa::body::Rig rig;
    // Over the maxilla and cheek, the orbital margin, the upper teeth, the body of the mandible
    // and the chin: where the bone clearance alone left 4 mm.
    struct Probe {
        const char* at;
        float x, z;
    };
    const Probe probes[] = {{"nasion", 32, -30}, {"nasion", 20, -50}, {"nasion", 40, -40},
                            {"nasion", 50, -10}, {"menton", 10, 52},  {"menton", 20, 60},
                            {"menton", 8, 14},   {"menton", 24, 20},  {"menton", 34, 28}};
    for (float side : {1.0f, -1.0f})
        for (const Probe& p : probes) {
            const glm::vec3 from = facePoint(rig, p.at, p.x, p.z, side);
            CAPTURE(from.x);
            CAPTURE(from.z);
            bool found = false;
            for (const auto& hit : hitsUnderSkin(from, {0.0f, 1.0f, 0.0f}))
                if (hit.id == "skull" || hit.id == "mandible") {
                    CAPTURE(hit.id);
                    CHECK(hit.depth >= 6.0f);
                    found = true;
                    break;
                }
            CHECK(found);
        }
}

TEST_CASE("the masseter covers the ramus of the mandible seen from the side") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 gonion = rig.at("gonion"), tmj = rig.at("tmj");
    // A grid over the ramus, from above the angle (where the sternocleidomastoid's anterior
    // border overlaps it) to below the neck of the condyle, across 12 mm in front of the
    // posterior border (the deep part lies behind). Before, a strap 2 cm wide left it bare.
    for (float side : {1.0f, -1.0f})
        for (float t = 0.3f; t <= 0.65f; t += 0.1f)
            for (float y = -20.0f; y <= -8.0f; y += 4.0f) {
                const glm::vec3 on = glm::mix(gonion, tmj, t) + glm::vec3(0.0f, y * k, 0.0f);
                const glm::vec3 from(side * 300.0f * k, on.y, on.z);
                CAPTURE(from.y);
                CAPTURE(from.z);
                const int hit = firstPartHit(from, {-side, 0.0f, 0.0f});
                REQUIRE(hit >= 0);
                const std::string& id = embeddedScene().parts[std::size_t(hit)].id;
                CAPTURE(id);
                CHECK(id.rfind("masseter-", 0) == 0);
            }
}

TEST_CASE("the lips are closed and the chin covered, seen from the front") {
    const tpa::body::Rig rig;
    // Rays from the front every 2 mm from the chin over the mouth up to the philtrum (from the
    // menton, both sides, out to the corners): what each meets first. Before, the ring of the
    // orbicularis oris stood open on the teeth and, beside and below the lower lip, rays went
    // through the mouth to the spine and the neck's muscles behind (up to the upper lip, 34 of
    // 338 met a part more than 30 mm under the skin, 74 met bone); the halves of the ring and
    // the mentalis did not meet at the midline, and the ring's upper half stopped short of the
    // philtrum (14 of 494 rays met bone once the lips were closed).
    int rays = 0, through = 0, bone = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 0.0f; x <= 24.0f; x += 2.0f)
            for (float z = 26.0f; z <= 62.0f; z += 2.0f) {
                const glm::vec3 from = facePoint(rig, "menton", x, z, side);
                const auto hits = hitsUnderSkin(from, {0.0f, 1.0f, 0.0f});
                REQUIRE(!hits.empty());
                ++rays;
                through += hits.front().depth > 30.0f;
                const int first = firstPartHit(from, {0.0f, 1.0f, 0.0f});
                bone += embeddedScene().parts[std::size_t(first)].kind ==
                        tpa::core::PartKind::Bone;
            }
    std::printf("mouth and chin from the front: %d of %d rays went through, %d met bone\n",
                through, rays, bone);
    CHECK(through == 0);
    CHECK(bone <= rays / 50);
}

TEST_CASE("the mentalis shows on the chin between the lower lip's depressors") {
    const tpa::body::Rig rig;
    // Rays from the front: a strip 7 mm wide over the chin's midline, 6-20 mm over the menton,
    // and a strip over each depressor labii inferioris beside it. In life the two
    // depressors leave the lower border lateral to the symphysis and converge on the lower
    // lip, and the mentalis fills the triangle between them. Before, the depressors met at the
    // midline from the lower border up and hid the mentalis: 0 of 48 midline rays met it.
    int midline = 0, mentalis = 0, beside = 0, depressor = 0;
    auto first = [&](float x, float z, float side) -> const std::string& {
        const int hit = firstPartHit(facePoint(rig, "menton", x, z, side), {0.0f, 1.0f, 0.0f});
        REQUIRE(hit >= 0);
        return embeddedScene().parts[std::size_t(hit)].id;
    };
    for (float side : {1.0f, -1.0f})
        for (float z = 6.0f; z <= 20.0f; z += 2.0f) {
            for (float x = 0.5f; x <= 3.5f; x += 1.5f, ++midline)
                mentalis += first(x, z, side).rfind("mentalis.", 0) == 0;
            for (float x = 16.0f; x <= 20.0f; x += 2.0f, ++beside)
                depressor += first(x, z + 12.0f, side).rfind("depressor-labii-inferioris.", 0) == 0;
        }
    std::printf("chin from the front: mentalis %d of %d midline rays, depressor labii inferioris "
                "%d of %d beside\n", mentalis, midline, depressor, beside);
    CHECK(mentalis >= midline * 9 / 10);
    CHECK(depressor >= beside * 9 / 10);
}

TEST_CASE("from the front, muscle covers the maxilla, the zygomatic bone and the nose") {
    const tpa::body::Rig rig;
    // Rays from the front (from the nasion, both sides): over the cheek from beside the nose to
    // the zygomatic bone, between the orbit and the upper lip, and over the side and dorsum of
    // the nose from the root to the ala, leaving out the midline (a thin strip of the bridge
    // may show). Before, the levator labii superioris, the zygomatici and the nasalis were thin
    // straps with bone between them and beside the nose, and the zygomatic bone showed below
    // and lateral to the orbit (cheek: 62 of 1058 rays met bone, nose: 64 of 192; 18 and 6
    // with the lip elevators as broad sheets, the levator labii superioris alaeque nasi beside
    // the nose, and the nasalis and procerus over the nasal bones and aperture).
    BoneTally cheek, nose;
    tallyFromFront(cheek, rig, "nasion", {12.0f, 56.0f}, {-56.0f, -12.0f});
    tallyFromFront(nose, rig, "nasion", {2.0f, 12.0f}, {-44.0f, -14.0f});
    std::printf("mid-face from the front: cheek %d of %d rays met bone, nose %d of %d\n",
                cheek.bone, cheek.rays, nose.bone, nose.rays);
    CHECK(cheek.bone <= cheek.rays / 50);
    CHECK(nose.bone <= nose.rays / 20);
}
