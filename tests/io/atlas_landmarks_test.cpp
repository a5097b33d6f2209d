// Registration on the real atlas: every vocabulary landmark is found, lies on (within 15 mm of)
// the bone or skin it is read from, is on the right side, and keeps plausible relations.
#include "io/atlas_landmarks.h"

#include <limits>

#include "atlas_test_util.h"

using namespace tpa;

namespace {

// Tolerance for "on its bone": the vertex picked is on the mesh, but skin landmarks come from
// a ray near the bone and bands can pick a vertex a few mm off the named feature.
constexpr float kOnSourceMm = 15.0f;

float distanceToParts(const core::Scene& scene, const std::vector<std::string>& sources,
                      core::Side side, glm::vec3 p) {
    float best = std::numeric_limits<float>::max();
    for (const auto& part : scene.parts) {
        bool named = false;
        for (std::string src : sources) {
            if (src == "skin") {
                named = named || part.kind == core::PartKind::Skin;
                continue;
            }
            if (auto at = src.find("{side}"); at != std::string::npos)
                src.replace(at, 6,
                            side == core::Side::Right  ? "right"
                            : side == core::Side::Left ? "left"
                                                       : "*");
            named = named || io::matchesAtlasPattern(src, part.name);
        }
        if (!named) continue;
        for (const auto& v : part.mesh.positions) best = std::min(best, glm::distance(v, p));
    }
    return best;
}

glm::vec3 at(const core::Landmarks& l, const std::string& key) {
    const auto p = l.find(key);
    REQUIRE_MESSAGE(p.has_value(), key);
    return *p;
}

}  // namespace

TEST_CASE("every landmark of the vocabulary has an atlas rule") {
    for (const auto& l : core::landmarkVocabulary())
        CHECK_MESSAGE(!io::atlasLandmarkSources(l.name).empty(), l.name);
}

TEST_CASE("atlas landmarks lie on their bones, on the right side" * doctest::test_suite("atlas")) {
    TPA_REQUIRE_ATLAS();
    const auto& atlas = test::realAtlas();
    const auto& lm = atlas.scene.landmarks;
    for (const auto& l : core::landmarkVocabulary()) {
        for (core::Side side : l.sided
                                   ? std::vector<core::Side>{core::Side::Right, core::Side::Left}
                                   : std::vector<core::Side>{core::Side::Midline}) {
            const std::string key = std::string(l.name) + (side == core::Side::Right  ? ".right"
                                                           : side == core::Side::Left ? ".left"
                                                                                      : "");
            const auto p = lm.find(key);
            REQUIRE_MESSAGE(p.has_value(), key);
            const float d =
                distanceToParts(atlas.scene, io::atlasLandmarkSources(l.name), side, *p);
            CHECK_MESSAGE(d <= kOnSourceMm, key, " is ", d, " mm from its source");
            if (side == core::Side::Right) CHECK_MESSAGE(p->x < 0, key);
            if (side == core::Side::Left) CHECK_MESSAGE(p->x > 0, key);
            if (side == core::Side::Midline) CHECK_MESSAGE(std::abs(p->x) < 25, key);
        }
        // The two sides mirror each other to within a few centimetres (the atlas is nearly
        // symmetric).
        if (l.sided) {
            const auto r = at(lm, std::string(l.name) + ".right"),
                       left = at(lm, std::string(l.name) + ".left");
            CHECK_MESSAGE(glm::distance(glm::vec3(-r.x, r.y, r.z), left) < 30.0f, l.name);
        }
    }
}

TEST_CASE("atlas landmarks keep their anatomical relations" * doctest::test_suite("atlas")) {
    TPA_REQUIRE_ATLAS();
    const auto& lm = test::realAtlas().scene.landmarks;
    auto z = [&](const char* k) { return at(lm, k).z; };
    auto y = [&](const char* k) { return at(lm, k).y; };
    // Spine from top to bottom.
    CHECK(z("vertex") > z("inion"));
    CHECK(z("c2") > z("c7"));
    CHECK(z("c7") > z("t4"));
    CHECK(z("t4") > z("t7"));
    CHECK(z("t7") > z("t12"));
    CHECK(z("t12") > z("l3"));
    CHECK(z("l3") > z("s2"));
    CHECK(z("s2") > z("coccyx"));
    // Front and back (-Y is anterior).
    CHECK(y("asis.right") < y("psis.right"));
    CHECK(y("glabella") < y("inion"));
    CHECK(y("jugular-notch") < y("c7"));
    CHECK(y("umbilicus") < y("l3"));
    CHECK(y("patella.left") < y("heel.left"));
    // Limbs run down from the shoulder; the acromion is lateral to the coracoid.
    for (const char* s : {".right", ".left"}) {
        const std::string side(s);
        CHECK(at(lm, "acromion" + side).z > at(lm, "lateral-epicondyle" + side).z);
        CHECK(at(lm, "lateral-epicondyle" + side).z > at(lm, "radial-styloid" + side).z);
        CHECK(at(lm, "radial-styloid" + side).z > at(lm, "middle-fingertip" + side).z);
        CHECK(at(lm, "iliac-crest" + side).z > at(lm, "greater-trochanter" + side).z);
        CHECK(at(lm, "greater-trochanter" + side).z > at(lm, "patella" + side).z);
        CHECK(at(lm, "patella" + side).z > at(lm, "lateral-malleolus" + side).z);
        CHECK(std::abs(at(lm, "acromion" + side).x) > std::abs(at(lm, "coracoid" + side).x));
        CHECK(std::abs(at(lm, "lateral-epicondyle" + side).x) >
              std::abs(at(lm, "medial-epicondyle" + side).x));
        CHECK(std::abs(at(lm, "lateral-malleolus" + side).x) >
              std::abs(at(lm, "medial-malleolus" + side).x));
        CHECK(at(lm, "scapula-superior-angle" + side).z > at(lm, "scapula-spine-root" + side).z);
        CHECK(at(lm, "scapula-spine-root" + side).z > at(lm, "scapula-inferior-angle" + side).z);
    }
    CHECK(test::realAtlas().warnings.empty());
}
