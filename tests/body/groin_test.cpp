// The groin from the front as an écorché shows it: beside the symphysis the body of the pubis,
// then the pectineus along the superior ramus and the adductors below, with the adductor
// brevis under them. Before, the obturator foramen reached the midline, the pectineus arose
// from one point, and no adductor brevis lay under it: between the adductor longus and the
// pubis the gluteus maximus showed from behind, through the pelvis.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

TEST_CASE("from the front, the groin beside the pubis is closed, not open to the buttock") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 symphysis = rig.at("pubic-symphysis");
    int rays = 0, through = 0;
    // Every 2 mm from beside the symphysis out to the femoral vessels' line, from the pubic
    // crest down to where the thighs part; both sides.
    for (float side : {1.0f, -1.0f})
        for (float x = 6.0f; x <= 56.0f; x += 2.0f)
            for (float z = -30.0f; z <= 16.0f; z += 2.0f) {
                const glm::vec3 from(side * x * k, symphysis.y - 300.0f * k, symphysis.z + z * k);
                const auto hits = tpa::body::test::hitsUnderSkin(from, {0.0f, 1.0f, 0.0f});
                if (hits.empty()) continue;
                ++rays;
                // More than 50 mm under the skin of the groin is behind the pelvis.
                through += hits.front().depth > 50.0f * k;
            }
    std::printf("groin from the front: %d of %d rays went behind the pelvis\n", through, rays);
    // A few remain low in the femoral triangle, where the femoral vessels (not modelled) lie
    // between the pectineus and the adductor longus.
    CHECK(through <= rays / 40);
}

namespace {

// How many of a grid of rays from the front cross a muscle's left part more than twice (in
// and out once): a smooth belly is crossed twice, a crumpled one folds over itself.
struct Folds {
    int rays = 0;    // rays that meet the part
    int folded = 0;  // of those, crossing it more than twice
};

Folds foldsFromFront(const std::string& muscle, glm::vec2 xRange, glm::vec2 zRange) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh(muscle);
    Folds f;
    for (float x = xRange.x; x <= xRange.y; x += 2.0f)
        for (float z = zRange.x; z <= zRange.y; z += 2.0f) {
            const auto c = tpa::body::test::meshCrossings(mesh, glm::vec3(x, -400.0f, z) * k,
                                                          {0.0f, 1.0f, 0.0f});
            if (c.empty()) continue;
            ++f.rays;
            f.folded += c.size() > 2;
        }
    return f;
}

}  // namespace

TEST_CASE("from the front, the pectineus and adductor longus leave the pubis smooth, not crumpled") {
    // Over the pubic tubercle and the pecten down to where the adductor longus leaves the
    // pubis (left side, rig mm). Skin-fitted under the groin's crease, their tops folded into
    // crumpled fans: laid freely from the bone they are flat plates.
    const Folds pectineus = foldsFromFront("pectineus", {20.0f, 80.0f}, {860.0f, 920.0f});
    const Folds longus = foldsFromFront("adductor-longus", {6.0f, 60.0f}, {840.0f, 890.0f});
    std::printf("folded rays: pectineus %d of %d, adductor longus %d of %d\n", pectineus.folded,
                pectineus.rays, longus.folded, longus.rays);
    CHECK(pectineus.rays > 200);
    CHECK(longus.rays > 100);
    CHECK(pectineus.folded <= pectineus.rays / 50);
    CHECK(longus.folded <= longus.rays / 50);
}

TEST_CASE("from the front, the body of the pubis is covered between the two sides") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 symphysis = rig.at("pubic-symphysis");
    int rays = 0, bone = 0;
    // Across both pubic bodies, from the pubic crest down to the symphysis' lower end.
    for (float x = -36.0f; x <= 36.0f; x += 2.0f)
        for (float z = -30.0f; z <= 12.0f; z += 2.0f) {
            const glm::vec3 from(x * k, symphysis.y - 300.0f * k, symphysis.z + z * k);
            const int hit = tpa::body::test::firstPartHit(from, {0.0f, 1.0f, 0.0f});
            if (hit < 0) continue;
            ++rays;
            bone += tpa::body::test::embeddedScene().parts[std::size_t(hit)].kind ==
                    tpa::core::PartKind::Bone;
        }
    std::printf("pubis from the front: bone met first by %d of %d rays\n", bone, rays);
    CHECK(rays > 700);
    CHECK(bone <= rays * 2 / 5);
}

TEST_CASE("the adductor longus widens from its tendon on the pubis toward the femur") {
    // Its breadth seen from the front (the x span of its left part, rig mm) at three levels:
    // a narrow tendon at the pubis, fanning down and laterally to the linea aspera.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = tpa::body::test::leftMesh("adductor-longus");
    auto breadth = [&](float z) {
        float lo = 1e9f, hi = -1e9f;
        for (float x = -10.0f; x <= 140.0f; x += 1.0f)
            if (!tpa::body::test::meshCrossings(mesh, glm::vec3(x, -400.0f, z) * k,
                                                {0.0f, 1.0f, 0.0f})
                     .empty()) {
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
        return hi > lo ? hi - lo : 0.0f;
    };
    const float top = breadth(870.0f), upper = breadth(830.0f), middle = breadth(760.0f);
    std::printf("adductor longus breadth at 870/830/760: %.0f %.0f %.0f mm\n", top, upper, middle);
    CHECK(top <= 30.0f);
    CHECK(upper >= top + 8.0f);
    CHECK(middle >= upper);
}

namespace {

// Rays from the anterior view's eye (as the render sees it) through a grid of points, both
// sides: how many meet a part, and how many of those meet bone first.
struct BoneSeen {
    int rays = 0;
    int bone = 0;
};

BoneSeen boneFromFront(const std::vector<glm::vec3>& points) {
    const auto& scene = tpa::body::test::embeddedScene();
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    BoneSeen seen;
    for (const glm::vec3& p : points)
        for (float side : {1.0f, -1.0f}) {
            const glm::vec3 q(side * p.x, p.y, p.z);
            const int hit = tpa::body::test::firstPartHit(eye, q - eye);
            if (hit < 0) continue;
            ++seen.rays;
            seen.bone += scene.parts[std::size_t(hit)].kind == tpa::core::PartKind::Bone;
        }
    return seen;
}

}  // namespace

TEST_CASE("from the front, no bone shows along the inguinal ligament or over the pubic crest") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 asis = rig.at("asis"), tubercle = rig.at("pubic-tubercle");
    const glm::vec3 symphysis = rig.at("pubic-symphysis");
    // A band 24 mm either side of the line from the anterior superior iliac spine to the pubic
    // tubercle (the aponeurosis' lower border over the tops of the sartorius, iliopsoas and
    // pectineus): the ilium's front showed in a crescent between them.
    std::vector<glm::vec3> inguinal;
    for (float t = 0.0f; t <= 1.0f; t += 0.025f)
        for (float d = -24.0f; d <= 24.0f; d += 3.0f)
            inguinal.push_back(glm::mix(asis, tubercle, t) + glm::vec3(0.0f, 0.0f, d * k));
    // Across the pubic crest and the front of the symphysis, where the recti end side by side:
    // pale bone showed below their ends and between them.
    std::vector<glm::vec3> crest;
    for (float x = 0.0f; x <= 30.0f; x += 2.0f)
        for (float z = -20.0f; z <= 12.0f; z += 2.0f)
            crest.push_back(symphysis + glm::vec3(x * k, 0.0f, z * k));
    const BoneSeen line = boneFromFront(inguinal), pubis = boneFromFront(crest);
    std::printf("bone seen first: inguinal line %d of %d, pubic crest %d of %d\n", line.bone,
                line.rays, pubis.bone, pubis.rays);
    CHECK(line.rays > 1000);
    CHECK(pubis.rays > 400);
    CHECK(line.bone <= line.rays / 100);
    CHECK(pubis.bone <= pubis.rays / 50);
}

TEST_CASE("from the front, the gracilis rises to the pubis beside the symphysis") {
    // Under the body of the pubis beside the symphysis (left side), where the gracilis arises:
    // its top lay 40 mm under the symphysis toward the perineum, and from the front the strip
    // between it and the pubis showed the gluteus maximus through the pelvic outlet, with the
    // gracilis' top hooking in toward the midline as a rod (gracilis first 7, gluteus maximus
    // 11 of 32 rays, its top 44 mm under the symphysis; now 33, 5 of 49 and 36 mm).
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 symphysis = rig.at("pubic-symphysis");
    int rays = 0, gracilis = 0, behind = 0;
    float top = -1e9f;
    for (float x = 12.0f; x <= 24.0f; x += 2.0f)
        for (float z = -46.0f; z <= -34.0f; z += 2.0f) {
            const glm::vec3 from(x * k, symphysis.y - 300.0f * k, symphysis.z + z * k);
            const std::string id = tpa::body::test::firstPartHitId(from, {0.0f, 1.0f, 0.0f});
            if (id.empty()) continue;
            ++rays;
            if (id.rfind("gracilis", 0) == 0) {
                ++gracilis;
                top = std::max(top, z);
            }
            behind += id.rfind("gluteus-maximus", 0) == 0;
        }
    std::printf("under the pubis: gracilis first %d, gluteus maximus first %d of %d rays; "
                "gracilis' top %.0f mm under the symphysis\n", gracilis, behind, rays, -top);
    CHECK(rays > 30);
    CHECK(gracilis >= rays / 3);
    CHECK(behind <= rays / 8);
    CHECK(top >= -38.0f);
}

namespace {

// Rays from the anterior view's eye through a grid of points in the plane of the symphysis'
// front (left-side x and z, rig mm, mirrored onto the right): how many meet nothing (the
// background between the thighs), bone, or a part more than 80 mm under the skin (behind the
// pelvis, through a slot between the adductors), of those that were cast.
struct SeenThrough {
    int rays = 0;
    int background = 0;
    int bone = 0;
    int behind = 0;
    int open() const { return background + bone + behind; }
};

SeenThrough throughFromFront(glm::vec2 xRange, glm::vec2 zRange) {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 symphysis = rig.at("pubic-symphysis");
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const auto& scene = tpa::body::test::embeddedScene();
    SeenThrough seen;
    for (float side : {1.0f, -1.0f})
        for (float x = xRange.x; x <= xRange.y; x += 1.0f)
            for (float z = zRange.x; z <= zRange.y; z += 1.0f) {
                const glm::vec3 q(side * x * k, symphysis.y, z * k);
                ++seen.rays;
                const auto hits = tpa::body::test::hitsUnderSkin(eye, q - eye);
                if (hits.empty()) {
                    ++seen.background;
                    continue;
                }
                const int part = scene.findPart(hits.front().id);
                if (scene.parts[std::size_t(part)].kind == tpa::core::PartKind::Bone)
                    ++seen.bone;
                else
                    seen.behind += hits.front().depth > 80.0f * k;
            }
    return seen;
}

}  // namespace

TEST_CASE("from the front, the gracilis' top rises onto the pubis beside the symphysis") {
    // Within 24 mm of the midline from the symphysis' lower end (about 852) down 16 mm: the
    // gracilis' top lay under the pubis and curled in toward the midline as a hook, the body
    // of the pubis an ivory bar above it and the background between the thighs below it (bone
    // 316, background 138, behind 85 of 1250 rays); it now rises onto the pubis' lower body
    // beside the symphysis, sunk under the skin there, the two sides' tops meeting below it
    // (13, 12, 22: a drop of symphysis between them, the thighs parting below).
    const SeenThrough seen = throughFromFront({0.0f, 24.0f}, {840.0f, 864.0f});
    std::printf("under the pubis from the front: bone %d, background %d, behind %d of %d rays\n",
                seen.bone, seen.background, seen.behind, seen.rays);
    CHECK(seen.rays > 1000);
    CHECK(seen.bone <= seen.rays / 50);
    CHECK(seen.open() <= seen.rays / 16);
}

TEST_CASE("from the front, the pectineus and the adductors leave no slot onto bone or behind") {
    // From the pubic tubercle's level down to where the sartorius crosses the adductor longus,
    // across the pectineus, the adductor longus and the gracilis: between the adductor longus'
    // outer edge and the pectineus' medial edge a slot showed the pelvis and the hamstrings
    // behind it (and the adductor brevis poked through the adductor longus' edge): bone 56,
    // behind 18 of 3034 rays; now 12 and 0 (a hairline of pubic tubercle at the rectus' end).
    const SeenThrough seen = throughFromFront({24.0f, 60.0f}, {840.0f, 880.0f});
    std::printf("femoral triangle's floor from the front: bone %d, background %d, behind %d of "
                "%d rays\n", seen.bone, seen.background, seen.behind, seen.rays);
    CHECK(seen.rays > 2500);
    CHECK(seen.open() <= seen.rays / 200);
}
