// Head and neck muscles of the embedded body span their real attachments and keep their shapes:
// scalp sheets on the skull with the galea between them, the temporalis fan diving under the
// arch onto the coronoid, masseter, sternocleidomastoid and scalenes between their bones.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "body/rig.h"
#include "body/skeleton.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::leftMesh;

namespace {

std::vector<tpa::body::BoneShape> bones(std::initializer_list<const char*> ids) {
    std::vector<tpa::body::BoneShape> out;
    for (auto& b : tpa::body::skeletonShapes(tpa::body::Rig()))
        for (const char* id : ids)
            if (b.id == id) out.push_back(b);
    REQUIRE(out.size() == ids.size());
    return out;
}

// The vertices of a part ordered by height: the lowest and highest few are its two ends.
std::vector<glm::vec3> byHeight(const tpa::core::Mesh& mesh) {
    std::vector<glm::vec3> v = mesh.positions;
    std::sort(v.begin(), v.end(), [](const glm::vec3& a, const glm::vec3& b) { return a.z < b.z; });
    return v;
}

float nearest(const std::vector<glm::vec3>& pts, glm::vec3 target, std::size_t first,
              std::size_t count) {
    float best = 1e9f;
    for (std::size_t i = first; i < std::min(pts.size(), first + count); ++i)
        best = std::min(best, glm::length(pts[i] - target));
    return best;
}

}  // namespace

TEST_CASE("frontalis and occipitalis are curved sheets on the skull with the galea between them") {
    const tpa::body::Rig rig;
    const auto skull = bones({"skull"});
    for (const char* id : {"frontalis", "occipitalis"}) {
        CAPTURE(id);
        const auto& mesh = leftMesh(id);
        glm::vec3 lo(1e9f), hi(-1e9f), centre(0.0f), normal(0.0f);
        int far = 0;
        // The frontalis' lower part rises off the bone to lie just under the forehead's skin,
        // which stands up to 13 mm off the bone at the brow (6.6 mm off it at most).
        const float off = std::string_view(id) == "frontalis" ? 7.5f : 5.0f;
        for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
            const glm::vec3 p = mesh.positions[i];
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
            centre += p / float(mesh.positions.size());
            normal += mesh.normals[i];
            // On the bone, not floating in the scalp or buried in the vault.
            const float d = tpa::body::boneDistance(skull, p);
            far += d > off || d < -4.0f;
        }
        CHECK(far == 0);
        // A sheet across the forehead or occiput, not a small patch (the occipital belly is
        // about 4 cm wide and 3 cm tall: less tall than the frontal one)...
        const bool occipital = std::string_view(id) == "occipitalis";
        CHECK(hi.x - lo.x >= 35.0f);
        CHECK(hi.z - lo.z >= (occipital ? 25.0f : 35.0f));
        // ...that curves with the skull: far from flat (a flat patch stands 1-2 mm off its mean
        // plane; the smaller occipital belly curves less, and the frontal one, which reaches
        // down the near-vertical brow to the eyebrows, 7.6 mm against 8.1 when it stopped above
        // the brow ridge).
        normal = glm::normalize(normal);
        float bulge = 0.0f;
        for (const auto& p : mesh.positions)
            bulge = std::max(bulge, std::abs(glm::dot(p - centre, normal)));
        CHECK(bulge >= (occipital ? 5.0f : 7.0f));
    }
    // Frontalis rises from the brows; occipitalis from the superior nuchal line by the inion.
    CHECK(byHeight(leftMesh("frontalis")).front().z < rig.at("glabella").z + 12.0f);
    CHECK(std::abs(byHeight(leftMesh("occipitalis")).front().z - rig.at("inion").z) < 12.0f);
    // The galea aponeurotica over the vault separates the two bellies.
    float gap = 1e9f;
    for (const auto& f : leftMesh("frontalis").positions)
        for (const auto& o : leftMesh("occipitalis").positions)
            gap = std::min(gap, glm::length(f - o));
    CHECK(gap >= 80.0f);
}

TEST_CASE(
    "temporalis fans over the temporal fossa and converges under the arch onto the coronoid") {
    const tpa::body::Rig rig;
    const auto skull = bones({"skull"}), mandible = bones({"mandible"});
    const auto v = byHeight(leftMesh("temporalis"));
    const float arch = rig.at("zygoma").z;
    // Insertion: its lowest end below the arch, on the coronoid process of the mandible.
    CHECK(v.front().z < arch - 15.0f);
    for (std::size_t i = 0; i < 5; ++i) CHECK(tpa::body::boneDistance(mandible, v[i]) < 4.0f);
    // Origin: the whole temporal fossa, from behind the orbit to above the ear, up to the
    // temporal line; that part lies on the skull (no farther off it than the belly is thick).
    float front = 1e9f, back = -1e9f;
    int off = 0;
    for (const auto& p : v) {
        if (p.z < arch + 15.0f) continue;
        front = std::min(front, p.y);
        back = std::max(back, p.y);
        off += tpa::body::boneDistance(skull, p) > 9.0f;
    }
    CHECK(back - front >= 80.0f);
    CHECK(v.back().z >= arch + 60.0f);
    CHECK(off == 0);
    // Under the arch, not over it: where it crosses the arch's level, in front of the arch's
    // root, it lies medial to the arch's axis (over the arch it would lie 5 mm lateral to it).
    for (const auto& p : v)
        if (std::abs(p.z - arch) < 3.0f && p.y > rig.at("zygoma").y &&
            p.y < rig.at("tmj").y - 10.0f)
            CHECK(p.x < rig.at("zygoma").x);
}

TEST_CASE("masseter spans the zygomatic arch to the angle of the mandible") {
    const tpa::body::Rig rig;
    const auto skull = bones({"skull"}), mandible = bones({"mandible"});
    const auto v = byHeight(leftMesh("masseter-superficial"));
    CHECK(tpa::body::boneDistance(skull, v.back()) < 8.0f);
    CHECK(tpa::body::boneDistance(mandible, v.front()) < 8.0f);
    CHECK(nearest(v, rig.at("gonion"), 0, 40) < 20.0f);
    CHECK(nearest(v, rig.at("zygoma"), v.size() - 40, 40) < 20.0f);
}

TEST_CASE("sternocleidomastoid runs from the mastoid to the manubrium and the medial clavicle") {
    const tpa::body::Rig rig;
    const auto clavicle = bones({"clavicle"});
    const auto sternal = byHeight(leftMesh("scm-sternal"));
    CHECK(nearest(sternal, rig.at("mastoid"), sternal.size() - 20, 20) < 20.0f);
    CHECK(nearest(sternal, rig.at("jugular-notch"), 0, 20) < 15.0f);
    const auto clavicular = byHeight(leftMesh("scm-clavicular"));
    CHECK(nearest(clavicular, rig.at("mastoid"), clavicular.size() - 20, 20) < 20.0f);
    CHECK(tpa::body::boneDistance(clavicle, clavicular.front()) < 12.0f);
    CHECK(clavicular.front().x < 0.7f * rig.at("clavicle-mid").x);  // its medial third
}

TEST_CASE("scalenes run from the cervical transverse processes to the first two ribs") {
    const tpa::body::Rig rig;
    const auto spine = bones({"spine"}), ribs = bones({"rib-cage"});
    for (const char* id : {"scalene-anterior", "scalene-medius", "scalene-posterior"}) {
        CAPTURE(id);
        const auto v = byHeight(leftMesh(id));
        CHECK(tpa::body::boneDistance(spine, v.back()) < 12.0f);
        CHECK(v.back().z > rig.at("c7").z + 20.0f);
        CHECK(v.back().z < rig.at("c2").z);
        CHECK(tpa::body::boneDistance(ribs, v.front()) < 10.0f);
        CHECK(v.front().z > rig.at("sternal-angle").z);  // ribs 1-2, not lower
    }
}
