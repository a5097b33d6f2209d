// Plain-text tables and pages for the command line (fixed-width columns, no colours).
#include <algorithm>
#include <cmath>
#include <sstream>

#include "io/knowledge_reader.h"
#include "io/knowledge_report.h"

namespace tpa::io {
namespace {

using anatomy::toText;
using Row = std::vector<std::string>;

// Left-aligned columns separated by two spaces; the last column is not padded.
std::string table(const Row& header, const std::vector<Row>& rows) {
    std::vector<std::size_t> width(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        width[c] = header[c].size();
        for (const auto& r : rows) width[c] = std::max(width[c], r[c].size());
    }
    std::string out;
    auto line = [&](const Row& r) {
        for (std::size_t c = 0; c < r.size(); ++c) {
            out += r[c];
            if (c + 1 < r.size()) out += std::string(width[c] - r[c].size() + 2, ' ');
        }
        out += '\n';
    };
    line(header);
    for (const auto& r : rows) line(r);
    return out;
}

std::string joined(const std::vector<std::string>& items, const char* sep = ", ") {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

std::string named(const std::string& id, const std::string* name) {
    return name ? *name + " (" + id + ")" : id + " (not in the knowledge base)";
}

void bullets(std::ostringstream& out, const char* title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << title << ":\n";
    for (const auto& s : items) out << "  - " << s << "\n";
}

std::string sourceText(const anatomy::Source& s) {
    return s.note.empty() ? s.ref : s.ref + " (" + s.note + ")";
}

}  // namespace

std::string anchorText(const anatomy::Anchor& a) {
    std::string out = a.isBetween() ? "between '" + a.from + "' and '" + a.to + "' at " +
                                          numberText(std::round(a.t * 100.0)) + " %"
                                    : "at '" + a.from + "'";
    auto part = [&out](float v, const char* plus, const char* minus) {
        if (v == 0.0f) return;
        out += ", " + numberText(std::abs(v)) + " mm " + (v > 0 ? plus : minus);
    };
    part(a.offsetMm.up, "up", "down");
    part(a.offsetMm.anterior, "forward", "back");
    part(a.offsetMm.lateral, "lateral", "medial");
    return out;
}

std::string musclesTable(const anatomy::KnowledgeBase& kb) {
    std::vector<Row> rows;
    for (const auto& m : kb.muscles)
        rows.push_back({m.id, m.name, std::string(toText(m.group)), std::string(toText(m.layer)),
                        std::to_string(m.triggerPoints.size())});
    return table({"ID", "NAME", "GROUP", "LAYER", "TRPS"}, rows);
}

std::string regionsTable(const anatomy::KnowledgeBase& kb) {
    std::vector<Row> rows;
    for (const auto& r : kb.regions)
        rows.push_back({r.id, r.name, r.sided ? "sided" : "midline", r.definition});
    return table({"ID", "NAME", "SIDES", "DEFINITION"}, rows);
}

std::string conditionsTable(const anatomy::KnowledgeBase& kb) {
    std::vector<Row> rows;
    for (const auto& c : kb.conditions)
        rows.push_back({c.id, c.name, std::to_string(c.examine.size()), joined(c.aliases)});
    return table({"ID", "NAME", "MUSCLES", "ALSO CALLED"}, rows);
}

std::string muscleText(const anatomy::KnowledgeBase& kb, const anatomy::Muscle& m) {
    std::ostringstream out;
    out << m.name << " (" << m.id << ")\n";
    out << "Latin: " << m.latin << "\n";
    if (!m.synonyms.empty()) out << "Also called: " << joined(m.synonyms) << "\n";
    out << "Group: " << toText(m.group) << "   Layer: " << toText(m.layer)
        << "   Confidence: " << toText(m.confidence) << "\n";
    out << "Origin: " << m.origin << "\nInsertion: " << m.insertion << "\nAction: " << m.action
        << "\nInnervation: " << m.innervation << "\n";
    out << "Trigger points:\n";
    for (const auto& t : m.triggerPoints) {
        out << "  " << t.id << "  " << t.name << "\n";
        out << "    Find it: " << t.description << "\n";
        out << "    Location: " << anchorText(t.location) << "\n";
        for (const auto& z : t.zones) {
            std::vector<std::string> names;
            for (const auto& id : z.regions) {
                const auto* r = kb.findRegion(id);
                names.push_back(r ? r->name : id);
            }
            out << "    " << (z.kind == anatomy::ZoneKind::Essential ? "Essential" : "Spillover")
                << " zone: " << joined(names) << " (" << toText(z.side) << " side"
                << (z.sideNote.empty() ? "" : "; " + z.sideNote) << ")\n";
        }
    }
    bullets(out, "Complaints", m.complaints);
    std::vector<std::string> conditions;
    for (const auto& id : m.conditions) {
        const auto* c = kb.findCondition(id);
        conditions.push_back(named(id, c ? &c->name : nullptr));
    }
    bullets(out, "Conditions", conditions);
    bullets(out, "Perpetuating factors", m.perpetuatingFactors);
    std::vector<std::string> care;
    for (const auto& s : m.selfCare) care.push_back(std::string(toText(s.kind)) + ": " + s.text);
    bullets(out, "Self-care", care);
    bullets(out, "Cautions", m.cautions);
    std::vector<std::string> satellites;
    for (const auto& s : m.satellites) {
        const auto* sm = kb.findMuscle(s.muscle);
        satellites.push_back(named(s.muscle, sm ? &sm->name : nullptr) + ": " + s.note);
    }
    bullets(out, "Satellites", satellites);
    std::vector<std::string> sources;
    for (const auto& s : m.sources) sources.push_back(sourceText(s));
    bullets(out, "Sources", sources);
    return out.str();
}

std::string conditionText(const anatomy::KnowledgeBase& kb, const anatomy::Condition& c) {
    std::ostringstream out;
    out << c.name << " (" << c.id << ")\n";
    if (!c.aliases.empty()) out << "Also called: " << joined(c.aliases) << "\n";
    out << c.description << "\n";
    out << "Muscles to examine, most likely first:\n";
    for (std::size_t i = 0; i < c.examine.size(); ++i) {
        const auto* m = kb.findMuscle(c.examine[i]);
        out << "  " << i + 1 << ". " << named(c.examine[i], m ? &m->name : nullptr) << "\n";
    }
    bullets(out, "See a doctor first if", c.redFlags);
    bullets(out, "Self-care", c.selfCare);
    std::vector<std::string> sources;
    for (const auto& s : c.sources) sources.push_back(sourceText(s));
    bullets(out, "Sources", sources);
    return out.str();
}

std::string validationText(const KnowledgeLoadResult& result) {
    std::ostringstream out;
    for (const auto& d : result.diagnostics) out << d.format() << "\n";
    for (const auto& file : result.rejectedFiles) {
        std::size_t errors = static_cast<std::size_t>(
            std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                          [&](const auto& d) { return d.isError() && d.file == file; }));
        out << file << ": not loaded (" << errors << (errors == 1 ? " error" : " errors")
            << "); none of its entries are used\n";
    }
    const auto& kb = result.knowledge;
    std::size_t trps = 0;
    for (const auto& m : kb.muscles) trps += m.triggerPoints.size();
    std::size_t e = result.errorCount(), w = result.warningCount();
    out << result.loadedFiles.size() << " files loaded: " << kb.muscles.size() << " muscles, "
        << trps << " trigger points, " << kb.conditions.size() << " conditions, "
        << kb.regions.size() << " regions; " << e << (e == 1 ? " error, " : " errors, ") << w
        << (w == 1 ? " warning" : " warnings") << "\n";
    return out.str();
}

}  // namespace tpa::io
