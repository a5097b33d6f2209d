// The back of the head, neck and upper back as an écorché shows them: the trapezius one diamond
// from the inion and the nuchal line down the ligamentum nuchae to T12 and out to the acromia,
// covering the back of the neck, its three parts meeting without gaps; the occipital bellies
// low on the occiput just above the superior nuchal line, wider than tall, well apart.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHitId;

namespace {

const tpa::core::Mesh& partMesh(const std::string& id) {
    const int i = embeddedScene().findPart(id);
    REQUIRE(i >= 0);
    return embeddedScene().parts[static_cast<std::size_t>(i)].mesh;
}

float nearestVertex(const tpa::core::Mesh& mesh, glm::vec3 target) {
    float best = 1e9f;
    for (const auto& p : mesh.positions) best = std::min(best, glm::length(p - target));
    return best;
}

bool isTrapezius(const std::string& id) { return id.find("trapezius") != std::string::npos; }

// The id of the first part a ray from behind meets at (x, z), on the given side (+1 left,
// -1 right); empty if none.
std::string fromBehind(float x, float z, float side) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    return firstPartHitId({side * x, 400.0f * k, z}, {0.0f, -1.0f, 0.0f});
}

}  // namespace

TEST_CASE("the upper trapezius covers the back of the neck from the inion to C7") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // The two upper trapezii meet (a few mm apart) along the ligamentum nuchae, and each covers
    // the back of the neck out to the sternocleidomastoid: splenius and semispinalis capitis
    // only show in the narrow triangle between the two, not in the middle of the neck.
    for (float z = rig.at("inion").z - 10.0f * k; z > rig.at("c7").z; z -= 10.0f * k)
        for (float lateral : {3.0f, 12.0f, 25.0f})
            for (float side : {1.0f, -1.0f}) {
                CAPTURE(z);
                CAPTURE(lateral);
                const std::string hit = fromBehind(lateral * k, z, side);
                CAPTURE(hit);
                CHECK(hit.rfind("upper-trapezius", 0) == 0);
            }
}

TEST_CASE("the upper trapezius arises from the inion and the medial superior nuchal line") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = partMesh("upper-trapezius.left");
    // The external occipital protuberance, and the nuchal line 25 mm out from it (its medial
    // third), where the line runs laterally and a little forward over the occiput.
    CHECK(nearestVertex(mesh, rig.at("inion")) < 10.0f * k);
    CHECK(nearestVertex(mesh, rig.at("inion") + glm::vec3(25.0f, -6.0f, -2.0f) * k) < 10.0f * k);
    // Down the ligamentum nuchae to the spine of C7; out over the lateral third of the
    // clavicle to the medial border of the acromion.
    CHECK(nearestVertex(mesh, rig.at("c7")) < 12.0f * k);
    CHECK(nearestVertex(mesh, glm::mix(rig.at("clavicle-mid"), rig.at("acromion"), 0.5f)) <
          15.0f * k);
    float lateral = 0.0f;
    for (const auto& p : mesh.positions) lateral = std::max(lateral, p.x);
    CHECK(lateral > rig.at("acromion").x - 30.0f * k);
}

TEST_CASE("the three parts of the trapezius meet without gaps") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    // Along the border of the upper and middle parts (C7 to the acromion), of the middle and
    // lower parts (T4 to the root of the spine of the scapula) and along the midline from C7 to
    // T11, a ray from behind meets the trapezius, not what lies under it.
    struct Border {
        const char* from;
        const char* to;
        float last;  // how far along: past it the shoulder's curve turns away from a ray
    };
    for (const Border& b : {Border{"c7", "acromion", 0.7f}, Border{"t4", "scapula-spine-root", 1.0f}})
        for (float t = 0.05f; t <= b.last; t += 0.05f) {
            const glm::vec3 p = glm::mix(rig.at(b.from), rig.at(b.to), t);
            for (float side : {1.0f, -1.0f}) {
                CAPTURE(b.from);
                CAPTURE(t);
                const std::string hit = fromBehind(p.x, p.z, side);
                CAPTURE(hit);
                CHECK(isTrapezius(hit));
            }
        }
    const float t11 = glm::mix(rig.at("t12").z, rig.at("t7").z, 0.2f);
    for (float z = rig.at("c7").z; z > t11; z -= 10.0f * k)
        for (float side : {1.0f, -1.0f}) {
            CAPTURE(z);
            const std::string hit = fromBehind(2.0f * k, z, side);
            CAPTURE(hit);
            CHECK(isTrapezius(hit));
        }
}

TEST_CASE("the lower trapezius runs from T4 to T12 and converges on the root of the spine") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = partMesh("lower-trapezius.left");
    CHECK(nearestVertex(mesh, rig.at("t4")) < 20.0f * k);
    CHECK(nearestVertex(mesh, rig.at("t12")) < 15.0f * k);
    CHECK(nearestVertex(mesh, rig.at("scapula-spine-root")) < 15.0f * k);
    // A converging fan, not a strip: at T10 it reaches well out from the midline, and its
    // lateral border stays medial to the scapula's.
    float widest = 0.0f;
    const float t10 = glm::mix(rig.at("t12").z, rig.at("t7").z, 0.4f);
    for (const auto& p : mesh.positions)
        if (std::abs(p.z - t10) < 10.0f * k) widest = std::max(widest, p.x);
    CHECK(widest > 20.0f * k);
    for (const auto& p : mesh.positions) CHECK(p.x < rig.at("scapula-spine-root").x + 20.0f * k);
}

TEST_CASE("the occipital bellies lie low on the occiput, wider than tall and well apart") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const auto& mesh = partMesh("occipitalis.left");
    glm::vec3 lo(1e9f), hi(-1e9f), centre(0.0f);
    for (const auto& p : mesh.positions) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
        centre += p / float(mesh.positions.size());
    }
    // Just above the superior nuchal line, which runs out from the inion at about its height:
    // not high on the back of the skull.
    const float above = centre.z - rig.at("inion").z;
    CHECK(above > 0.0f);
    CHECK(above < 14.0f * k);
    // About 4 cm wide and 3 cm tall: its height (the tallest 4 mm column, as the belly follows
    // the line down laterally) clearly under its width.
    float tallest = 0.0f;
    for (float x = lo.x; x < hi.x; x += 4.0f * k) {
        float bottom = 1e9f, top = -1e9f;
        for (const auto& p : mesh.positions)
            if (p.x >= x && p.x < x + 4.0f * k) {
                bottom = std::min(bottom, p.z);
                top = std::max(top, p.z);
            }
        tallest = std::max(tallest, top - bottom);
    }
    CHECK(tallest < 0.8f * (hi.x - lo.x));
    // Over the lateral parts of the line: several centimetres of bare occiput between the two.
    CHECK(lo.x > 15.0f * k);
}
