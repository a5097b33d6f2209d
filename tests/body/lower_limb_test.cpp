// Lower-limb muscles of the embedded body keep their shapes and reach their attachments: a smooth
// vastus medialis converging on the patella, the soleus behind the tibia (the shin bare), the
// extensor digitorum longus' tendons laid on the dorsum of the foot.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "body/rig.h"
#include "body/skeleton.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::leftMesh;

namespace {

// Edges whose two faces turn more than `degrees` against each other: creases and folds. The
// zipped ends of a swept belly account for a few; a crumpled belly for many.
int sharpEdges(const tpa::core::Mesh& mesh, float degrees) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<glm::vec3>> faces;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                        c = mesh.positions[mesh.indices[t + 2]];
        const glm::vec3 n = glm::cross(b - a, c - a);
        if (glm::length(n) < 0.5f) continue;  // slivers have no reliable normal
        for (int e = 0; e < 3; ++e) {
            const std::uint32_t i = mesh.indices[t + e], j = mesh.indices[t + (e + 1) % 3];
            faces[{std::min(i, j), std::max(i, j)}].push_back(glm::normalize(n));
        }
    }
    const float limit = std::cos(glm::radians(degrees));
    int sharp = 0;
    for (const auto& [edge, n] : faces) sharp += n.size() == 2 && glm::dot(n[0], n[1]) < limit;
    return sharp;
}

}  // namespace

TEST_CASE("vastus medialis is a smooth belly converging on the medial border of the patella") {
    const tpa::body::Rig rig;
    const auto& mesh = leftMesh("vastus-medialis");
    // Its origin line once ran down the femur while the belly was swept across it, crumpling it
    // into a folded shape above the knee (76 edges over 90 degrees; rectus femoris has 3).
    CHECK(sharpEdges(mesh, 90.0f) <= 30);
    // Its lowest fibres reach the medial border of the patella...
    const glm::vec3 border = rig.at("patella") + glm::vec3(-16.0f, 2.0f, 8.0f);
    float reach = 1e9f;
    for (const auto& p : mesh.positions) reach = std::min(reach, glm::length(p - border));
    CHECK(reach < 12.0f);
    // ...and its belly bulges medial to the patella above the knee, not over the kneecap.
    const glm::vec3 patella = rig.at("patella");
    for (const auto& p : mesh.positions)
        if (p.z > patella.z + 40.0f) CHECK(p.x < patella.x);
}

TEST_CASE("soleus lies behind the tibia and leaves the shin bare") {
    const tpa::body::Rig rig;
    const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    // Its origin line ran from the fibular head to the medial condyle through the tibia, and the
    // middle of it was laid over the front of the shin. Nothing of it may lie in front of the
    // tibia's axis within 25 mm of it across.
    int inFront = 0;
    for (const auto& p : leftMesh("soleus").positions) {
        if (p.z > knee.z - 30.0f || p.z < ankle.z + 60.0f) continue;
        const glm::vec3 axis = glm::mix(knee, ankle, (knee.z - p.z) / (knee.z - ankle.z));
        inFront += std::abs(p.x - axis.x) < 25.0f && p.y < axis.y;
    }
    CHECK(inFront == 0);
}

TEST_CASE("extensor digitorum longus ends in tendons on the dorsum of the foot") {
    const tpa::body::Rig rig;
    std::vector<tpa::body::BoneShape> foot;
    for (auto& b : tpa::body::skeletonShapes(rig))
        if (b.id == "foot") foot.push_back(b);
    REQUIRE(foot.size() == 1);
    const glm::vec3 ankle = rig.at("ankle-joint");
    int onFoot = 0;
    // The belly ends at the front of the ankle; its four tendons run on over the foot.
    for (const auto* mesh : {&leftMesh("extensor-digitorum-longus"),
                             &leftMesh("extensor-digitorum-longus-tendons")})
        for (const auto& p : mesh->positions) {
            if (p.y > ankle.y - 40.0f) continue;  // the leg and the front of the ankle
            ++onFoot;
            // On top of the foot bones and the toes, not round the toes onto the sole (it was
            // swept to the toe tips as a broad sheet that twisted over them, down to 3 mm off
            // the floor)...
            CHECK(p.z > ankle.z - 55.0f);
            // ...and lying on them: at most 36 mm above the foot skeleton (the skin of the
            // dorsum stands 25 mm above the bones at the midfoot and up to 38 mm in front of
            // the ankle, where the tendons run 2-4 mm under it).
            CHECK(tpa::body::boneDistance(foot, p) < 36.0f);
        }
    CHECK(onFoot > 16);
    // The belly itself stops at the ankle: no muscle over the metatarsals.
    for (const auto& p : leftMesh("extensor-digitorum-longus").positions)
        CHECK(p.y > ankle.y - 70.0f);
}

TEST_CASE("muscle, not the femur, covers the back of the thigh lateral to the hamstrings") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 trochanter = rig.at("greater-trochanter"), knee = rig.at("knee-joint");
    // Rays from behind onto the femoral shaft and just lateral to it, over the upper two thirds
    // of the thigh: the vastus lateralis lay too far forward and left a strip of bone between
    // it and the biceps femoris.
    for (float side : {1.0f, -1.0f})
        for (float t : {0.15f, 0.3f, 0.45f, 0.6f})
            for (float dx : {0.0f, 8.0f, 16.0f}) {
                const glm::vec3 axis = glm::mix(trochanter + glm::vec3(-24.0f, 0.0f, -20.0f) * k,
                                                knee, t);
                const glm::vec3 from((axis.x + dx * k) * side, 400.0f * k, axis.z);
                CAPTURE(from.x);
                CAPTURE(from.z);
                const int hit = tpa::body::test::firstPartHit(from, {0.0f, -1.0f, 0.0f});
                REQUIRE(hit >= 0);
                const auto& part = embeddedScene().parts[std::size_t(hit)];
                CAPTURE(part.id);
                CHECK(part.kind == tpa::core::PartKind::Muscle);
            }
}

TEST_CASE("from the front, muscle and no femur between the crotch and the knee") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Rays from the front over the whole thigh, both sides: the femur showed through the seam
    // between rectus femoris, vastus lateralis and tensor fasciae latae (87 rays a side), with
    // nothing between it and the rectus femoris, which lay 50 mm in front of it; the vastus
    // intermedius fills that space now.
    const float top = rig.at("hip-joint").z - 80.0f * k, bottom = rig.at("patella").z + 60.0f * k;
    int rays = 0, femur = 0;
    for (float side : {1.0f, -1.0f})
        for (float z = bottom; z <= top; z += 4.0f * k)
            for (float x = 40.0f * k; x <= 190.0f * k; x += 4.0f * k) {
                const std::string id =
                    tpa::body::test::firstPartHitId({side * x, -400.0f * k, z}, {0.0f, 1.0f, 0.0f});
                if (id.empty()) continue;
                ++rays;
                femur += id.rfind("femur", 0) == 0;
            }
    CAPTURE(rays);
    CAPTURE(femur);
    CHECK(femur <= 2);
}

TEST_CASE("the leg's front and lateral muscles arise broad below the knee, not in points") {
    // The tibialis anterior, extensor digitorum longus and fibularis longus arise fleshy from
    // the lateral tibial condyle, the fibular head and the shafts below them. Swept as pennate
    // muscles tapering to their origins, their tops were points with the tibia showing between
    // them from the side, a row of teeth below the knee.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 condyle = rig.at("tibia-lateral-condyle");
    int rays = 0, tibia = 0;
    for (float side : {1.0f, -1.0f})
        for (float y = -40.0f; y <= 4.0f; y += 2.0f)
            for (float z = -32.0f; z <= -22.0f; z += 2.0f) {
                const glm::vec3 from(side * 300.0f * k, condyle.y + y * k, condyle.z + z * k);
                const std::string id =
                    tpa::body::test::firstPartHitId(from, {-side, 0.0f, 0.0f});
                ++rays;
                tibia += id.rfind("tibia.", 0) == 0;
            }
    std::printf("below the lateral condyle from the side: %d of %d rays met the tibia\n", tibia,
                rays);
    CHECK(tibia <= rays / 25);
}

TEST_CASE("above the patella, the rectus femoris reaches it and hides the femur") {
    // The rectus femoris ends on the base of the patella through the quadriceps tendon (drawn as
    // its broad end). It ended as a point 30 mm above the patella's middle, and from the front
    // the femur's lower end showed between the vasti above the patella.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 patella = rig.at("patella");
    int rays = 0, femur = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = -14.0f; x <= 14.0f; x += 2.0f)
            for (float z = 20.0f; z <= 36.0f; z += 2.0f) {
                const glm::vec3 from(side * (patella.x + x * k), patella.y - 300.0f * k,
                                     patella.z + z * k);
                const std::string id =
                    tpa::body::test::firstPartHitId(from, {0.0f, 1.0f, 0.0f});
                ++rays;
                femur += id.rfind("femur.", 0) == 0;
            }
    std::printf("above the patella from the front: %d of %d rays met the femur\n", femur, rays);
    CHECK(femur == 0);
}

TEST_CASE("below the anterior superior iliac spine, the rectus femoris fills the gap to the tensor") {
    // The rectus femoris arises from the anterior inferior iliac spine just below the superior
    // one, between the sartorius and the tensor fasciae latae. Its belly began 40 mm below the
    // superior spine as a point, and from the front the femur's neck and the piriformis showed
    // in the triangle between the sartorius and the tensor.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 hip = rig.at("hip-joint");
    int rays = 0, deep = 0;
    for (float side : {1.0f, -1.0f})
        for (float x = 28.0f; x <= 56.0f; x += 2.0f)
            for (float z = -36.0f; z <= 12.0f; z += 2.0f) {
                const glm::vec3 from(side * (hip.x + x * k), hip.y - 300.0f * k, hip.z + z * k);
                const std::string id =
                    tpa::body::test::firstPartHitId(from, {0.0f, 1.0f, 0.0f});
                ++rays;
                deep += id.rfind("femur.", 0) == 0 || id.rfind("piriformis.", 0) == 0;
            }
    std::printf("below the superior iliac spine from the front: %d of %d rays met the femur or "
                "the piriformis\n",
                deep, rays);
    CHECK(deep <= rays / 15);
}

TEST_CASE("from the side, the soleus fills the strip between fibularis longus and gastrocnemius") {
    // Below the fibular head the soleus shows, from the side, as a strip between the fibularis
    // longus in front and the gastrocnemius' lateral head behind, flush with them. Arising 9 mm
    // under the skin and behind the fibula's posterior border, it left a trench with its own
    // folded edge crumpled in it, and a slit to the fibula's neck behind the fibularis.
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 head = rig.at("fibular-head");
    int rays = 0, deep = 0;
    for (float side : {1.0f, -1.0f})
        for (float y = 12.0f; y <= 36.0f; y += 2.0f)
            for (float z = -70.0f; z <= -20.0f; z += 2.0f) {
                const glm::vec3 from(side * 300.0f * k, head.y + y * k, head.z + z * k);
                const auto hits = tpa::body::test::hitsUnderSkin(from, {-side, 0.0f, 0.0f});
                ++rays;
                deep += hits.empty() || hits.front().depth > 18.0f * k;
            }
    std::printf("behind the fibula from the side: %d of %d rays deeper than 18 mm\n", deep, rays);
    CHECK(deep <= rays / 40);
}
