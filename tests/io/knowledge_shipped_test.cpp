// The shipped knowledge base (assets/knowledge) validates without problems and is complete:
// the counts promised in docs/knowledge-schema.md and every region and condition id.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <string>

#include "io/knowledge_loader.h"
#include "io/knowledge_report.h"

namespace {

const tpa::io::KnowledgeLoadResult& shipped() {
    static const auto result =
        tpa::io::loadKnowledgeBase(std::string(TPA_SOURCE_DIR) + "/assets/knowledge");
    return result;
}

// The vocabularies of docs/knowledge-schema.md.
const char* const kRegionIds[] = {"vertex",
                                  "forehead",
                                  "temple",
                                  "occiput",
                                  "orbit",
                                  "ear",
                                  "tmj",
                                  "cheek",
                                  "teeth-upper",
                                  "teeth-lower",
                                  "jaw",
                                  "throat",
                                  "neck-anterior",
                                  "neck-lateral",
                                  "neck-posterior",
                                  "neck-angle",
                                  "shoulder-top",
                                  "shoulder-anterior",
                                  "shoulder-lateral",
                                  "shoulder-posterior",
                                  "scapula",
                                  "scapula-medial-border",
                                  "interscapular",
                                  "thoracic",
                                  "chest",
                                  "sternum",
                                  "side-of-chest",
                                  "abdomen-upper",
                                  "abdomen-lower",
                                  "lumbar",
                                  "sacroiliac",
                                  "sacrum",
                                  "coccyx",
                                  "buttock",
                                  "groin",
                                  "hip-lateral",
                                  "arm-anterior",
                                  "arm-posterior",
                                  "arm-lateral",
                                  "arm-medial",
                                  "elbow-lateral",
                                  "elbow-medial",
                                  "elbow-posterior",
                                  "forearm-dorsal",
                                  "forearm-volar",
                                  "forearm-radial",
                                  "wrist-dorsal",
                                  "wrist-palmar",
                                  "hand-dorsal",
                                  "palm",
                                  "thumb",
                                  "fingers-radial",
                                  "fingers-ulnar",
                                  "thigh-anterior",
                                  "thigh-lateral",
                                  "thigh-medial",
                                  "thigh-posterior",
                                  "knee-anterior",
                                  "knee-medial",
                                  "knee-lateral",
                                  "knee-posterior",
                                  "shin",
                                  "leg-lateral",
                                  "calf",
                                  "achilles",
                                  "ankle-anterior",
                                  "ankle-lateral",
                                  "ankle-medial",
                                  "heel",
                                  "sole",
                                  "foot-dorsum",
                                  "big-toe",
                                  "toes"};
const char* const kMidlineRegions[] = {"vertex", "sternum", "sacrum", "coccyx"};
const char* const kConditionIds[] = {"tension-type-headache",
                                     "migraine-like-headache",
                                     "tmj-pain",
                                     "neck-stiffness",
                                     "shoulder-pain",
                                     "frozen-shoulder",
                                     "tennis-elbow",
                                     "carpal-tunnel-like",
                                     "thoracic-outlet-like",
                                     "repetitive-strain",
                                     "chest-pain-muscular",
                                     "low-back-pain",
                                     "sciatica-like",
                                     "hip-pain",
                                     "knee-pain",
                                     "shin-calf-pain",
                                     "plantar-heel-pain",
                                     "fibromyalgia",
                                     "postural-problems",
                                     "sports-injuries",
                                     "menstrual-cramp-like"};

}  // namespace

TEST_CASE("every shipped knowledge file validates") {
    const auto& result = shipped();
    INFO(tpa::io::validationText(result));
    CHECK(result.errorCount() == 0);
    CHECK(result.rejectedFiles.empty());
}

TEST_CASE("shipped knowledge has no warnings") {
    const auto& result = shipped();
    INFO(tpa::io::validationText(result));
    CHECK(result.warningCount() == 0);
}

TEST_CASE("shipped content meets the promised counts and vocabularies") {
    const auto& kb = shipped().knowledge;
    CHECK(kb.muscles.size() >= 70);
    CHECK(kb.conditions.size() >= 20);
    CHECK_FALSE(kb.notice.empty());
    CHECK(kb.topics.size() >= 6);
    CHECK(kb.regions.size() == std::size(kRegionIds));
    for (const char* id : kRegionIds) {
        CAPTURE(std::string(id));
        CHECK(kb.findRegion(id) != nullptr);
    }
    for (const char* id : kMidlineRegions) {
        CAPTURE(std::string(id));
        REQUIRE(kb.findRegion(id) != nullptr);
        CHECK_FALSE(kb.findRegion(id)->sided);
    }
    for (const char* id : kConditionIds) {
        CAPTURE(std::string(id));
        CHECK(kb.findCondition(id) != nullptr);
    }
}

TEST_CASE("shipped muscles are exactly the table of docs/knowledge-schema.md") {
    // Rows "| group | id | layer |" of the muscle-id table: the embedded body builds these parts.
    std::ifstream doc(std::string(TPA_SOURCE_DIR) + "/docs/knowledge-schema.md");
    const std::regex row(R"(^\| ([a-z-]+) \| ([a-z0-9-]+) \| (superficial|intermediate|deep) \|$)");
    const auto& kb = shipped().knowledge;
    std::size_t rows = 0;
    for (std::string line; std::getline(doc, line);) {
        std::smatch m;
        if (!std::regex_match(line, m, row)) continue;
        ++rows;
        CAPTURE(line);
        const auto* muscle = kb.findMuscle(m[2].str());
        REQUIRE(muscle != nullptr);
        CHECK(tpa::anatomy::toText(muscle->group) == m[1].str());
        CHECK(tpa::anatomy::toText(muscle->layer) == m[3].str());
    }
    CHECK(rows >= 70);
    CHECK(kb.muscles.size() == rows);
}
