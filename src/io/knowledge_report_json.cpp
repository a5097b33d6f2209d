// JSON documents for the command line; names follow the knowledge files' own field names.
#include "io/knowledge_report.h"

namespace tpa::io {
namespace {

using anatomy::toText;
using nlohmann::json;

json sourcesJson(const std::vector<anatomy::Source>& sources) {
    json out = json::array();
    for (const auto& s : sources) {
        json j = {{"ref", s.ref}};
        if (!s.note.empty()) j["note"] = s.note;
        out.push_back(j);
    }
    return out;
}

json idName(const std::string& id, const std::string* name) {
    return {{"id", id}, {"name", name ? json(*name) : json(nullptr)}};
}

std::size_t trpCount(const anatomy::KnowledgeBase& kb) {
    std::size_t n = 0;
    for (const auto& m : kb.muscles) n += m.triggerPoints.size();
    return n;
}

}  // namespace

json anchorJson(const anatomy::Anchor& a) {
    json j;
    if (a.isBetween()) {
        j["between"] = {a.from, a.to};
        j["t"] = a.t;
    } else {
        j["at"] = a.from;
    }
    const auto& o = a.offsetMm;
    if (o.up != 0.0f || o.anterior != 0.0f || o.lateral != 0.0f)
        j["offset_mm"] = {{"up", o.up}, {"anterior", o.anterior}, {"lateral", o.lateral}};
    return j;
}

json musclesJson(const anatomy::KnowledgeBase& kb) {
    json list = json::array();
    for (const auto& m : kb.muscles)
        list.push_back({{"id", m.id},
                        {"name", m.name},
                        {"group", toText(m.group)},
                        {"layer", toText(m.layer)},
                        {"trigger_point_count", m.triggerPoints.size()},
                        {"confidence", toText(m.confidence)},
                        {"file", m.file}});
    return {{"count", list.size()}, {"muscles", list}};
}

json regionsJson(const anatomy::KnowledgeBase& kb) {
    json list = json::array();
    for (const auto& r : kb.regions)
        list.push_back(
            {{"id", r.id}, {"name", r.name}, {"sided", r.sided}, {"definition", r.definition}});
    return {{"count", list.size()}, {"regions", list}};
}

json conditionsJson(const anatomy::KnowledgeBase& kb) {
    json list = json::array();
    for (const auto& c : kb.conditions)
        list.push_back({{"id", c.id},
                        {"name", c.name},
                        {"aliases", c.aliases},
                        {"examine_count", c.examine.size()}});
    return {{"count", list.size()}, {"conditions", list}};
}

json muscleJson(const anatomy::KnowledgeBase& kb, const anatomy::Muscle& m) {
    json trps = json::array();
    for (const auto& t : m.triggerPoints) {
        json zones = json::array();
        for (const auto& z : t.zones) {
            json regions = json::array();
            for (const auto& id : z.regions) {
                const auto* r = kb.findRegion(id);
                regions.push_back(idName(id, r ? &r->name : nullptr));
            }
            json shapes = json::array();
            for (const auto& s : z.shapes)
                shapes.push_back({{"center", anchorJson(s.center)}, {"radius_mm", s.radiusMm}});
            zones.push_back({{"kind", toText(z.kind)},
                             {"regions", regions},
                             {"side", toText(z.side)},
                             {"side_note", z.sideNote},
                             {"shapes", shapes}});
        }
        trps.push_back({{"id", t.id},
                        {"name", t.name},
                        {"description", t.description},
                        {"location", anchorJson(t.location)},
                        {"zones", zones}});
    }
    json conditions = json::array();
    for (const auto& id : m.conditions) {
        const auto* c = kb.findCondition(id);
        conditions.push_back(idName(id, c ? &c->name : nullptr));
    }
    json selfCare = json::array();
    for (const auto& s : m.selfCare)
        selfCare.push_back({{"kind", toText(s.kind)}, {"text", s.text}});
    json satellites = json::array();
    for (const auto& s : m.satellites) {
        const auto* sm = kb.findMuscle(s.muscle);
        json j = idName(s.muscle, sm ? &sm->name : nullptr);
        j["note"] = s.note;
        satellites.push_back(j);
    }
    return {{"id", m.id},
            {"name", m.name},
            {"latin", m.latin},
            {"synonyms", m.synonyms},
            {"group", toText(m.group)},
            {"layer", toText(m.layer)},
            {"origin", m.origin},
            {"insertion", m.insertion},
            {"action", m.action},
            {"innervation", m.innervation},
            {"trigger_points", trps},
            {"complaints", m.complaints},
            {"conditions", conditions},
            {"perpetuating_factors", m.perpetuatingFactors},
            {"self_care", selfCare},
            {"cautions", m.cautions},
            {"satellites", satellites},
            {"sources", sourcesJson(m.sources)},
            {"confidence", toText(m.confidence)},
            {"file", m.file}};
}

json conditionJson(const anatomy::KnowledgeBase& kb, const anatomy::Condition& c) {
    json examine = json::array();
    for (const auto& id : c.examine) {
        const auto* m = kb.findMuscle(id);
        examine.push_back(idName(id, m ? &m->name : nullptr));
    }
    json linked = json::array();
    for (const auto* m : kb.musclesLinkedTo(c.id)) linked.push_back(idName(m->id, &m->name));
    return {{"id", c.id},
            {"name", c.name},
            {"aliases", c.aliases},
            {"description", c.description},
            {"examine", examine},
            {"linked_muscles", linked},
            {"red_flags", c.redFlags},
            {"self_care", c.selfCare},
            {"sources", sourcesJson(c.sources)},
            {"file", c.file}};
}

json validationJson(const KnowledgeLoadResult& result) {
    json diagnostics = json::array();
    for (const auto& d : result.diagnostics)
        diagnostics.push_back({{"severity", d.isError() ? "error" : "warning"},
                               {"file", d.file},
                               {"line", d.line},
                               {"column", d.column},
                               {"entry", d.entry},
                               {"path", d.path},
                               {"message", d.message},
                               {"text", d.format()}});
    const auto& kb = result.knowledge;
    return {{"clean", result.clean()},
            {"errors", result.errorCount()},
            {"warnings", result.warningCount()},
            {"files_loaded", result.loadedFiles},
            {"files_rejected", result.rejectedFiles},
            {"counts",
             {{"muscles", kb.muscles.size()},
              {"trigger_points", trpCount(kb)},
              {"conditions", kb.conditions.size()},
              {"regions", kb.regions.size()},
              {"topics", kb.topics.size()}}},
            {"diagnostics", diagnostics}};
}

int validationExitCode(const KnowledgeLoadResult& result) { return result.clean() ? 0 : 1; }

}  // namespace tpa::io
