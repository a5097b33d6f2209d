// The knowledge-base-to-atlas mapping (assets/atlas/bodyparts3d-mapping.json): which atlas
// parts make each knowledge-base muscle, by FMA name pattern, and the depth layer of the rest.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "core/scene.h"

namespace tpa::io {

struct AtlasMuscleRule {
    std::string muscleId;
    std::vector<std::string> patterns;  // lower case, "{side}" and "*" allowed
    std::string absent;                 // non-empty: the atlas is known to lack this muscle (why)
    std::string note;
};

struct AtlasMapping {
    std::vector<AtlasMuscleRule> muscles;  // file order: the first matching rule owns a part
    std::vector<std::pair<core::Layer, std::vector<std::string>>> layerPatterns;  // other muscles
    core::Layer defaultLayer = core::Layer::Intermediate;

    const AtlasMuscleRule* find(std::string_view muscleId) const;
};

// Reads the mapping; throws LoadError "<file>: muscles[3].parts[1]: ..." naming the field.
AtlasMapping loadAtlasMapping(const std::filesystem::path& file);
// "<dataDir>/atlas/bodyparts3d-mapping.json".
std::filesystem::path atlasMappingFile(const std::filesystem::path& dataDir);

// Whole-name, case-insensitive match; "{side}" matches "right" or "left", "*" any run.
bool matchesAtlasPattern(std::string_view pattern, std::string_view name);

// Indices of the parts a muscle's rule names on a side (Midline = both sides), whether or not
// they are owned by that muscle (scm-clavicular shares scm-sternal's mesh, for instance).
std::vector<int> atlasPartsForMuscle(const AtlasMapping& mapping, const core::Scene& scene,
                                     std::string_view muscleId, core::Side side);

// Sets Part::muscleId on every muscle part a rule names (first rule wins) and the layer: the
// knowledge base's layer for mapped muscles (when `knowledge` is given), the layer table or
// the default for other muscles. Non-muscle parts are left as they are.
void applyAtlasMapping(const AtlasMapping& mapping, const anatomy::KnowledgeBase* knowledge,
                       core::Scene& scene);

struct AtlasMappingReport {
    std::vector<std::string> mapped;  // knowledge-base muscles with >= 1 part on both sides
    std::vector<std::string> absent;  // lacking, and the mapping says so on purpose
    std::vector<std::string>
        missing;                      // lacking although the mapping expects parts (or has no rule)
    std::vector<std::string> shared;  // "scm-clavicular (shares FJ1595 ... with scm-sternal)"
    std::vector<std::string> unusedAtlasMuscles;  // atlas muscle names no entry uses, sides merged

    // Plain-text report for `tpatlas validate --atlas DIR`.
    std::string text() const;
};

// Compares the knowledge base with a loaded (and mapped) atlas scene. Without a mapping only
// Part::muscleId is used: every muscle without parts counts as missing.
AtlasMappingReport atlasMappingReport(const anatomy::KnowledgeBase& knowledge,
                                      const core::Scene& scene,
                                      const AtlasMapping* mapping = nullptr);

}  // namespace tpa::io
