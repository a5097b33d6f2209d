// Field readers for knowledge files, with messages a person editing the JSON can act on.
#include "io/knowledge_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace tpa::io {
namespace {

const char* foundName(const nlohmann::json& j) {
    if (j.is_object()) return "an object";
    if (j.is_array()) return "a list";
    if (j.is_string()) return "a string";
    if (j.is_number()) return "a number";
    if (j.is_boolean()) return "true or false";
    return "null";
}

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

}  // namespace

KnowledgeReader::KnowledgeReader(const KnowledgeSource& source,
                                 std::vector<KnowledgeDiagnostic>& out)
    : source_(source), out_(out) {}

void KnowledgeReader::beginEntry(std::string label, std::string pointer) {
    entryLabel_ = std::move(label);
    entryPointer_ = std::move(pointer);
}

void KnowledgeReader::endEntry() {
    entryLabel_.clear();
    entryPointer_.clear();
}

KnowledgeDiagnostic KnowledgeReader::at(const std::string& pointer) const {
    KnowledgeDiagnostic d;
    d.file = source_.name();
    d.line = source_.lineOf(pointer);
    d.entry = entryLabel_;
    std::string relative = pointer;
    if (!entryPointer_.empty() && pointer.compare(0, entryPointer_.size(), entryPointer_) == 0)
        relative = pointer.substr(entryPointer_.size());
    d.path = displayPath(relative);
    return d;
}

void KnowledgeReader::error(const std::string& pointer, std::string message) {
    if (errors_++ >= kMaxReported) {
        if (errors_ == kMaxReported + 1) {
            KnowledgeDiagnostic d;
            d.file = source_.name();
            d.message =
                "too many errors; only the first " + std::to_string(kMaxReported) + " are listed";
            out_.push_back(std::move(d));
        }
        return;
    }
    KnowledgeDiagnostic d = at(pointer);
    d.message = std::move(message);
    out_.push_back(std::move(d));
}

void KnowledgeReader::warning(const std::string& pointer, std::string message) {
    if (warnings_++ >= kMaxReported) return;
    KnowledgeDiagnostic d = at(pointer);
    d.severity = KnowledgeDiagnostic::Severity::Warning;
    d.message = std::move(message);
    out_.push_back(std::move(d));
}

bool KnowledgeReader::isKind(const json& value, const char* kind) const {
    std::string_view k(kind);
    if (k == "a string") return value.is_string();
    if (k == "a number") return value.is_number();
    if (k == "true or false") return value.is_boolean();
    if (k == "an object") return value.is_object();
    if (k == "a list") return value.is_array();
    if (k == "an object or a list") return value.is_object() || value.is_array();
    if (k == "a number or an anchor object") return value.is_number() || value.is_object();
    return false;
}

void KnowledgeReader::wrongKind(const std::string& ptr, const json& value, const char* kind) {
    error(ptr, std::string("expected ") + kind + ", found " + foundName(value));
}

const nlohmann::json* KnowledgeReader::member(const json& obj, const std::string& ptr,
                                              const char* key, Need need, const char* kind) {
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (need == Need::Required)
            error(ptr, std::string("missing required field '") + key + "' (expected " + kind + ")");
        return nullptr;
    }
    if (!isKind(*it, kind)) {
        wrongKind(ptr + "/" + key, *it, kind);
        return nullptr;
    }
    return &*it;
}

bool KnowledgeReader::text(const json& obj, const std::string& ptr, const char* key, Need need,
                           std::string& out) {
    const json* v = member(obj, ptr, key, need, "a string");
    if (!v) return false;
    out = v->get<std::string>();
    if (need == Need::Required && out.find_first_not_of(" \t\r\n") == std::string::npos) {
        error(ptr + "/" + key, "must not be empty");
        return false;
    }
    return true;
}

bool KnowledgeReader::texts(const json& obj, const std::string& ptr, const char* key, Need need,
                            std::vector<std::string>& out, std::size_t minCount) {
    const json* v = list(obj, ptr, key, need, minCount);
    if (!v) return false;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        std::string p = ptr + "/" + key + "/" + std::to_string(i);
        const json& item = (*v)[i];
        if (!item.is_string()) {
            wrongKind(p, item, "a string");
            ok = false;
        } else if (item.get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
            error(p, "must not be empty");
            ok = false;
        } else {
            out.push_back(item.get<std::string>());
        }
    }
    return ok;
}

const nlohmann::json* KnowledgeReader::list(const json& obj, const std::string& ptr,
                                            const char* key, Need need, std::size_t minCount) {
    const json* v = member(obj, ptr, key, need, "a list");
    if (!v) return nullptr;
    if (v->size() < minCount) {
        error(ptr + "/" + key, "expected at least " + std::to_string(minCount) +
                                   (minCount == 1 ? " entry" : " entries") + ", found " +
                                   (v->empty() ? std::string("none") : std::to_string(v->size())));
        return nullptr;
    }
    return v;
}

bool KnowledgeReader::checkNumber(const json& value, const std::string& ptr, double low,
                                  double high, float& out) {
    if (!value.is_number()) {
        wrongKind(ptr, value, "a number");
        return false;
    }
    double d = value.get<double>();
    if (!std::isfinite(d) || d < low || d > high) {
        error(ptr, (std::isfinite(d) ? numberText(d) : std::string("the value")) +
                       " is out of range (expected a number from " + numberText(low) + " to " +
                       numberText(high) + ")");
        return false;
    }
    out = static_cast<float>(d);
    return true;
}

bool KnowledgeReader::number(const json& obj, const std::string& ptr, const char* key, Need need,
                             double low, double high, float& out) {
    const json* v = member(obj, ptr, key, need, "a number");
    return v && checkNumber(*v, ptr + "/" + key, low, high, out);
}

bool KnowledgeReader::boolean(const json& obj, const std::string& ptr, const char* key, Need need,
                              bool& out) {
    const json* v = member(obj, ptr, key, need, "true or false");
    if (!v) return false;
    out = v->get<bool>();
    return true;
}

void KnowledgeReader::checkFields(const json& obj, const std::string& ptr,
                                  std::initializer_list<const char*> known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string& key = it.key();
        if (std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; }))
            continue;
        std::string best;
        std::size_t bestDistance = 3;
        for (const char* k : known) {
            std::size_t d = editDistance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        std::string message = "unknown field '" + key + "' is ignored";
        message += best.empty() ? " (check the spelling against docs/knowledge-schema.md)"
                                : " (did you mean '" + best + "'?)";
        warning(ptr + "/" + key, message);
    }
}

bool isKebabId(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        char c = id[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && i > 0 && id[i - 1] == '-')) return false;
    }
    return true;
}

std::string numberText(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

}  // namespace tpa::io
