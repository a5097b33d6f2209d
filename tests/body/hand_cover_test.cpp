// The hand as an écorché shows it: fingers covered by their flexor sheaths in front and their
// extensor expansions behind (the bare finger bones showed, front and back), a thenar eminence
// that bulges in front of the first metacarpal, and a palmar aponeurosis that fans from a
// narrow apex into slips to the fingers.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "body/hand_layout.h"
#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

namespace {

using tpa::body::test::embeddedScene;
using tpa::body::test::presetEye;

glm::vec3 mirrored(glm::vec3 p, float side) { return {side * p.x, p.y, p.z}; }

// Points along the axis of each finger and of the thumb's two phalanges, from just past the
// knuckle to just short of the tip, and 3 mm either side of it across the finger.
std::vector<glm::vec3> fingerPoints(const tpa::body::Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    std::vector<glm::vec3> out;
    auto along = [&](glm::vec3 from, glm::vec3 to, glm::vec3 across) {
        for (float t = 0.1f; t <= 0.86f; t += 0.05f)
            for (float s : {-3.0f, 0.0f, 3.0f})
                out.push_back(glm::mix(from, to, t) + across * (s * k));
    };
    for (const auto& ray : tpa::body::fingerRays(rig))
        along(ray.knuckle, ray.knuckle + ray.dir * ray.length,
              glm::normalize(glm::cross(ray.dir, glm::vec3(0, 1, 0))));
    const auto thumb = tpa::body::thumbChain(rig);
    along(thumb[1], thumb[2], glm::vec3(1, 0, 0));
    return out;
}

// The first part a ray from straight in front meets under the skin at p (left-hand
// coordinates, mirrored to the right hand for side -1).
std::vector<tpa::body::test::HitUnderSkin> fromFront(glm::vec3 p, float side, float k) {
    const glm::vec3 q = mirrored(p, side);
    return tpa::body::test::hitsUnderSkin({q.x, -400.0f * k, q.z}, {0, 1, 0});
}

}  // namespace

TEST_CASE("the fingers and the thumb show their flexor sheaths and extensor expansions, not bone") {
    const tpa::body::Rig rig;
    const auto points = fingerPoints(rig);
    for (auto view : {tpa::core::ViewPreset::Anterior, tpa::core::ViewPreset::Posterior}) {
        const glm::vec3 eye = presetEye(view);
        const std::string cover = view == tpa::core::ViewPreset::Anterior ? "digital-flexor-sheaths"
                                                                           : "extensor-expansions";
        for (float side : {1.0f, -1.0f}) {
            CAPTURE(side);
            int bone = 0, covered = 0, seen = 0;
            for (std::size_t i = 0; i < points.size(); ++i) {
                const glm::vec3 point = mirrored(points[i], side);
                const int hit = tpa::body::test::firstPartHit(eye, point - eye);
                if (hit < 0) continue;
                ++seen;
                const auto& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
                if (part.kind == tpa::core::PartKind::Bone) ++bone;
                // The thumb (the last points), turned a quarter round and lateral to the index,
                // shows its side from the front and from behind: half sheath, half expansion.
                const bool thumb = i >= points.size() - points.size() / 5;  // as many on each digit
                if (part.id.rfind(cover, 0) == 0 ||
                    (thumb && (part.id.rfind("digital-flexor-sheaths", 0) == 0 ||
                               part.id.rfind("extensor-expansions", 0) == 0)))
                    ++covered;
            }
            CAPTURE(cover);
            CAPTURE(seen);
            CHECK(seen > int(points.size()) * 9 / 10);
            // Nearly every ray meets the cover; a few graze a neighbouring finger's.
            CHECK(bone <= seen / 50);
            CHECK(covered >= seen * 9 / 10);
        }
    }
}

TEST_CASE("the thenar eminence bulges in front of the first metacarpal") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto thumb = tpa::body::thumbChain(rig);
    for (float side : {1.0f, -1.0f})
        for (float t : {0.3f, 0.45f, 0.6f}) {
            CAPTURE(side);
            CAPTURE(t);
            // A ray from the front through the middle of the metacarpal's shaft.
            const auto hits = fromFront(glm::mix(thumb[0], thumb[1], t), side, k);
            REQUIRE(!hits.empty());
            const std::string suffix = side > 0.0f ? ".left" : ".right";
            CAPTURE(hits.front().id);
            CHECK((hits.front().id == "abductor-pollicis-brevis" + suffix ||
                   hits.front().id == "flexor-pollicis-brevis" + suffix));
            const auto bone = std::find_if(hits.begin(), hits.end(),
                                           [&](const auto& h) { return h.id == "hand" + suffix; });
            REQUIRE(bone != hits.end());
            // Muscle at least 4 mm thick in front of the bone.
            CHECK(bone->depth - hits.front().depth >= 4.0f * k);
        }
}

TEST_CASE("the palmar aponeurosis fans from a narrow apex into slips to the fingers") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto rays = tpa::body::fingerRays(rig);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id =
            std::string("palmar-aponeurosis") + (side > 0.0f ? ".left" : ".right");
        auto first = [&](glm::vec3 p) {
            const auto hits = fromFront(p, side, k);
            return hits.empty() ? std::string() : hits.front().id;
        };
        // Toward the knuckles: a slip over the middle and ring fingers' metacarpals, none
        // between them and the little finger's (the index's slip lies behind the thumb from the
        // front, the little finger's along the hypothenar).
        for (std::size_t i = 1; i < 3; ++i) {
            CAPTURE(i);
            const glm::vec3 on = glm::mix(rays[i].base, rays[i].knuckle, 0.65f);
            CHECK(first(on) == id);
            const glm::vec3 next = glm::mix(rays[i + 1].base, rays[i + 1].knuckle, 0.65f);
            CHECK(first(0.5f * (on + next)) != id);
        }
        // Just below the retinaculum the fan is narrow: on a line across the whole palm there,
        // under 0.6 times as many rays meet it as on one where its slips part.
        auto width = [&](float along) {
            int met = 0;
            const glm::vec3 a = glm::mix(rays[0].base, rays[0].knuckle, along),
                            b = glm::mix(rays[3].base, rays[3].knuckle, along);
            for (float t = -0.5f; t <= 1.5f; t += 0.05f)
                if (first(glm::mix(a, b, t)) == id) ++met;
            return met;
        };
        const int apex = width(0.1f), wide = width(0.5f);
        CAPTURE(apex);
        CAPTURE(wide);
        CHECK(apex >= 1);
        CHECK(apex * 5 < wide * 3);
    }
}

TEST_CASE("the flexor tendons at the wrist are rounded cords, not flat slabs") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 wrist = rig.at("wrist-joint");
    const float z = wrist.z + 30.0f * k;
    // Flexor carpi radialis, 30 mm above the wrist: about as deep as it is wide (it was a
    // slab 9 mm wide and 4 mm thick).
    glm::vec3 lo(1e9f), hi(-1e9f);
    for (const glm::vec3& p : tpa::body::test::leftMesh("flexor-carpi-radialis-tendon").positions)
        if (std::abs(p.z - z) < 4.5f * k) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
    REQUIRE(hi.x > lo.x);
    CAPTURE(hi - lo);
    CHECK(hi.x - lo.x <= 1.6f * (hi.y - lo.y));
    // The superficialis' tendons: rays from the front across the wrist meet them in at least
    // three separate cords (it was one band 28 mm wide). The cords lie side by side, touching
    // (forearm_flexor_test.cpp), so a run is a stretch of rays meeting one cord first.
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id = std::string("flexor-digitorum-superficialis-tendons") +
                               (side > 0.0f ? ".left" : ".right");
        const int part = embeddedScene().findPart(id);
        REQUIRE(part >= 0);
        const tpa::body::test::Slips cords(
            embeddedScene().parts[static_cast<std::size_t>(part)].mesh);
        int runs = 0, inside = -1;
        for (float dx = -30.0f; dx <= 30.0f; dx += 0.5f) {
            const glm::vec3 p(wrist.x + dx * k, 0.0f, z);
            const auto hits = fromFront(p, side, k);
            const glm::vec3 q = mirrored(p, side);
            const int on = !hits.empty() && hits.front().id == id
                               ? cords.front({q.x, -400.0f * k, q.z}, {0, 1, 0})
                               : -1;
            runs += on >= 0 && on != inside ? 1 : 0;
            inside = on;
        }
        CHECK(runs >= 3);
    }
}

TEST_CASE("the palmar aponeurosis' slips thin out and sink onto the finger bases") {
    // Full width to their ends and level with the palm, the slips stood off it at the finger
    // bases as square plates. From the front, near its end a slip is narrower than over the
    // middle of the metacarpal and lies no shallower under the skin (on main its end stood
    // 0.6 mm nearer the skin than its middle).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto rays = tpa::body::fingerRays(rig);
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id =
            std::string("palmar-aponeurosis") + (side > 0.0f ? ".left" : ".right");
        for (std::size_t i = 1; i < 3; ++i) {
            CAPTURE(i);
            const auto& ray = rays[i];
            const glm::vec3 from = glm::mix(ray.base, ray.knuckle, 0.5f),
                            to = ray.knuckle - ray.dir * (4.0f * k);
            const glm::vec3 across = glm::normalize(glm::cross(ray.dir, glm::vec3(0, 1, 0)));
            // Rays across the slip at a fraction t of its length: how many meet it first,
            // and its mean depth under the skin where they do.
            auto section = [&](float t, int& met, float& depth) {
                met = 0;
                depth = 0.0f;
                for (float s = -8.0f; s <= 8.0f; s += 0.5f) {
                    const auto hits = fromFront(glm::mix(from, to, t) + across * (s * k), side, k);
                    if (!hits.empty() && hits.front().id == id) {
                        ++met;
                        depth += hits.front().depth;
                    }
                }
                if (met > 0) depth /= static_cast<float>(met);
            };
            int midMet = 0, endMet = 0;
            float midDepth = 0.0f, endDepth = 0.0f;
            section(0.4f, midMet, midDepth);
            section(0.9f, endMet, endDepth);
            CAPTURE(midMet);
            CAPTURE(endMet);
            CAPTURE(midDepth);
            CAPTURE(endDepth);
            MESSAGE("slip " << i << " side " << side << ": met " << midMet << " -> " << endMet
                            << ", depth " << midDepth << " -> " << endDepth);
            CHECK(midMet > 0);
            CHECK(endMet * 10 < midMet * 8);
            CHECK(endDepth > midDepth);
        }
    }
}

TEST_CASE("the flexor retinaculum's ends sink under the thenar and hypothenar eminences") {
    // Level with the skin to its ends, the retinaculum stood on the wrist as a box lid with
    // square corners. From the front, it lies deeper under the skin over its ends (beyond 14 mm
    // either side of its middle) than over its middle.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 wrist = rig.at("wrist-joint");
    for (float side : {1.0f, -1.0f}) {
        CAPTURE(side);
        const std::string id =
            std::string("flexor-retinaculum") + (side > 0.0f ? ".left" : ".right");
        float sum[2] = {0, 0};
        int n[2] = {0, 0};
        for (float x = -24.0f; x <= 22.0f; x += 1.0f)
            for (float z = -26.0f; z <= -12.0f; z += 2.0f) {
                for (const auto& hit : fromFront(wrist + glm::vec3(x, 0, z) * k, side, k))
                    if (hit.id == id) {
                        const int end = std::abs(x + 1.0f) > 14.0f ? 1 : 0;
                        sum[end] += hit.depth;
                        ++n[end];
                        break;
                    }
            }
        REQUIRE(n[0] > 0);
        REQUIRE(n[1] > 0);
        const float middle = sum[0] / n[0], ends = sum[1] / n[1];
        MESSAGE("retinaculum side " << side << ": middle " << middle << " mm, ends " << ends
                                    << " mm");
        CHECK(ends > middle + 1.0f);
    }
}
