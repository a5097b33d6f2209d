// File-level reading of a knowledge file (version, top-level lists) and the shared pieces:
// anchors, sources, id references, topics.
#include "io/knowledge_parser.h"

#include "core/landmarks.h"

namespace tpa::io {
namespace parse {
namespace {

void landmark(KnowledgeReader& r, const json& value, const std::string& ptr, std::string& out) {
    if (!value.is_string()) {
        r.wrongKind(ptr, value, "a string");
        return;
    }
    std::string name = value.get<std::string>();
    if (core::isKnownLandmark(name)) {
        out = name;
        return;
    }
    for (const char* suffix : {".left", ".right"}) {
        std::string s(suffix);
        if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0 &&
            core::isKnownLandmark(name.substr(0, name.size() - s.size()))) {
            r.error(ptr, "landmark '" + name + "' must be named without its side ('" +
                             name.substr(0, name.size() - s.size()) +
                             "'): it resolves to the side of the muscle being shown");
            return;
        }
    }
    r.error(ptr, "unknown landmark '" + name +
                     "' (expected one of the landmark names listed in docs/knowledge-schema.md)");
}

}  // namespace

bool anchor(KnowledgeReader& r, const json& value, const std::string& ptr, anatomy::Anchor& out) {
    if (!value.is_object()) {
        r.wrongKind(ptr, value, "an object");
        return false;
    }
    std::size_t before = r.errorCount();
    r.checkFields(value, ptr, {"at", "between", "t", "offset_mm"});
    bool hasAt = value.contains("at"), hasBetween = value.contains("between");
    if (hasAt && hasBetween) {
        r.error(ptr, "use either 'at' or 'between', not both");
    } else if (hasAt) {
        landmark(r, value["at"], ptr + "/at", out.from);
        if (value.contains("t")) r.warning(ptr + "/t", "'t' only applies to 'between'; ignored");
    } else if (hasBetween) {
        const json& pair = value["between"];
        if (!pair.is_array() || pair.size() != 2) {
            r.error(ptr + "/between",
                    "expected a list of two landmark names, e.g. [\"c7\", \"acromion\"]");
        } else {
            landmark(r, pair[0], ptr + "/between/0", out.from);
            landmark(r, pair[1], ptr + "/between/1", out.to);
        }
        r.number(value, ptr, "t", Need::Optional, 0.0, 1.0, out.t);
    } else {
        r.error(ptr,
                "missing required field 'at' or 'between' (expected a landmark name, or a "
                "list of two)");
    }
    if (const json* off = r.member(value, ptr, "offset_mm", Need::Optional, "an object")) {
        std::string p = ptr + "/offset_mm";
        r.checkFields(*off, p, {"up", "anterior", "lateral"});
        r.number(*off, p, "up", Need::Optional, -500.0, 500.0, out.offsetMm.up);
        r.number(*off, p, "anterior", Need::Optional, -500.0, 500.0, out.offsetMm.anterior);
        r.number(*off, p, "lateral", Need::Optional, -500.0, 500.0, out.offsetMm.lateral);
    }
    return r.errorCount() == before;
}

bool anchorMember(KnowledgeReader& r, const json& obj, const std::string& ptr, const char* key,
                  Need need, anatomy::Anchor& out) {
    const json* v = r.member(obj, ptr, key, need, "an object");
    return v && anchor(r, *v, ptr + "/" + key, out);
}

std::vector<anatomy::Source> sources(KnowledgeReader& r, const json& obj, const std::string& ptr) {
    std::vector<anatomy::Source> out;
    const json* list = r.list(obj, ptr, "sources", Need::Required, 1);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string p = ptr + "/sources/" + std::to_string(i);
        const json& item = (*list)[i];
        if (!item.is_object()) {
            r.wrongKind(p, item, "an object");
            continue;
        }
        r.checkFields(item, p, {"ref", "note"});
        anatomy::Source s;
        r.text(item, p, "ref", Need::Required, s.ref);
        r.text(item, p, "note", Need::Optional, s.note);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<std::string> references(KnowledgeReader& r, const json& obj, const std::string& ptr,
                                    const char* key, Need need, std::size_t minCount,
                                    const std::set<std::string, std::less<>>& ids, bool complete,
                                    const char* what, const char* expected) {
    std::vector<std::string> values;
    r.texts(obj, ptr, key, need, values, minCount);
    const json* list = complete && obj.contains(key) && obj[key].is_array() ? &obj[key] : nullptr;
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        const json& item = (*list)[i];
        if (item.is_string() && !ids.count(item.get<std::string>()) &&
            !item.get<std::string>().empty())
            r.error(ptr + "/" + key + "/" + std::to_string(i), std::string("unknown ") + what +
                                                                   " '" + item.get<std::string>() +
                                                                   "' (" + expected + ")");
    }
    return values;
}

std::string entryId(KnowledgeReader& r, const json& obj, const std::string& ptr, bool kebab) {
    std::string id;
    if (!r.text(obj, ptr, "id", Need::Required, id)) return id;
    if (kebab && !isKebabId(id))
        r.error(ptr + "/id", "'" + id +
                                 "' is not a valid id (expected lower-case words joined "
                                 "by '-', e.g. 'upper-trapezius')");
    return id;
}

anatomy::Topic topic(KnowledgeReader& r, const json& obj, const std::string& ptr) {
    anatomy::Topic t;
    r.checkFields(obj, ptr, {"id", "title", "text"});
    t.id = entryId(r, obj, ptr, true);
    r.text(obj, ptr, "title", Need::Required, t.title);
    r.text(obj, ptr, "text", Need::Required, t.text);
    t.file = r.source().name();
    return t;
}

}  // namespace parse

namespace {

// Reads each element of a top-level list as one entry labelled "<kind> '<id>'".
template <typename Read>
void entries(KnowledgeReader& r, const nlohmann::json& root, const char* key, const char* kind,
             Read read) {
    const nlohmann::json* list = r.member(root, "", key, Need::Optional, "a list");
    if (!list) return;
    for (std::size_t i = 0; i < list->size() && !r.saturated(); ++i) {
        std::string ptr = std::string("/") + key + "/" + std::to_string(i);
        const nlohmann::json& item = (*list)[i];
        if (!item.is_object()) {
            r.wrongKind(ptr, item, "an object");
            continue;
        }
        auto id = item.find("id");
        bool named = id != item.end() && id->is_string() && !id->get<std::string>().empty();
        r.beginEntry(named ? std::string(kind) + " '" + id->get<std::string>() + "'"
                           : std::string(key) + "[" + std::to_string(i) + "]",
                     ptr);
        read(item, ptr);
        r.endEntry();
    }
}

}  // namespace

KnowledgeFileContent parseKnowledgeFile(const KnowledgeSource& source, const KnowledgeIds& ids,
                                        const std::vector<std::string>& required,
                                        std::vector<KnowledgeDiagnostic>& out) {
    KnowledgeFileContent content;
    KnowledgeReader r(source, out);
    const nlohmann::json& root = source.root();
    auto version = root.find("version");
    if (version == root.end()) {
        r.error("", "missing required field 'version' (expected the number " +
                        std::to_string(kKnowledgeVersion) + ")");
    } else if (!version->is_number_integer() || version->get<long long>() < 1) {
        r.error("/version", "expected the whole number " + std::to_string(kKnowledgeVersion) +
                                ", found " + version->dump());
    } else if (version->get<long long>() > kKnowledgeVersion) {
        r.error("/version",
                "version " + version->dump() + " is newer than this program supports (" +
                    std::to_string(kKnowledgeVersion) + "); update tpatlas to read this file");
        return content;  // its fields may mean something else: do not guess
    }
    r.checkFields(root, "", {"version", "muscles", "conditions", "regions", "topics", "notice"});
    for (const auto& key : required)  // presence only: the readers below check the type
        if (!root.contains(key))
            r.error("", "missing required field '" + key + "' (expected " +
                            (key == "notice" ? "a string" : "a list") + ")");

    entries(r, root, "regions", "region", [&](const nlohmann::json& o, const std::string& p) {
        content.regions.push_back(parse::region(r, o, p));
    });
    entries(r, root, "conditions", "condition", [&](const nlohmann::json& o, const std::string& p) {
        content.conditions.push_back(parse::condition(r, o, p, ids));
    });
    entries(r, root, "topics", "topic", [&](const nlohmann::json& o, const std::string& p) {
        content.topics.push_back(parse::topic(r, o, p));
    });
    entries(r, root, "muscles", "muscle", [&](const nlohmann::json& o, const std::string& p) {
        content.muscles.push_back(parse::muscle(r, o, p, ids));
    });
    std::string notice;
    if (r.text(root, "", "notice", Need::Optional, notice)) {
        if (notice.find_first_not_of(" \t\r\n") == std::string::npos)
            r.error("/notice", "must not be empty");
        else
            content.notice = notice;
    }
    bool any = !content.regions.empty() || !content.conditions.empty() || !content.topics.empty() ||
               !content.muscles.empty() || content.notice;
    if (!any && required.empty() && r.errorCount() == 0)
        r.warning("",
                  "the file defines nothing (expected a 'muscles', 'conditions', 'regions' or "
                  "'topics' list, or a 'notice')");
    return content;
}

}  // namespace tpa::io
