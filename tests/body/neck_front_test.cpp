// The front of the neck as an écorché shows it: the two sternocleidomastoids as broad bands from
// the sternum and clavicle to the mastoid, and between them the infrahyoid straps over the
// larynx. Before, the heads were narrow and the cervical vertebrae showed between them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "body/muscle_table.h"
#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;

using tpa::body::test::firstPartHit;
using tpa::body::test::leftMesh;

TEST_CASE("muscle, not the cervical spine, covers the front of the neck") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float notch = rig.at("jugular-notch").z, hyoid = rig.at("menton").z - 26.0f * k;
    for (float t : {0.15f, 0.35f, 0.55f, 0.75f})
        for (float x : {-12.0f, -5.0f, 5.0f, 12.0f}) {
            const glm::vec3 from(x * k, -400.0f * k, glm::mix(notch, hyoid, t));
            CAPTURE(from.x);
            CAPTURE(from.z);
            const int hit = firstPartHit(from, {0.0f, 1.0f, 0.0f});
            REQUIRE(hit >= 0);
            const auto& part = embeddedScene().parts[std::size_t(hit)];
            CAPTURE(part.id);
            CHECK(part.kind == tpa::core::PartKind::Muscle);
        }
}

TEST_CASE("the sternocleidomastoid is a broad band at mid-neck") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    for (float side : {1.0f, -1.0f}) {
        const glm::vec3 flip(side, 1.0f, 1.0f);
        const glm::vec3 low = rig.at("jugular-notch") * flip, high = rig.at("mastoid") * flip;
        const glm::vec3 axis = glm::normalize(high - low), mid = glm::mix(low, high, 0.45f);
        // Look at the band square on, from in front and to its side, and slide across it: the
        // joined heads make a band of 4-6 cm here (before, 3.6 cm of narrow heads that read as
        // cords from the front).
        const glm::vec3 view = glm::normalize(glm::vec3(-side, 1.0f, 0.0f));
        const glm::vec3 across = glm::normalize(glm::cross(axis, view));
        constexpr float kStep = 2.0f;  // mm between rays
        int run = 0, longest = 0;
        for (float s = -40.0f; s <= 40.0f; s += kStep) {
            const glm::vec3 from = mid + across * (s * k) - view * (300.0f * k);
            const int hit = firstPartHit(from, view);
            const bool scm = hit >= 0 && embeddedScene().parts[std::size_t(hit)].id.rfind("scm-", 0) == 0;
            run = scm ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        CAPTURE(side);
        CHECK(float(longest) * kStep >= 40.0f);
        CHECK(float(longest) * kStep <= 60.0f);
    }
}

TEST_CASE("context muscles have left and right parts and name no knowledge-base muscle") {
    const auto& scene = embeddedScene();
    REQUIRE_FALSE(tpa::body::contextMuscleTable().empty());
    for (const auto& spec : tpa::body::contextMuscleTable())
        for (const char* side : {".left", ".right"}) {
            const std::string id = std::string(spec.id) + side;
            CAPTURE(id);
            const int i = scene.findPart(id);
            REQUIRE(i >= 0);
            const auto& part = scene.parts[std::size_t(i)];
            CHECK(part.kind == tpa::core::PartKind::Muscle);
            CHECK(part.muscleId.empty());
            CHECK(part.layer == spec.layer);
            CHECK(part.name.find(std::string(spec.name)) == 0);
        }
}

TEST_CASE("the sternohyoid runs straight from the hyoid down behind the jugular notch") {
    // Its origin is the back of the manubrium. Laid under the skin all along, its lower end
    // followed the skin forward over the sternocleidomastoids' tendons, in front of the notch,
    // and the strap bowed: from the front its pair read as a rounded lump under the chin
    // rather than flat straps from the hyoid to the sternum. Measured in the side plane: how
    // far the strap's vertices stand off the chord between its two ends (a flat strap stands
    // off it by about its thickness), and how far its front reaches ahead of the notch.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    auto v = leftMesh("sternohyoid").positions;
    REQUIRE(v.size() > 40);
    std::sort(v.begin(), v.end(), [](const glm::vec3& a, const glm::vec3& b) { return a.z < b.z; });
    const std::size_t n = v.size() / 20;
    glm::vec2 low(0.0f), high(0.0f);
    for (std::size_t i = 0; i < n; ++i) {
        low += glm::vec2(v[i].y, v[i].z) / float(n);
        high += glm::vec2(v[v.size() - 1 - i].y, v[v.size() - 1 - i].z) / float(n);
    }
    const glm::vec2 along = glm::normalize(high - low), across(-along.y, along.x);
    float bow = 0.0f, front = 1e9f;
    for (const auto& p : v) {
        bow = std::max(bow, std::abs(glm::dot(glm::vec2(p.y, p.z) - low, across)));
        front = std::min(front, p.y);
    }
    CAPTURE(bow);
    CAPTURE(front - rig.at("jugular-notch").y);
    CHECK(bow < 6.0f * k);
    CHECK(front > rig.at("jugular-notch").y);
}

TEST_CASE(
    "from the front, the sternocleidomastoid is one unbroken band from the sternum to the jaw") {
    // Rays from the anterior view's eye (below the chin) to the sternal head's course, from
    // above the notch up to under the mandible, on its line and 4 mm to either side: the
    // omohyoid's upper belly crossed over the head 3 mm under the skin on its way to the hyoid
    // (it passes deep to the muscle) and cut it in two, a knot of short pieces from the front
    // (102 of 108 rays met the sternocleidomastoid first; 106 now, the other two at the
    // bottom, beside its tendon).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    int rays = 0, scm = 0;
    for (float side : {1.0f, -1.0f}) {
        const glm::vec3 flip(side, 1.0f, 1.0f);
        const glm::vec3 low = (rig.at("jugular-notch") + glm::vec3(12.0f, 0.0f, 3.0f) * k) * flip;
        const glm::vec3 high = (rig.at("mastoid") + glm::vec3(-2.0f, 0.0f, 5.0f) * k) * flip;
        // From 14 mm above the notch (below, the sternal head narrows to its tendon and the
        // lesser supraclavicular fossa opens beside it) to 12 mm under the chin (above, the
        // floor of the mouth lies in front of it, as it should).
        for (float z = low.z + 14.0f * k; z <= rig.at("menton").z - 12.0f * k; z += 3.0f * k)
            for (float dx : {-4.0f, 0.0f, 4.0f}) {
                const float t = (z - low.z) / (high.z - low.z);
                const float x = glm::mix(low.x, high.x, t) + side * dx * k;
                const glm::vec3 at(x, glm::mix(low.y, high.y, t), z);
                const std::string id = tpa::body::test::firstPartHitId(eye, at - eye);
                ++rays;
                if (id.rfind("scm-", 0) == 0)
                    ++scm;
                else
                    std::printf("  side %+.0f z %.0f x %.0f: %s\n", side, z, x, id.c_str());
            }
    }
    std::printf("sternocleidomastoid first along its course from the front: %d of %d rays\n", scm,
                rays);
    CHECK(scm * 100 >= rays * 97);
}

TEST_CASE(
    "from the front, the sternohyoids run as straps from the notch up to the floor of the mouth") {
    // Rays from the anterior view's eye to the front of the neck between the sternocleidomastoids
    // (18 mm either side of the midline, over their anterior borders), from the notch up to the
    // floor of the mouth under the chin. The straps stopped 24 mm under the chin and the
    // digastric's intermediate tendon hung 10 mm below them: between their ends the cervical spine
    // showed through the neck and the digastrics crossed the straps' tops, a knot from the front
    // (22 of 513 rays met bone first, and 115 of 153 beside the midline the sternohyoid; none and
    // 153 now).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const float notch = rig.at("jugular-notch").z, chin = rig.at("menton").z;
    int rays = 0, bone = 0, strap = 0, straps = 0;
    for (float z = notch + 10.0f * k; z <= chin - 20.0f * k; z += 2.0f * k)
        for (float x = -18.0f; x <= 18.0f; x += 2.0f) {
            const glm::vec3 at(x * k, rig.at("jugular-notch").y, z);
            const int hit = tpa::body::test::firstPartHit(eye, at - eye);
            REQUIRE(hit >= 0);
            const auto& part = embeddedScene().parts[std::size_t(hit)];
            ++rays;
            bone += part.kind == tpa::core::PartKind::Bone ? 1 : 0;
            // Near the notch the sternocleidomastoids' tendons cross over the straps.
            if (std::abs(x) <= 8.0f && z >= notch + 30.0f * k) {
                ++straps;
                strap += part.id.rfind("sternohyoid", 0) == 0 ? 1 : 0;
            }
        }
    std::printf(
        "front of the neck between the sternocleidomastoids: %d of %d rays met bone first, "
        "%d of %d beside the midline the sternohyoid\n",
        bone, rays, strap, straps);
    CHECK(bone == 0);
    CHECK(strap >= straps * 95 / 100);
}

TEST_CASE("from the front, the sternocleidomastoid's sternal head keeps its width up the neck") {
    // The sternal head's outline seen from the anterior view's eye (whatever lies in front of
    // it), row by row from 20 to 55 mm above the notch. Its anchors spread across the notch at
    // the bottom and back along the mastoid at the top; halfway up the spread pointed straight
    // back, square to the skin, and the rings' sideways direction flipped for two rings: the
    // head turned edge-on and back, a waist 12 mm wide from the front where the band should be
    // broad (21 mm now).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const auto& mesh = leftMesh("scm-sternal");
    const glm::vec3 notch = rig.at("jugular-notch");
    float narrowest = 1e9f;
    for (float z = notch.z + 20.0f * k; z <= notch.z + 55.0f * k; z += 2.5f * k) {
        float lo = 1e9f, hi = -1e9f;
        for (float x = 0.0f; x <= 70.0f * k; x += 0.5f * k) {
            const glm::vec3 at(x, notch.y, z);
            if (!tpa::body::test::meshCrossings(mesh, eye, at - eye).empty()) {
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
        }
        narrowest = std::min(narrowest, hi - lo);
    }
    std::printf("the sternal head's narrowest outline from the front: %.1f mm\n", narrowest / k);
    CHECK(narrowest >= 16.0f * k);
}

TEST_CASE("the sternohyoid keeps its thickness where the neck's front is hollow") {
    // Straight from behind the notch to the floor of the mouth, the strap's middle ran out
    // through the skin where the front of the neck curves in above the notch; pressed back
    // under it there, its rings were squashed to under a millimetre and folded, and where the
    // two straps overlap on the midline one's crumpled edge showed through the other's face as
    // slits. Measured front to back through its middle line, from 10 to 60 mm above the notch.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = leftMesh("sternohyoid");
    const glm::vec3 notch = rig.at("jugular-notch");
    float thinnest = 1e9f;
    for (float z = notch.z + 10.0f * k; z <= notch.z + 60.0f * k; z += 2.0f * k) {
        const glm::vec3 from(7.0f * k, notch.y - 100.0f * k, z);
        const auto crossings = tpa::body::test::meshCrossings(mesh, from, {0.0f, 1.0f, 0.0f});
        REQUIRE(crossings.size() >= 2);
        thinnest = std::min(thinnest, crossings[1].t - crossings[0].t);
    }
    std::printf("the sternohyoid's thinnest point above the notch: %.1f mm\n", thinnest / k);
    CHECK(thinnest >= 2.5f * k);
}

TEST_CASE("from the front, the straps fill the neck between the sternocleidomastoids' borders") {
    // Rays from the anterior view's eye across the front of the neck, 30 mm either side of the
    // midline, from 30 mm above the notch up to the hyoid's level (the floor of the mouth and
    // the digastric's anterior bellies lie above): all should meet the sternocleidomastoids or
    // the sternohyoids. The narrow straps' upper lateral corners left a notch beside the
    // sternocleidomastoid's anterior border in which the digastric's intermediate tendon, the
    // omohyoid's upper end, slips of the sternothyroid and, through a gap, the back of the neck
    // showed as small separate pieces (196 of 1952 rays in the fifteenth session's body). It
    // stops 5 mm under the hyoid's level: the straps' tops now taper onto the hyoid over their
    // last few millimetres (see below), and beside them the floor of the mouth shows above the
    // hyoid, as it does in an écorché (52 of 1952 rays up to the hyoid's level; 12 of 1647 here).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 notch = rig.at("jugular-notch");
    int rays = 0, other = 0;
    for (float z = notch.z + 30.0f * k; z <= notch.z + 56.0f * k; z += 1.0f * k)
        for (float x = -30.0f * k; x <= 30.0f * k; x += 1.0f * k) {
            const std::string id =
                tpa::body::test::firstPartHitId(eye, glm::vec3(x, notch.y, z) - eye);
            ++rays;
            if (id.rfind("scm-", 0) != 0 && id.rfind("sternohyoid", 0) != 0) ++other;
        }
    std::printf("front of the neck up to under the hyoid: %d of %d rays met another part first\n",
                other, rays);
    CHECK(other * 100 <= rays);
}

TEST_CASE("the sternocleidomastoid's clavicular head arises flat from the clavicle") {
    // The clavicular head is the flatter one: a broad thin band on the medial third of the
    // clavicle. Its lower end, where it bends from the clavicle up into the neck, swelled to
    // the full belly's thickness and more and stood on the bone as a rounded lip, from the
    // front a separate piece above the clavicle (9.9 mm thick; 6.1 now). Measured top to
    // bottom through the head within 20 mm above the sternoclavicular joint, over its origin.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = leftMesh("scm-clavicular");
    const glm::vec3 joint = rig.at("sternoclavicular");
    constexpr float kAbove = 20.0f;  // higher, vertical rays run along the rising belly
    float thickest = 0.0f;
    for (float x = 12.0f; x <= 44.0f; x += 2.0f)
        for (float y = -8.0f; y <= 16.0f; y += 2.0f) {
            const glm::vec3 from = joint + glm::vec3(x, y, 100.0f) * k;
            const auto crossings = tpa::body::test::meshCrossings(mesh, from, {0.0f, 0.0f, -1.0f});
            for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
                const float top = from.z - crossings[i].t;
                if (top > joint.z + kAbove * k) continue;
                thickest = std::max(thickest, crossings[i + 1].t - crossings[i].t);
            }
        }
    std::printf("the clavicular head's thickest point over the clavicle: %.1f mm\n", thickest / k);
    CHECK(thickest <= 8.0f * k);
}

TEST_CASE("from the front, the levator scapulae shows as little more than an edge beside the "
          "sternocleidomastoid") {
    // Lateral to the sternocleidomastoid the front view looks into the posterior triangle, at
    // the levator scapulae and the scalenes seen nearly edge-on. The clavicular head, 18 mm
    // wide, left the levator's front edge as a long thin strand between it and the trapezius
    // from the clavicle up to the jaw (308 rays, both sides, in 30-75 mm from the midline and
    // 20-75 mm above the notch; 142 with the head 24 mm wide).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 notch = rig.at("jugular-notch");
    int levator = 0;
    for (float z = notch.z + 20.0f * k; z <= notch.z + 75.0f * k; z += 1.0f * k)
        for (float x = 30.0f * k; x <= 75.0f * k; x += 1.0f * k)
            for (float side : {1.0f, -1.0f}) {
                const std::string id = tpa::body::test::firstPartHitId(
                    eye, glm::vec3(side * x, notch.y, z) - eye);
                levator += id.rfind("levator-scapulae", 0) == 0 ? 1 : 0;
            }
    std::printf("levator scapulae first beside the sternocleidomastoid from the front: %d rays\n",
                levator);
    CHECK(levator <= 200);
}

TEST_CASE("the sternocleidomastoid's sternal tendon reaches down onto the manubrium") {
    // The sternal head arises by a rounded tendon from the front of the manubrium, below the
    // jugular notch. Its tendon ended 4 mm above the notch, so from the front the two heads
    // stopped short of the sternum with the straps' lower ends showing under them; its lowest
    // point now lies 7 mm below the notch, on the bone.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const float notch = rig.at("jugular-notch").z;
    float lowest = 1e9f;
    for (const auto& p : leftMesh("scm-sternal").positions) lowest = std::min(lowest, p.z);
    std::printf("the sternal head's lowest point: %.1f mm from the notch\n", (lowest - notch) / k);
    CHECK(lowest <= notch - 2.0f * k);
}

TEST_CASE("from the front, the sternohyoids' tops taper onto the hyoid") {
    // The anterior view across the pair of straps, row by row (1 mm) down from the first row
    // that meets a sternohyoid under the chin: the mean width of the straps' outline over their
    // top 4 mm, as a fraction of its width 12 mm lower. Ending at full width, the tops were cut
    // square under the floor of the mouth, a flat lintel below the digastric's bellies (0.86);
    // narrowed toward the hyoid and nearer the midline, the pair ends in a rounded point (0.54).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 menton = rig.at("menton");
    auto width = [&](float z) {
        int hits = 0;
        for (float x = -30.0f; x <= 30.0f; x += 0.5f) {
            const std::string id = tpa::body::test::firstPartHitId(
                eye, glm::vec3(x * k, menton.y, menton.z + z * k) - eye);
            hits += id.rfind("sternohyoid", 0) == 0 ? 1 : 0;
        }
        return 0.5f * float(hits);
    };
    float top = -10.0f;
    while (top > -60.0f && width(top) == 0.0f) top -= 1.0f;
    REQUIRE(top > -60.0f);
    float upper = 0.0f;
    for (int row = 0; row < 4; ++row) upper += width(top - float(row)) / 4.0f;
    const float below = width(top - 12.0f);
    std::printf("the straps' tops from the front: %.1f mm wide over their top 4 mm, %.1f mm 12 mm "
                "lower (%.2f)\n",
                upper, below, upper / below);
    CHECK(below >= 30.0f);
    CHECK(upper <= 0.7f * below);
}
