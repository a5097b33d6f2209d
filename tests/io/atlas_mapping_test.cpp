// Knowledge-base mapping: pattern matching, the shipped mapping file, applying it (muscle ids and
// layers), the validate report, and on the real atlas: every mapped muscle resolves on its side.
#include <set>

#include "atlas_test_util.h"
#include "io/load_error.h"

using namespace tpa;
using core::Side;

namespace {

core::Part musclePart(const std::string& id, const std::string& name, Side side) {
    core::Part p;
    p.id = id;
    p.name = name;
    p.kind = core::PartKind::Muscle;
    p.side = side;
    p.mesh.positions = {{side == Side::Right ? -100.0f : 100.0f, 0, 1400}};
    return p;
}

}  // namespace

TEST_CASE("atlas name patterns: whole name, any case, {side} and *") {
    CHECK(io::matchesAtlasPattern("descending part of {side} trapezius",
                                  "Descending part of right trapezius"));
    CHECK(io::matchesAtlasPattern("descending part of {side} trapezius",
                                  "descending part of left trapezius"));
    CHECK_FALSE(io::matchesAtlasPattern("{side} trapezius", "Descending part of right trapezius"));
    CHECK(io::matchesAtlasPattern("*intercostal*", "External intercostal muscle"));
    CHECK_FALSE(io::matchesAtlasPattern("{side} psoas major", "Right psoas minor"));
}

TEST_CASE("the shipped mapping has one entry per knowledge-base muscle") {
    const auto mapping = io::loadAtlasMapping(test::shippedMapping());
    const auto& kb = test::shippedKnowledge();
    REQUIRE(kb.muscles.size() == 89);
    std::set<std::string> ids;
    for (const auto& rule : mapping.muscles) {
        CHECK_MESSAGE(kb.findMuscle(rule.muscleId) != nullptr, rule.muscleId);
        ids.insert(rule.muscleId);
    }
    CHECK(ids.size() == kb.muscles.size());
    for (const char* absent :
         {"temporalis", "latissimus-dorsi", "rectus-abdominis", "frontalis", "occipitalis"})
        CHECK_MESSAGE(!mapping.find(absent)->absent.empty(), absent);
    CHECK(mapping.defaultLayer == core::Layer::Intermediate);
}

TEST_CASE("a malformed mapping names the field") {
    const auto dir = test::freshDir("mapping-bad");
    test::writeFile(dir / "m.json", R"({"muscles": [{"id": "soleus", "parts": []}]})");
    CHECK_THROWS_WITH_AS(
        io::loadAtlasMapping(dir / "m.json"),
        ((dir / "m.json").string() + ": muscles[0].parts: missing or empty list of name patterns")
            .c_str(),
        io::LoadError);
    test::writeFile(dir / "m.json", R"({"muscles": [], "layers": {"outer": []}})");
    CHECK_THROWS_WITH_AS(
        io::loadAtlasMapping(dir / "m.json"),
        ((dir / "m.json").string() +
         ": layers.outer: unknown layer (expected superficial, intermediate or deep)")
            .c_str(),
        io::LoadError);
}

TEST_CASE("applying the mapping sets muscle ids, knowledge-base layers and the report") {
    const auto mapping = io::loadAtlasMapping(test::shippedMapping());
    core::Scene scene;
    scene.parts = {musclePart("a", "Descending part of right trapezius", Side::Right),
                   musclePart("b", "Descending part of left trapezius", Side::Left),
                   musclePart("c", "Right sternocleidomastoid", Side::Right),
                   musclePart("d", "Left sternocleidomastoid", Side::Left),
                   musclePart("e", "Right thoracic rotator", Side::Right),
                   musclePart("f", "Left platysma", Side::Left)};
    io::applyAtlasMapping(mapping, &test::shippedKnowledge(), scene);
    CHECK(scene.parts[0].muscleId == "upper-trapezius");
    CHECK(scene.parts[0].layer == core::Layer::Superficial);
    CHECK(scene.parts[2].muscleId == "scm-sternal");  // first rule owns the shared mesh
    CHECK(scene.parts[4].muscleId.empty());
    CHECK(scene.parts[4].layer == core::Layer::Deep);
    CHECK(scene.parts[5].layer == core::Layer::Superficial);
    CHECK(io::atlasPartsForMuscle(mapping, scene, "scm-clavicular", Side::Left) ==
          std::vector<int>{3});

    const auto report = io::atlasMappingReport(test::shippedKnowledge(), scene, &mapping);
    CHECK(report.mapped == std::vector<std::string>{"upper-trapezius", "scm-sternal"});
    CHECK(report.shared ==
          std::vector<std::string>{"scm-clavicular (shares the mesh of scm-sternal)"});
    CHECK(report.absent.size() == 5);
    CHECK(report.missing.size() == 89 - 2 - 1 - 5);
    CHECK(report.unusedAtlasMuscles ==
          std::vector<std::string>{"{side} platysma", "{side} thoracic rotator"});
    CHECK(report.text().find("Sharing another muscle's mesh (1):\n  scm-clavicular") !=
          std::string::npos);
}

TEST_CASE("every mapped knowledge-base muscle resolves on the atlas, on its side" *
          doctest::test_suite("atlas")) {
    TPA_REQUIRE_ATLAS();
    const auto& atlas = test::realAtlas();
    const auto mapping = io::loadAtlasMapping(test::shippedMapping());
    for (const auto& rule : mapping.muscles) {
        for (Side side : {Side::Right, Side::Left}) {
            const auto parts = io::atlasPartsForMuscle(mapping, atlas.scene, rule.muscleId, side);
            if (!rule.absent.empty()) {
                CHECK_MESSAGE(parts.empty(), rule.muscleId);
                continue;
            }
            CHECK_MESSAGE(!parts.empty(), rule.muscleId, " ", core::toText(side));
            for (int i : parts) {
                // A right-side muscle lies at negative x (the subject's right), a left one at
                // positive x.
                const auto box = atlas.scene.parts[std::size_t(i)].mesh.bounds();
                const float centre = 0.5f * (box.min.x + box.max.x);
                CHECK_MESSAGE((side == Side::Right ? centre < 0 : centre > 0),
                              atlas.scene.parts[std::size_t(i)].name);
            }
        }
    }
    const auto report = io::atlasMappingReport(test::shippedKnowledge(), atlas.scene, &mapping);
    MESSAGE(report.text());
    CHECK(report.missing.empty());
    CHECK(report.absent.size() == 5);
    CHECK(report.mapped.size() + report.shared.size() == 89 - 5);
}
