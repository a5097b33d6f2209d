// Reading and writing .tpsession files with nlohmann-json; every field checked by name.
#include "session/session_format.h"

#include "io/atomic_file.h"
#include "io/load_error.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

namespace tpa::session {
namespace {

using nlohmann::json;

// Thrown inside the parser only; parseSession() turns it into its result.
struct FieldError {
    std::string message;
};

std::string shown(const json& value) {
    std::string text = value.dump();
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    return text;
}

// Reads the fields of one JSON object, naming the entry in every complaint.
class Fields {
public:
    Fields(const json& object, std::string entry) : object_(object), entry_(std::move(entry)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& expected, const json& got) const {
        throw FieldError{entry_ + ": field '" + field + "': expected " + expected + ", got " + shown(got)};
    }
    [[noreturn]] void missing(const std::string& field, const std::string& expected) const {
        throw FieldError{entry_ + ": field '" + field + "': expected " + expected + ", got nothing (missing)"};
    }
    const json* find(const std::string& field) const {
        const auto it = object_.find(field);
        return it == object_.end() ? nullptr : &*it;
    }
    std::string text(const std::string& field, bool required = false) const {
        const json* v = find(field);
        if (!v) {
            if (required) missing(field, "a string");
            return {};
        }
        if (!v->is_string()) fail(field, "a string", *v);
        return v->get<std::string>();
    }
    bool flag(const std::string& field) const {
        const json* v = find(field);
        if (!v) return false;
        if (!v->is_boolean()) fail(field, "true or false", *v);
        return v->get<bool>();
    }
    float number(const std::string& field, float low, float high, float fallback) const {
        const json* v = find(field);
        if (!v) return fallback;
        const std::string expected = "a number " + trim(low) + "-" + trim(high);
        if (!v->is_number() || v->get<double>() < low || v->get<double>() > high) fail(field, expected, *v);
        return v->get<float>();
    }
    int wholeNumber(const std::string& field, int low, int high, int fallback) const {
        const json* v = find(field);
        if (!v) return fallback;
        if (!v->is_number_integer() || v->get<long long>() < low || v->get<long long>() > high)
            fail(field, "a whole number " + std::to_string(low) + "-" + std::to_string(high), *v);
        return v->get<int>();
    }
    glm::vec3 vector(const std::string& field, bool required) const {
        const json* v = find(field);
        if (!v) {
            if (required) missing(field, "[x, y, z] numbers");
            return glm::vec3(0.0f);
        }
        if (!v->is_array() || v->size() != 3 || !(*v)[0].is_number() || !(*v)[1].is_number() || !(*v)[2].is_number())
            fail(field, "[x, y, z] numbers", *v);
        return glm::vec3((*v)[0].get<float>(), (*v)[1].get<float>(), (*v)[2].get<float>());
    }
    core::Side side(const std::string& field, bool allowMidline) const {
        const json* v = find(field);
        const std::string expected = allowMidline ? "\"left\", \"right\" or \"midline\"" : "\"left\" or \"right\"";
        if (!v) {
            if (allowMidline) return core::Side::Midline;
            missing(field, expected);
        }
        const auto parsed = v->is_string() ? core::parseSide(v->get<std::string>()) : std::nullopt;
        if (!parsed || (!allowMidline && *parsed == core::Side::Midline)) fail(field, expected, *v);
        return *parsed;
    }
    std::vector<std::string> words(const std::string& field) const {
        std::vector<std::string> out;
        const json* v = find(field);
        if (!v) return out;
        if (!v->is_array()) fail(field, "a list of strings", *v);
        for (const auto& item : *v) {
            if (!item.is_string()) fail(field, "a list of strings", item);
            out.push_back(item.get<std::string>());
        }
        return out;
    }
    const json& list(const std::string& field) const {
        static const json kEmpty = json::array();
        const json* v = find(field);
        if (!v) return kEmpty;
        if (!v->is_array()) fail(field, "a list", *v);
        return *v;
    }

private:
    static std::string trim(float x) {
        std::ostringstream s;
        s << x;
        return s.str();
    }
    const json& object_;
    std::string entry_;
};

void requireObject(const json& value, const std::string& entry) {
    if (!value.is_object()) throw FieldError{entry + ": expected an object {...}, got " + shown(value)};
}

anatomy::PainMark readMark(const json& value, const std::string& entry) {
    requireObject(value, entry);
    const Fields f(value, entry);
    anatomy::PainMark m;
    m.position = f.vector("position", true);
    m.normal = f.vector("normal", false);
    if (!f.find("normal")) m.normal = glm::vec3(0.0f, 0.0f, 1.0f);
    m.radiusMm = f.number("radiusMm", anatomy::kMinBrushRadiusMm, anatomy::kMaxBrushRadiusMm, m.radiusMm);
    m.intensity = f.number("intensity", 0.0f, anatomy::kMaxPainIntensity, m.intensity);
    m.erase = f.flag("erase");
    m.region = f.text("region");
    m.side = f.side("side", true);
    m.qualities = f.words("qualities");
    for (const auto& q : m.qualities)
        if (!anatomy::isPainQuality(q))
            f.fail("qualities", "words from aching, burning, sharp, tingling, throbbing, numb", json(q));
    return m;
}

ExaminedMuscle readExamined(const json& value, const std::string& entry) {
    requireObject(value, entry);
    const Fields f(value, entry);
    ExaminedMuscle e;
    e.muscle = f.text("muscle", true);
    if (e.muscle.empty()) f.fail("muscle", "a muscle id", json(e.muscle));
    e.side = f.side("side", false);
    e.pressure = f.wholeNumber("pressure", 0, kMaxPressure, e.pressure);
    e.localTenderness = f.flag("localTenderness");
    e.referredPain = f.flag("referredPain");
    e.referredZone = f.text("referredZone");
    e.jumpSign = f.flag("jumpSign");
    e.twitchResponse = f.flag("twitchResponse");
    e.notes = f.text("notes");
    return e;
}

ClientSession readSession(const json& root) {
    requireObject(root, "session");
    const Fields f(root, "session");
    const json* format = f.find("format");
    if (!format) f.missing("format", "\"tpatlas-session\"");
    if (*format != kSessionFormat) f.fail("format", "\"tpatlas-session\"", *format);
    const json* version = f.find("version");
    if (!version) f.missing("version", "1");
    if (!version->is_number_integer() || version->get<long long>() < 1) f.fail("version", "1", *version);
    if (version->get<long long>() > kSessionVersion)
        throw FieldError{"session: field 'version': expected 1, got " + shown(*version) +
                         " (written by a newer tpatlas; update it to open this file)"};
    ClientSession s;
    s.client = f.text("client", true);
    s.date = f.text("date", true);
    static const std::regex kDate(R"(\d{4}-\d{2}-\d{2})");
    if (!std::regex_match(s.date, kDate)) f.fail("date", "a date YYYY-MM-DD", json(s.date));
    s.notes = f.text("notes");
    if (const json* drawing = f.find("painDrawing")) {
        requireObject(*drawing, "painDrawing");
        const Fields d(*drawing, "painDrawing");
        const json& marks = d.list("marks");
        for (std::size_t i = 0; i < marks.size(); ++i)
            s.drawing.marks.push_back(readMark(marks[i], "painDrawing.marks[" + std::to_string(i) + "]"));
    }
    const json& examined = f.list("examined");
    for (std::size_t i = 0; i < examined.size(); ++i)
        s.examined.push_back(readExamined(examined[i], "examined[" + std::to_string(i) + "]"));
    if (const json* care = f.find("selfCare")) {
        requireObject(*care, "selfCare");
        const Fields c(*care, "selfCare");
        s.selfCare.items = c.words("items");
        for (const auto& id : s.selfCare.items) {
            std::string muscle;
            std::size_t index = 0;
            if (!splitSelfCareId(id, muscle, index)) c.fail("items", "ids of the form muscle-id/N", json(id));
        }
        s.selfCare.text = c.text("text");
    }
    return s;
}

nlohmann::ordered_json vec(const glm::vec3& v) { return nlohmann::ordered_json::array({v.x, v.y, v.z}); }

// nlohmann reports a byte offset; people look for a line and column.
std::string lineColumn(std::string_view text, std::size_t byte) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

SessionParse parseSession(std::string_view text, std::string fileName) {
    SessionParse result;
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        result.error = fileName + ": " + lineColumn(text, at) + ": not valid JSON (the file is damaged or not a session)";
        return result;
    } catch (const json::exception&) {
        // A number too large for a double (e.g. 4E4444) is damage too, never a crash.
        result.error = fileName + ": not valid JSON: a number is too large to represent (the file is damaged)";
        return result;
    }
    try {
        result.session = readSession(root);
    } catch (const FieldError& e) {
        result.error = fileName + ": " + e.message;
    } catch (const json::exception& e) {
        result.error = fileName + ": the session is damaged (" + std::string(e.what()) + ")";
    }
    return result;
}

std::string serializeSession(const ClientSession& s) {
    // Ordered so that "format" and "version" open the file, as people expect when they look inside.
    using json = nlohmann::ordered_json;
    json marks = json::array();
    for (const auto& m : s.drawing.marks)
        marks.push_back({{"position", vec(m.position)}, {"normal", vec(m.normal)}, {"radiusMm", m.radiusMm},
                         {"intensity", m.intensity}, {"erase", m.erase}, {"region", m.region},
                         {"side", std::string(core::toText(m.side))}, {"qualities", m.qualities}});
    json examined = json::array();
    for (const auto& e : s.examined)
        examined.push_back({{"muscle", e.muscle}, {"side", std::string(core::toText(e.side))}, {"pressure", e.pressure},
                            {"localTenderness", e.localTenderness}, {"referredPain", e.referredPain},
                            {"referredZone", e.referredZone}, {"jumpSign", e.jumpSign},
                            {"twitchResponse", e.twitchResponse}, {"notes", e.notes}});
    json root = {{"format", kSessionFormat},
                 {"version", kSessionVersion},
                 {"client", s.client},
                 {"date", s.date},
                 {"painDrawing", {{"marks", marks}}},
                 {"examined", examined},
                 {"notes", s.notes},
                 {"selfCare", {{"items", s.selfCare.items}, {"text", s.selfCare.text}}}};
    return root.dump(2) + "\n";
}

ClientSession readSessionFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io::LoadError(path.string() + ": cannot open the file for reading");
    std::stringstream buffer;
    buffer << in.rdbuf();
    SessionParse parsed = parseSession(buffer.str(), path.string());
    if (!parsed) throw io::LoadError(parsed.error);
    return std::move(*parsed.session);
}

void writeSessionFile(const std::filesystem::path& path, const ClientSession& session) {
    io::writeFileAtomically(path, serializeSession(session));
}

}  // namespace tpa::session
