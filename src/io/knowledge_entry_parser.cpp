// Reading condition and region entries (regions carry the classifier's assignment rules).
#include "io/knowledge_parser.h"

namespace tpa::io::parse {
namespace {

// A rule range: a list of two bounds, each a number in [low, high] or an anchor object.
std::optional<anatomy::RuleRange> range(KnowledgeReader& r, const json& obj, const std::string& ptr,
                                        const char* key, double low, double high) {
    auto it = obj.find(key);
    if (it == obj.end()) return std::nullopt;
    std::string p = ptr + "/" + key;
    if (!it->is_array() || it->size() != 2) {
        r.error(p, "expected a list of two bounds [low, high], each a number or an anchor");
        return std::nullopt;
    }
    anatomy::RuleRange out;
    bool ok = true;
    anatomy::RuleBound* bounds[2] = {&out.low, &out.high};
    for (std::size_t i = 0; i < 2; ++i) {
        const json& b = (*it)[i];
        std::string bp = p + "/" + std::to_string(i);
        if (b.is_object()) {
            anatomy::Anchor a;
            ok = anchor(r, b, bp, a) && ok;
            bounds[i]->anchor = std::move(a);
        } else if (b.is_number()) {
            ok = r.checkNumber(b, bp, low, high, bounds[i]->value) && ok;
        } else {
            r.wrongKind(bp, b, "a number or an anchor object");
            ok = false;
        }
    }
    if (ok && !out.low.anchor && !out.high.anchor && out.low.value > out.high.value) {
        r.error(p, "the low bound " + numberText(out.low.value) + " is above the high bound " +
                       numberText(out.high.value));
        ok = false;
    }
    return ok ? std::optional<anatomy::RuleRange>(out) : std::nullopt;
}

anatomy::RegionRule rule(KnowledgeReader& r, const json& obj, const std::string& ptr) {
    anatomy::RegionRule rule;
    r.checkFields(obj, ptr, {"segment", "along", "lateral_mm", "facing", "near"});
    r.enumeration(obj, ptr, "segment", Need::Required, rule.segment);
    rule.along = range(r, obj, ptr, "along", -0.5, 1.5);
    rule.lateralMm = range(r, obj, ptr, "lateral_mm", -500.0, 500.0);
    std::vector<std::string> facing;
    r.texts(obj, ptr, "facing", Need::Optional, facing, 1);
    for (std::size_t i = 0; i < facing.size(); ++i) {
        anatomy::Facing f;
        if (r.enumValue(facing[i], ptr + "/facing/" + std::to_string(i), f))
            rule.facing.push_back(f);
    }
    if (const json* near = r.list(obj, ptr, "near", Need::Optional, 1)) {
        for (std::size_t i = 0; i < near->size(); ++i) {
            anatomy::Anchor a;
            if (anchor(r, (*near)[i], ptr + "/near/" + std::to_string(i), a))
                rule.near.push_back(std::move(a));
        }
    }
    return rule;
}

}  // namespace

anatomy::Condition condition(KnowledgeReader& r, const json& obj, const std::string& ptr,
                             const KnowledgeIds& ids) {
    anatomy::Condition c;
    c.file = r.source().name();
    r.checkFields(
        obj, ptr,
        {"id", "name", "aliases", "description", "examine", "red_flags", "self_care", "sources"});
    c.id = entryId(r, obj, ptr, true);
    r.text(obj, ptr, "name", Need::Required, c.name);
    r.texts(obj, ptr, "aliases", Need::Required, c.aliases, 0);
    r.text(obj, ptr, "description", Need::Required, c.description);
    c.examine =
        references(r, obj, ptr, "examine", Need::Required, 1, ids.muscles, ids.musclesComplete,
                   "muscle", "expected a muscle id defined in muscles/*.json");
    r.texts(obj, ptr, "red_flags", Need::Required, c.redFlags, 1);
    r.texts(obj, ptr, "self_care", Need::Optional, c.selfCare);
    c.sources = sources(r, obj, ptr);
    return c;
}

anatomy::Region region(KnowledgeReader& r, const json& obj, const std::string& ptr) {
    anatomy::Region g;
    g.file = r.source().name();
    r.checkFields(obj, ptr, {"id", "name", "sided", "definition", "rule"});
    g.id = entryId(r, obj, ptr, true);
    r.text(obj, ptr, "name", Need::Required, g.name);
    r.boolean(obj, ptr, "sided", Need::Required, g.sided);
    r.text(obj, ptr, "definition", Need::Required, g.definition);
    const json* rules = r.member(obj, ptr, "rule", Need::Required, "an object or a list");
    if (!rules) return g;
    if (rules->is_object()) {
        g.rules.push_back(rule(r, *rules, ptr + "/rule"));
        return g;
    }
    if (rules->empty()) r.error(ptr + "/rule", "expected at least 1 entry, found none");
    for (std::size_t i = 0; i < rules->size(); ++i) {
        std::string p = ptr + "/rule/" + std::to_string(i);
        if ((*rules)[i].is_object())
            g.rules.push_back(rule(r, (*rules)[i], p));
        else
            r.wrongKind(p, (*rules)[i], "an object");
    }
    return g;
}

}  // namespace tpa::io::parse
