// The shipped regions.json on a synthetic adult: probes across the body land in the region a
// therapist would name, on the right side, and every point of a dense cloud gets a region.
#include <doctest/doctest.h>

#include <string>

#include "anatomy/region_classifier.h"
#include "anatomy/synthetic_body.h"
#include "io/knowledge_loader.h"

using tpa::anatomy::RegionClassifier;
using tpa::core::Side;

namespace {

tpa::io::KnowledgeLoadResult shippedRegions() {
    tpa::io::KnowledgeLoadResult result;
    tpa::io::loadKnowledgeExtension(result,
                                    std::string(TPA_SOURCE_DIR) + "/assets/knowledge/regions.json");
    return result;
}

struct Probe {
    const char* what;
    glm::vec3 point;
    glm::vec3 normal;
    const char* region;
    Side side;
};

// Points on the skin of the synthetic body (tests/anatomy/synthetic_body.h), with the outward
// normal a body mesh would have there.
const Probe kProbes[] = {
    {"temple", {68, -45, 1650}, {1, 0, 0}, "temple", Side::Left},
    {"forehead", {20, -96, 1665}, {0, -1, 0.2f}, "forehead", Side::Left},
    {"crown", {0, 0, 1748}, {0, 0, 1}, "vertex", Side::Midline},
    {"back of the head", {-30, 92, 1630}, {0, 1, 0}, "occiput", Side::Right},
    {"ear", {-78, 15, 1600}, {-1, 0, 0}, "ear", Side::Right},
    {"jaw joint", {68, -10, 1595}, {1, 0, 0}, "tmj", Side::Left},
    {"eye", {32, -88, 1615}, {0, -1, 0}, "orbit", Side::Left},
    {"cheek", {50, -80, 1580}, {0.3f, -1, 0}, "cheek", Side::Left},
    {"angle of the jaw", {52, -35, 1535}, {0.6f, -0.3f, -0.7f}, "jaw", Side::Left},
    {"throat", {5, -60, 1490}, {0, -1, 0}, "throat", Side::Left},
    {"back of the neck", {15, 62, 1510}, {0, 1, 0}, "neck-posterior", Side::Left},
    {"side of the neck", {-58, 10, 1500}, {-1, 0, 0}, "neck-lateral", Side::Right},
    {"top of the shoulder", {120, 30, 1455}, {0, 0, 1}, "shoulder-top", Side::Left},
    {"point of the shoulder", {232, 10, 1380}, {1, 0, 0}, "shoulder-lateral", Side::Left},
    {"breastbone", {0, -80, 1360}, {0, -1, 0}, "sternum", Side::Midline},
    {"right chest", {-90, -110, 1330}, {0, -1, 0}, "chest", Side::Right},
    {"between the shoulder blades", {40, 105, 1320}, {0, 1, 0}, "interscapular", Side::Left},
    {"shoulder blade", {120, 110, 1330}, {0.3f, 1, 0}, "scapula", Side::Left},
    {"side of the chest", {-150, 0, 1220}, {-1, 0, 0}, "side-of-chest", Side::Right},
    {"upper belly", {40, -108, 1160}, {0, -1, 0}, "abdomen-upper", Side::Left},
    {"lower belly", {30, -105, 1000}, {0, -1, 0}, "abdomen-lower", Side::Left},
    {"groin", {75, -75, 920}, {0.3f, -1, 0.3f}, "groin", Side::Left},
    {"low back", {40, 85, 1080}, {0, 1, 0}, "lumbar", Side::Left},
    {"sacrum", {0, 95, 940}, {0, 1, -0.2f}, "sacrum", Side::Midline},
    {"right buttock", {-90, 130, 880}, {0, 1, 0}, "buttock", Side::Right},
    {"side of the hip", {175, 10, 925}, {1, 0, 0}, "hip-lateral", Side::Left},
    {"back of the upper arm", {192, 52, 1260}, {0, 1, 0}, "arm-posterior", Side::Left},
    {"front of the right upper arm", {-192, -30, 1250}, {0, -1, 0}, "arm-anterior", Side::Right},
    {"outer elbow", {232, 10, 1110}, {1, 0, 0}, "elbow-lateral", Side::Left},
    {"front of the forearm", {205, -25, 980}, {0, -1, 0}, "forearm-volar", Side::Left},
    {"back of the right forearm", {-205, 40, 980}, {0, 1, 0}, "forearm-dorsal", Side::Right},
    {"palm", {215, -18, 795}, {0, -1, 0}, "palm", Side::Left},
    {"back of the hand", {215, 12, 795}, {0, 1, 0}, "hand-dorsal", Side::Left},
    {"ring finger", {190, -15, 700}, {0, -1, 0}, "fingers-ulnar", Side::Left},
    {"index finger", {228, -18, 690}, {0, -1, 0}, "fingers-radial", Side::Left},
    {"thumb", {262, -38, 775}, {0.5f, -1, 0}, "thumb", Side::Left},
    {"outer thigh", {165, 2, 700}, {1, 0, 0}, "thigh-lateral", Side::Left},
    {"front of the right thigh", {-90, -70, 720}, {0, -1, 0}, "thigh-anterior", Side::Right},
    {"kneecap", {95, -57, 500}, {0, -1, 0}, "knee-anterior", Side::Left},
    {"back of the knee", {95, 45, 505}, {0, 1, 0}, "knee-posterior", Side::Left},
    {"left shin", {96, -40, 300}, {0, -1, 0}, "shin", Side::Left},
    {"right calf", {-96, 50, 320}, {0, 1, 0}, "calf", Side::Right},
    {"outer lower leg", {140, 5, 300}, {1, 0, 0}, "leg-lateral", Side::Left},
    {"achilles tendon", {97, 40, 120}, {0, 1, 0}, "achilles", Side::Left},
    {"outer ankle", {124, 20, 70}, {1, 0, 0}, "ankle-lateral", Side::Left},
    {"right heel", {-95, 65, 25}, {0, 1, 0}, "heel", Side::Right},
    {"sole", {85, -40, 2}, {0, 0, -1}, "sole", Side::Left},
    {"top of the foot", {85, -60, 68}, {0, 0, 1}, "foot-dorsum", Side::Left},
    {"big toe", {75, -168, 22}, {0, -1, 0.3f}, "big-toe", Side::Left},
    {"little toes", {110, -150, 15}, {0, 0, 1}, "toes", Side::Left},
};

}  // namespace

TEST_CASE("shipped regions.json loads cleanly") {
    auto result = shippedRegions();
    for (const auto& d : result.diagnostics) INFO(d.format());
    CHECK(result.diagnostics.empty());
    CHECK(result.knowledge.regions.size() == 73);
}

TEST_CASE("region classifier probes on a synthetic adult") {
    auto result = shippedRegions();
    const auto& regions = result.knowledge.regions;
    RegionClassifier classifier(regions, tpa::test::syntheticLandmarks());
    CHECK(classifier.problems().empty());
    for (const auto& probe : kProbes) {
        auto hit = classifier.classify(probe.point, glm::normalize(probe.normal));
        std::string got =
            hit.region < 0 ? "(none)" : regions[static_cast<std::size_t>(hit.region)].id;
        CAPTURE(std::string(probe.what));
        CHECK(got == probe.region);
        CHECK(tpa::core::toText(hit.side) == tpa::core::toText(probe.side));
    }
}

TEST_CASE("region classifier mirrors left and right") {
    auto result = shippedRegions();
    RegionClassifier classifier(result.knowledge.regions, tpa::test::syntheticLandmarks());
    for (const auto& probe : kProbes) {
        glm::vec3 mirrored(-probe.point.x, probe.point.y, probe.point.z);
        glm::vec3 normal(-probe.normal.x, probe.normal.y, probe.normal.z);
        auto a = classifier.classify(probe.point, glm::normalize(probe.normal));
        auto b = classifier.classify(mirrored, glm::normalize(normal));
        CAPTURE(std::string(probe.what));
        CHECK(a.region == b.region);
        if (a.side != Side::Midline) CHECK(b.side == tpa::anatomy::oppositeSide(a.side));
    }
}

TEST_CASE("region classifier assigns every point of a body-sized cloud") {
    auto result = shippedRegions();
    RegionClassifier classifier(result.knowledge.regions, tpa::test::syntheticLandmarks());
    int unassigned = 0;
    for (float x = -300; x <= 300; x += 37)
        for (float y = -200; y <= 200; y += 41)
            for (float z = 0; z <= 1760; z += 53)
                if (classifier.classify({x, y, z}, {0, 0, 0}).region < 0) ++unassigned;
    CHECK(unassigned == 0);
}
