// The palm in the anatomical position faces the viewer of the anterior view: an anatomist
// looks there for the thenar and hypothenar eminences and the palmar aponeurosis between them,
// not for bare metacarpals; on the back of the hand, for the extensor tendons fanning out from
// under the extensor retinaculum over four separate dorsal interossei (the extensor digitorum's
// belly ran on over the carpus as a red block under the tendons' tops, and the interossei were
// one square plate).
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body_fixture.h"

namespace {

// The first part a ray from in front of the body meets under the skin at a point given
// relative to the wrist joint (+x lateral on either side, z up), on the left or right hand;
// from behind with `back`.
std::string firstFromFront(const tpa::body::Rig& rig, float side, float dx, float dz,
                           bool back = false) {
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 wrist = rig.at("wrist-joint");
    const float y = back ? 400.0f : -400.0f;
    const auto hits = tpa::body::test::hitsUnderSkin(
        {side * (wrist.x + dx * k), y * k, wrist.z + dz * k}, {0.0f, back ? -1.0f : 1.0f, 0.0f});
    return hits.empty() ? std::string() : hits.front().id;
}

std::string sided(const std::string& id, float side) {
    return id + (side > 0.0f ? ".left" : ".right");
}

}  // namespace

TEST_CASE("the palmar aponeurosis covers the middle of the palm") {
    const tpa::body::Rig rig;
    // Above where its slips part (hand_cover_test.cpp checks the slips).
    for (float side : {1.0f, -1.0f})
        for (float dz : {-36.0f, -44.0f, -52.0f})
            for (float dx : {4.0f, 12.0f, 20.0f}) {
                CAPTURE(side);
                CAPTURE(dz);
                CAPTURE(dx);
                CHECK(firstFromFront(rig, side, dx, dz) == sided("palmar-aponeurosis", side));
            }
}

TEST_CASE("the thenar and hypothenar eminences are muscle seen from the front") {
    const tpa::body::Rig rig;
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // Between the wrist and the thumb's metacarpophalangeal joint.
        for (float t : {0.35f, 0.6f}) {
            CAPTURE(t);
            // Abductor or, medial to it, flexor pollicis brevis.
            const std::string thenar =
                firstFromFront(rig, side, glm::mix(14.0f, 34.0f, t), glm::mix(-12.0f, -56.0f, t));
            CHECK((thenar == sided("abductor-pollicis-brevis", side) ||
                   thenar == sided("flexor-pollicis-brevis", side)));
        }
        // Along the ulnar border of the palm, from the pisiform to the little finger.
        for (float dz : {-30.0f, -50.0f, -66.0f}) {
            CAPTURE(dz);
            CHECK(firstFromFront(rig, side, -15.0f, dz) == sided("abductor-digiti-minimi", side));
        }
    }
}

TEST_CASE("the extensor tendons run over the back of the hand to the knuckles") {
    const tpa::body::Rig rig;
    // Half-way from the wrist to the index, middle, ring and little finger's knuckles.
    const float tendonX[] = {27.0f, 17.0f, 6.5f, -3.5f};
    const float tendonZ[] = {-38.0f, -42.0f, -44.0f, -44.0f};
    for (float side : {1.0f, -1.0f})
        for (int i = 0; i < 4; ++i) {
            CAPTURE(side);
            CAPTURE(i);
            CHECK(firstFromFront(rig, side, tendonX[i], tendonZ[i], true) ==
                  sided("extensor-digitorum-tendons", side));
        }
}

TEST_CASE("from behind, the back of the hand shows muscle and tendon, not the metacarpals") {
    // The dorsal interossei and the extensor tendons cover the metacarpals from their bases to
    // the knuckles, across the whole breadth of the hand (88 mm there).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto rays = tpa::body::fingerRays(rig);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        int bone = 0, seen = 0;
        for (float t = 0.2f; t <= 0.901f; t += 0.05f)
            for (float u = -0.1f; u <= 1.101f; u += 0.05f) {
                glm::vec3 p = glm::mix(glm::mix(rays[0].base, rays[0].knuckle, t),
                                       glm::mix(rays[3].base, rays[3].knuckle, t), u);
                p.x *= side;
                const auto hits = tpa::body::test::hitsUnderSkin({p.x, 400.0f * k, p.z}, {0, -1, 0});
                if (hits.empty()) continue;
                ++seen;
                const bool isBone = hits.front().id.rfind("hand", 0) == 0;
                bone += isBone;
                if (isBone && std::getenv("TPA_BODY_VERBOSE"))
                    std::printf("  bone first at %.2f of the way to the knuckles, %.2f across\n",
                                double(t), double(u));
            }
        std::printf("side %+.0f: %d of %d rays from behind meet the hand's bones first\n",
                    double(side), bone, seen);
        CHECK(seen > 300);
        CHECK(bone * 50 <= seen);
    }
}

TEST_CASE("the extensor retinaculum crosses the back of the wrist over the extensor tendons") {
    // The extensor digitorum's belly ran on over the back of the carpus as a red block, its
    // tendons stopping at the wrist as short pegs on it, and no band crossed the wrist.
    const tpa::body::Rig rig;
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // Across the back of the wrist, from over the ulna to over the radius.
        int band = 0, across = 0;
        for (float dx = -14.0f; dx <= 22.01f; dx += 3.0f) {
            ++across;
            band +=
                firstFromFront(rig, side, dx, 2.0f, true) == sided("extensor-retinaculum", side);
        }
        // Below it, over the carpus and the metacarpals' bases: the tendons fanning out from
        // under it and the interossei between them, not bone nor the extensors' bellies.
        int blocked = 0, tendon = 0, seen = 0;
        for (float dz = -14.0f; dz >= -30.01f; dz -= 4.0f)
            for (float dx = -12.0f; dx <= 24.01f; dx += 2.0f) {
                const std::string id = firstFromFront(rig, side, dx, dz, true);
                if (id.empty()) continue;
                ++seen;
                tendon += id == sided("extensor-digitorum-tendons", side);
                const bool bad = id.rfind("hand", 0) == 0 || id.rfind("radius", 0) == 0 ||
                                 id.rfind("ulna", 0) == 0 ||
                                 id == sided("extensor-digitorum", side);
                blocked += bad;
                if (bad && std::getenv("TPA_BODY_VERBOSE"))
                    std::printf("  %s first at %.0f, %.0f\n", id.c_str(), double(dx), double(dz));
            }
        std::printf("side %+.0f: retinaculum first on %d of %d rays across the wrist; below it "
                    "%d of %d rays meet bone or the belly first, %d a tendon\n",
                    double(side), band, across, blocked, seen, tendon);
        CHECK(band == across);
        CHECK(seen > 40);
        CHECK(blocked == 0);
        CHECK(tendon * 4 >= seen);
    }
}

TEST_CASE("the dorsal interossei are four bellies between the metacarpals") {
    // They were one square red plate over the back of the hand.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto rays = tpa::body::fingerRays(rig);
    const char* kNames[] = {"first-dorsal-interosseous", "second-dorsal-interosseous",
                            "third-dorsal-interosseous", "fourth-dorsal-interosseous"};
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // A row across the back of the hand half-way from the metacarpals' bases to the
        // knuckles, from the web of the thumb to the little finger's border: the muscle each
        // ray meets first (under the tendons where they lie over it), in order.
        std::vector<std::string> order;
        int interossei = 0;
        for (float u = -0.6f; u <= 1.101f; u += 0.01f) {
            glm::vec3 p = glm::mix(glm::mix(rays[0].base, rays[0].knuckle, 0.55f),
                                   glm::mix(rays[3].base, rays[3].knuckle, 0.55f), u);
            p.x *= side;
            const auto hits = tpa::body::test::hitsUnderSkin({p.x, 400.0f * k, p.z}, {0, -1, 0});
            for (const auto& hit : hits) {
                if (hit.id.find("inteross") == std::string::npos) continue;
                ++interossei;
                if (order.empty() || order.back() != hit.id) order.push_back(hit.id);
                break;
            }
        }
        std::string seen;
        for (const auto& id : order) seen += id + " ";
        std::printf("side %+.0f: interossei under %d rays, in turn: %s\n", double(side),
                    interossei, seen.c_str());
        CHECK(interossei > 100);
        REQUIRE(order.size() == 4);
        for (int i = 0; i < 4; ++i) CHECK(order[i] == sided(kNames[i], side));
    }
    // The first, in the web of the thumb, is the largest.
    auto volume = [](const tpa::core::Mesh& mesh) {
        double v = 0.0;
        for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3)
            v += glm::dot(glm::dvec3(mesh.positions[mesh.indices[i]]),
                          glm::cross(glm::dvec3(mesh.positions[mesh.indices[i + 1]]),
                                     glm::dvec3(mesh.positions[mesh.indices[i + 2]]))) / 6.0;
        return v;
    };
    const double first = volume(tpa::body::test::leftMesh(kNames[0]));
    for (int i = 1; i < 4; ++i) {
        const double other = volume(tpa::body::test::leftMesh(kNames[i]));
        std::printf("%s: %.0f mm3, the first's %.0f\n", kNames[i], other, first);
        CHECK(first > other);
    }
}

namespace {

// Parts that must not be the first seen in the front of the palm: its bones, and the deep
// muscles (adductor pollicis, interossei) that the aponeurosis, the lumbricals and the
// eminences cover.
bool openInPalm(const std::string& id) {
    return id.empty() || id.rfind("hand", 0) == 0 || id.rfind("radius", 0) == 0 ||
           id.rfind("ulna", 0) == 0 || id.rfind("adductor-pollicis", 0) == 0 ||
           id.find("inteross") != std::string::npos;
}

// Counts the rays from the front through a grid over the palm, `t` of the way from the
// metacarpals' bases to the knuckles and `u` of the way across from the index's ray to the
// little finger's, that meet the hand at all (`seen`) and that meet nothing, bone or a deep
// muscle first (`open`); with `skipMissed`, rays that meet no part are not counted.
void countOpen(const std::array<tpa::body::FingerRay, 4>& rays, float side, float k, float t0,
               float t1, float dt, float du, bool skipMissed, const char* what, int& open,
               int& seen) {
    open = seen = 0;
    for (float t = t0; t <= t1 + 0.001f; t += dt)
        for (float u = 0.0f; u <= 1.001f; u += du) {
            glm::vec3 p = glm::mix(glm::mix(rays[0].base, rays[0].knuckle, t),
                                   glm::mix(rays[3].base, rays[3].knuckle, t), u);
            p.x *= side;
            const auto hits = tpa::body::test::hitsUnderSkin({p.x, -400.0f * k, p.z}, {0, 1, 0});
            if (hits.empty() && skipMissed) continue;
            const std::string id = hits.empty() ? std::string() : hits.front().id;
            ++seen;
            open += openInPalm(id);
            if (openInPalm(id) && std::getenv("TPA_BODY_VERBOSE"))
                std::printf("  %s: '%s' first at %.2f along, %.2f across\n", what, id.c_str(),
                            double(t), double(u));
        }
}

}  // namespace

TEST_CASE("from the front, the palm and the knuckle line show no bone and no deep muscle") {
    // The carpal bones showed between the palmar aponeurosis' apex, the flexor retinaculum and
    // the hypothenar eminence, the fourth interosseous beside the aponeurosis' ulnar edge and
    // the adductor pollicis beside its radial edge; along the knuckle line the metacarpal heads
    // showed between the slips and the lumbricals, which ended side by side in square
    // cut-offs (a picket fence).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto rays = tpa::body::fingerRays(rig);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        // The palm from the flexor retinaculum (a third of the way from the metacarpals' bases
        // back to the wrist) to 0.85 of the way to the knuckles.
        int open = 0, seen = 0;
        countOpen(rays, side, k, -0.35f, 0.85f, 0.05f, 0.04f, false, "palm", open, seen);
        // Along the knuckle line, 0.85 to 0.98 of the way from the bases to the knuckles.
        int knuckleOpen = 0, knuckleSeen = 0;
        countOpen(rays, side, k, 0.85f, 0.98f, 0.0325f, 0.01f, true, "knuckles", knuckleOpen,
                  knuckleSeen);
        std::printf("side %+.0f: %d of %d rays in the palm and %d of %d along the knuckle line "
                    "meet nothing, bone or a deep muscle first\n",
                    double(side), open, seen, knuckleOpen, knuckleSeen);
        CHECK(open * 50 <= seen);
        CHECK(knuckleSeen > 300);
        CHECK(knuckleOpen * 50 <= knuckleSeen);
    }
}
