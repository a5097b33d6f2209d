// Mapping file parsing, name-pattern matching, and the knowledge-base/atlas comparison.
#include "io/atlas_mapping.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "io/atlas_names.h"
#include "io/load_error.h"

namespace tpa::io {
namespace {

using nlohmann::json;

bool globMatch(std::string_view p, std::string_view s) {
    // Iterative glob with backtracking to the last '*'.
    std::size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
    while (si < s.size()) {
        if (pi < p.size() && p[pi] == '*') {
            star = pi++;
            mark = si;
        } else if (pi < p.size() && p[pi] == s[si]) {
            ++pi;
            ++si;
        } else if (star != std::string_view::npos) {
            pi = star + 1;
            si = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*') ++pi;
    return pi == p.size();
}

std::string replaceSide(std::string pattern, std::string_view side) {
    for (std::size_t at; (at = pattern.find("{side}")) != std::string::npos;)
        pattern.replace(at, 6, side);
    return pattern;
}

// The name with its side word replaced, so the two sides of a muscle report as one line.
std::string sideless(std::string_view name) {
    std::string n = lowerCase(name);
    for (std::string_view w : {"right", "left"})
        for (std::size_t at; (at = n.find(w)) != std::string::npos;)
            n.replace(at, w.size(), "{side}");
    return displayName(n);
}

core::Layer toLayer(anatomy::MuscleLayer l) {
    switch (l) {
        case anatomy::MuscleLayer::Superficial:
            return core::Layer::Superficial;
        case anatomy::MuscleLayer::Intermediate:
            return core::Layer::Intermediate;
        case anatomy::MuscleLayer::Deep:
            return core::Layer::Deep;
    }
    return core::Layer::Intermediate;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

}  // namespace

const AtlasMuscleRule* AtlasMapping::find(std::string_view muscleId) const {
    for (const auto& r : muscles)
        if (r.muscleId == muscleId) return &r;
    return nullptr;
}

std::filesystem::path atlasMappingFile(const std::filesystem::path& dataDir) {
    return dataDir / "atlas" / "bodyparts3d-mapping.json";
}

bool matchesAtlasPattern(std::string_view pattern, std::string_view name) {
    const std::string p = lowerCase(pattern), n = lowerCase(name);
    if (p.find("{side}") == std::string::npos) return globMatch(p, n);
    return globMatch(replaceSide(p, "right"), n) || globMatch(replaceSide(p, "left"), n);
}

AtlasMapping loadAtlasMapping(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw LoadError(file.string() + ": cannot open file");
    json doc;
    try {
        doc = json::parse(in);
    } catch (const json::exception& e) {
        throw LoadError(file.string() + ": invalid JSON: " + e.what());
    }
    const std::string where = file.string() + ": ";
    auto fail = [&](const std::string& field, const std::string& what) {
        throw LoadError(where + field + ": " + what);
    };
    if (!doc.is_object() || !doc.contains("muscles") || !doc["muscles"].is_array())
        fail("muscles", "missing list");
    AtlasMapping mapping;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < doc["muscles"].size(); ++i) {
        const json& m = doc["muscles"][i];
        const std::string at = "muscles[" + std::to_string(i) + "]";
        if (!m.is_object() || !m.contains("id") || !m["id"].is_string() ||
            m["id"].get<std::string>().empty())
            fail(at + ".id", "missing or not a string");
        AtlasMuscleRule rule;
        rule.muscleId = m["id"].get<std::string>();
        if (!seen.insert(rule.muscleId).second)
            fail(at + ".id", "duplicate muscle '" + rule.muscleId + "'");
        if (!m.contains("parts") || !m["parts"].is_array() || m["parts"].empty())
            fail(at + ".parts", "missing or empty list of name patterns");
        for (std::size_t k = 0; k < m["parts"].size(); ++k) {
            if (!m["parts"][k].is_string() || m["parts"][k].get<std::string>().empty())
                fail(at + ".parts[" + std::to_string(k) + "]", "not a non-empty string");
            rule.patterns.push_back(lowerCase(m["parts"][k].get<std::string>()));
        }
        if (m.contains("absent"))
            rule.absent = m["absent"].is_string() ? m["absent"].get<std::string>() : "";
        if (m.contains("note") && m["note"].is_string()) rule.note = m["note"].get<std::string>();
        mapping.muscles.push_back(std::move(rule));
    }
    if (doc.contains("layers")) {
        if (!doc["layers"].is_object()) fail("layers", "not an object");
        for (const auto& [name, patterns] : doc["layers"].items()) {
            const auto layer = core::parseLayer(name);
            if (!layer)
                fail("layers." + name,
                     "unknown layer (expected superficial, intermediate or deep)");
            if (!patterns.is_array()) fail("layers." + name, "not a list of name patterns");
            std::vector<std::string> list;
            for (const auto& p : patterns)
                if (p.is_string()) list.push_back(lowerCase(p.get<std::string>()));
            mapping.layerPatterns.emplace_back(*layer, std::move(list));
        }
    }
    if (doc.contains("default_layer")) {
        const auto layer = doc["default_layer"].is_string()
                               ? core::parseLayer(doc["default_layer"].get<std::string>())
                               : std::nullopt;
        if (!layer) fail("default_layer", "unknown layer");
        mapping.defaultLayer = *layer;
    }
    return mapping;
}

std::vector<int> atlasPartsForMuscle(const AtlasMapping& mapping, const core::Scene& scene,
                                     std::string_view muscleId, core::Side side) {
    std::vector<int> out;
    const AtlasMuscleRule* rule = mapping.find(muscleId);
    if (!rule) return out;
    for (std::size_t i = 0; i < scene.parts.size(); ++i) {
        const core::Part& p = scene.parts[i];
        if (p.kind != core::PartKind::Muscle || (side != core::Side::Midline && p.side != side))
            continue;
        if (std::any_of(rule->patterns.begin(), rule->patterns.end(),
                        [&](const std::string& pat) { return matchesAtlasPattern(pat, p.name); }))
            out.push_back(int(i));
    }
    return out;
}

void applyAtlasMapping(const AtlasMapping& mapping, const anatomy::KnowledgeBase* knowledge,
                       core::Scene& scene) {
    for (core::Part& p : scene.parts) {
        if (p.kind != core::PartKind::Muscle) continue;
        p.muscleId.clear();
        for (const auto& rule : mapping.muscles) {
            if (std::none_of(
                    rule.patterns.begin(), rule.patterns.end(),
                    [&](const std::string& pat) { return matchesAtlasPattern(pat, p.name); }))
                continue;
            p.muscleId = rule.muscleId;
            break;
        }
        const anatomy::Muscle* m =
            knowledge && !p.muscleId.empty() ? knowledge->findMuscle(p.muscleId) : nullptr;
        if (m) {
            p.layer = toLayer(m->layer);
            continue;
        }
        p.layer = mapping.defaultLayer;
        for (const auto& [layer, patterns] : mapping.layerPatterns)
            if (std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pat) {
                    return matchesAtlasPattern(pat, p.name);
                })) {
                p.layer = layer;
                break;
            }
    }
}

AtlasMappingReport atlasMappingReport(const anatomy::KnowledgeBase& knowledge,
                                      const core::Scene& scene, const AtlasMapping* mapping) {
    AtlasMappingReport report;
    for (const anatomy::Muscle& m : knowledge.muscles) {
        const bool right = !scene.partsOfMuscle(m.id, core::Side::Right).empty();
        const bool left = !scene.partsOfMuscle(m.id, core::Side::Left).empty();
        if (right && left) {
            report.mapped.push_back(m.id);
            continue;
        }
        const AtlasMuscleRule* rule = mapping ? mapping->find(m.id) : nullptr;
        if (rule && !atlasPartsForMuscle(*mapping, scene, m.id, core::Side::Midline).empty()) {
            std::set<std::string> owners;
            for (int i : atlasPartsForMuscle(*mapping, scene, m.id, core::Side::Midline))
                owners.insert(scene.parts[std::size_t(i)].muscleId);
            report.shared.push_back(m.id + " (shares the mesh of " +
                                    joined({owners.begin(), owners.end()}) + ")");
        } else if (rule && !rule->absent.empty()) {
            report.absent.push_back(m.id);
        } else {
            report.missing.push_back(
                m.id + (right || left
                            ? std::string(right ? " (left side)" : " (right side)")
                            : std::string(rule || !mapping ? "" : " (no mapping entry)")));
        }
    }
    std::set<std::string> unused;
    for (const core::Part& p : scene.parts)
        if (p.kind == core::PartKind::Muscle && p.muscleId.empty()) unused.insert(sideless(p.name));
    report.unusedAtlasMuscles.assign(unused.begin(), unused.end());
    return report;
}

std::string AtlasMappingReport::text() const {
    std::ostringstream out;
    out << "Knowledge-base muscles with atlas meshes: " << mapped.size() << "\n";
    auto section = [&](const char* title, const std::vector<std::string>& items) {
        out << title << " (" << items.size() << ")" << (items.empty() ? "\n" : ":\n");
        for (const auto& s : items) out << "  " << s << "\n";
    };
    section("Sharing another muscle's mesh", shared);
    section("Lacking in the atlas, as the mapping expects (trigger points still shown)", absent);
    section("Lacking in the atlas unexpectedly", missing);
    section("Atlas muscles no knowledge-base entry uses", unusedAtlasMuscles);
    return out.str();
}

}  // namespace tpa::io
