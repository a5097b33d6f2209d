// Typed access to the JSON of one knowledge file. Every problem is reported with its file,
// line, entry and field path, and reading goes on so that all problems of a file are listed.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "anatomy/knowledge_enums.h"
#include "io/knowledge_diagnostic.h"
#include "io/knowledge_source.h"

namespace tpa::io {

enum class Need { Required, Optional };

// A file with more problems than this is not worth listing further (and a machine-made file
// with millions of them must not exhaust memory).
inline constexpr std::size_t kMaxReported = 200;

class KnowledgeReader {
public:
    using json = nlohmann::json;

    KnowledgeReader(const KnowledgeSource& source, std::vector<KnowledgeDiagnostic>& out);

    // Names the entry being read ("muscle 'upper-trapezius'"); paths become relative to it.
    void beginEntry(std::string label, std::string pointer);
    void endEntry();
    void error(const std::string& pointer, std::string message);
    void warning(const std::string& pointer, std::string message);
    std::size_t errorCount() const { return errors_; }
    // True once more errors were found than are listed: reading further is pointless.
    bool saturated() const { return errors_ > kMaxReported; }

    // The member when present and of the expected kind; reports a missing required member or
    // a wrong kind and returns nullptr. `kind` is "a string", "a number", "true or false",
    // "an object", "a list" or "an object or a list".
    const json* member(const json& obj, const std::string& ptr, const char* key, Need need,
                       const char* kind);
    bool isKind(const json& value, const char* kind) const;
    void wrongKind(const std::string& ptr, const json& value, const char* kind);

    // Non-empty text. Missing optional fields leave `out` untouched and return false.
    bool text(const json& obj, const std::string& ptr, const char* key, Need need,
              std::string& out);
    // A list of non-empty strings with at least `minCount` entries.
    bool texts(const json& obj, const std::string& ptr, const char* key, Need need,
               std::vector<std::string>& out, std::size_t minCount = 0);
    // A finite number in [low, high].
    bool number(const json& obj, const std::string& ptr, const char* key, Need need, double low,
                double high, float& out);
    bool checkNumber(const json& value, const std::string& ptr, double low, double high,
                     float& out);
    bool boolean(const json& obj, const std::string& ptr, const char* key, Need need, bool& out);
    // The elements of a list member with at least `minCount` entries; nullptr when unusable.
    const json* list(const json& obj, const std::string& ptr, const char* key, Need need,
                     std::size_t minCount);

    template <typename E>
    bool enumeration(const json& obj, const std::string& ptr, const char* key, Need need, E& out) {
        std::string value;
        if (!text(obj, ptr, key, need, value)) return false;
        return enumValue(value, ptr + "/" + key, out);
    }
    template <typename E>
    bool enumValue(const std::string& value, const std::string& ptr, E& out) {
        if (auto e = anatomy::parseEnum<E>(value)) {
            out = *e;
            return true;
        }
        error(ptr, "unknown value '" + value +
                       "' (expected one of: " + anatomy::enumSpellings<E>() + ")");
        return false;
    }

    // Warns about members not in `known` (usually typos, which would otherwise be ignored).
    void checkFields(const json& obj, const std::string& ptr,
                     std::initializer_list<const char*> known);

    const KnowledgeSource& source() const { return source_; }

private:
    KnowledgeDiagnostic at(const std::string& pointer) const;

    const KnowledgeSource& source_;
    std::vector<KnowledgeDiagnostic>& out_;
    std::string entryLabel_;
    std::string entryPointer_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

// Lower-case kebab-case: "upper-trapezius", "tmj", "scm-sternal".
bool isKebabId(const std::string& id);
// "%g"-style number text for messages: 0.5, 300, -12.5.
std::string numberText(double value);

}  // namespace tpa::io
