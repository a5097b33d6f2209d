// Reading a muscle entry: trigger points, referral zones, shapes, self-care, satellites.
#include <algorithm>
#include <map>

#include "io/knowledge_parser.h"

namespace tpa::io::parse {
namespace {

using anatomy::ZoneKind;

bool isTrpId(const std::string& id) {
    return id.size() > 3 && id.compare(0, 3, "TrP") == 0 &&
           id.find_first_not_of("0123456789", 3) == std::string::npos;
}

anatomy::Zone zone(KnowledgeReader& r, const json& obj, const std::string& ptr,
                   const KnowledgeIds& ids, bool& kindKnown) {
    anatomy::Zone z;
    r.checkFields(obj, ptr, {"kind", "regions", "side", "side_note", "shapes"});
    kindKnown = r.enumeration(obj, ptr, "kind", Need::Required, z.kind);
    z.regions =
        references(r, obj, ptr, "regions", Need::Required, 1, ids.regions, ids.regionsComplete,
                   "region", "expected one of the ids in regions.json");
    r.enumeration(obj, ptr, "side", Need::Optional, z.side);
    r.text(obj, ptr, "side_note", Need::Optional, z.sideNote);
    if (const json* shapes = r.list(obj, ptr, "shapes", Need::Optional, 1)) {
        for (std::size_t i = 0; i < shapes->size(); ++i) {
            std::string p = ptr + "/shapes/" + std::to_string(i);
            const json& item = (*shapes)[i];
            if (!item.is_object()) {
                r.wrongKind(p, item, "an object");
                continue;
            }
            r.checkFields(item, p, {"center", "radius_mm"});
            anatomy::Shape s;
            anchorMember(r, item, p, "center", Need::Required, s.center);
            r.number(item, p, "radius_mm", Need::Required, 5.0, 300.0, s.radiusMm);
            z.shapes.push_back(std::move(s));
        }
    }
    return z;
}

anatomy::TriggerPoint triggerPoint(KnowledgeReader& r, const json& obj, const std::string& ptr,
                                   const KnowledgeIds& ids) {
    anatomy::TriggerPoint t;
    r.checkFields(obj, ptr, {"id", "name", "description", "location", "zones"});
    if (r.text(obj, ptr, "id", Need::Required, t.id) && !isTrpId(t.id))
        r.error(ptr + "/id", "'" + t.id +
                                 "' is not a trigger point id (expected 'TrP' and a "
                                 "number, e.g. 'TrP1')");
    r.text(obj, ptr, "name", Need::Required, t.name);
    r.text(obj, ptr, "description", Need::Required, t.description);
    anchorMember(r, obj, ptr, "location", Need::Required, t.location);
    const json* zones = r.list(obj, ptr, "zones", Need::Required, 1);
    if (!zones) return t;
    bool allKindsKnown = true;
    for (std::size_t i = 0; i < zones->size(); ++i) {
        std::string p = ptr + "/zones/" + std::to_string(i);
        if (!(*zones)[i].is_object()) {
            r.wrongKind(p, (*zones)[i], "an object");
            allKindsKnown = false;
            continue;
        }
        bool kindKnown = false;
        t.zones.push_back(zone(r, (*zones)[i], p, ids, kindKnown));
        allKindsKnown = allKindsKnown && kindKnown;
    }
    bool essential = std::any_of(t.zones.begin(), t.zones.end(),
                                 [](const auto& z) { return z.kind == ZoneKind::Essential; });
    if (allKindsKnown && !essential)
        r.error(ptr + "/zones",
                "no essential zone (at least one zone needs \"kind\": \"essential\")");
    return t;
}

// Reads a list of objects with `read(item, pointer)`, reporting elements that are not objects.
template <typename Read>
void objects(KnowledgeReader& r, const json& obj, const std::string& ptr, const char* key,
             Need need, std::size_t minCount, Read read) {
    const json* list = r.list(obj, ptr, key, need, minCount);
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        std::string p = ptr + "/" + key + "/" + std::to_string(i);
        if ((*list)[i].is_object())
            read((*list)[i], p);
        else
            r.wrongKind(p, (*list)[i], "an object");
    }
}

}  // namespace

anatomy::Muscle muscle(KnowledgeReader& r, const json& obj, const std::string& ptr,
                       const KnowledgeIds& ids) {
    anatomy::Muscle m;
    m.file = r.source().name();
    r.checkFields(
        obj, ptr,
        {"id", "name", "latin", "synonyms", "group", "layer", "origin", "insertion", "action",
         "innervation", "trigger_points", "complaints", "conditions", "perpetuating_factors",
         "self_care", "cautions", "satellites", "sources", "confidence"});
    m.id = entryId(r, obj, ptr, true);
    r.text(obj, ptr, "name", Need::Required, m.name);
    r.text(obj, ptr, "latin", Need::Required, m.latin);
    r.texts(obj, ptr, "synonyms", Need::Optional, m.synonyms);
    r.enumeration(obj, ptr, "group", Need::Required, m.group);
    r.enumeration(obj, ptr, "layer", Need::Required, m.layer);
    r.text(obj, ptr, "origin", Need::Required, m.origin);
    r.text(obj, ptr, "insertion", Need::Required, m.insertion);
    r.text(obj, ptr, "action", Need::Required, m.action);
    r.text(obj, ptr, "innervation", Need::Required, m.innervation);

    std::map<std::string, std::size_t> trpIndex;
    objects(r, obj, ptr, "trigger_points", Need::Required, 1, [&](const json& o, const auto& p) {
        anatomy::TriggerPoint t = triggerPoint(r, o, p, ids);
        std::size_t index = m.triggerPoints.size();
        if (!t.id.empty()) {
            auto [it, fresh] = trpIndex.emplace(t.id, index);
            if (!fresh)
                r.error(p + "/id", "duplicate trigger point id '" + t.id +
                                       "' (already used by trigger_points[" +
                                       std::to_string(it->second) + "])");
        }
        m.triggerPoints.push_back(std::move(t));
    });

    r.texts(obj, ptr, "complaints", Need::Required, m.complaints, 1);
    m.conditions = references(r, obj, ptr, "conditions", Need::Optional, 0, ids.conditions,
                              ids.conditionsComplete, "condition",
                              "expected one of the ids in conditions.json");
    r.texts(obj, ptr, "perpetuating_factors", Need::Required, m.perpetuatingFactors, 1);
    objects(r, obj, ptr, "self_care", Need::Required, 1, [&](const json& o, const auto& p) {
        r.checkFields(o, p, {"kind", "text"});
        anatomy::SelfCare s;
        r.enumeration(o, p, "kind", Need::Required, s.kind);
        r.text(o, p, "text", Need::Required, s.text);
        m.selfCare.push_back(std::move(s));
    });
    r.texts(obj, ptr, "cautions", Need::Required, m.cautions, 0);
    objects(r, obj, ptr, "satellites", Need::Optional, 0, [&](const json& o, const auto& p) {
        r.checkFields(o, p, {"muscle", "note"});
        anatomy::Satellite s;
        if (r.text(o, p, "muscle", Need::Required, s.muscle) && ids.musclesComplete &&
            !ids.muscles.count(s.muscle))
            r.error(p + "/muscle", "unknown muscle '" + s.muscle +
                                       "' (expected a muscle id defined in muscles/*.json)");
        r.text(o, p, "note", Need::Required, s.note);
        m.satellites.push_back(std::move(s));
    });
    m.sources = sources(r, obj, ptr);
    r.enumeration(obj, ptr, "confidence", Need::Required, m.confidence);
    return m;
}

}  // namespace tpa::io::parse
