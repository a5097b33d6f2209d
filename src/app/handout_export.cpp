// Handout rendering and HTML. The page carries its images as base64 PNG data URIs so it is one
// file that a client can keep, mail or print; print CSS lays it out on A4.
#include "app/handout_export.h"

#include "app/headless_render.h"
#include "app/knowledge_store.h"
#include "io/atomic_file.h"
#include "io/image.h"
#include "platform/headless_context.h"
#include "session/client_history.h"
#include "session/session_format.h"
#include "state/command.h"
#include "state/pain_editing.h"

#include <algorithm>
#include <iostream>
#include <sstream>

namespace tpa::app {
namespace {

std::string escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string regionName(const anatomy::KnowledgeBase& kb, const std::string& id) {
    if (id.empty()) return "elsewhere";
    const auto* r = kb.findRegion(id);
    return r ? r->name : id;
}

std::string regionList(const anatomy::KnowledgeBase& kb, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + regionName(kb, id);
    return out;
}

constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; max-width: 190mm; margin: 1em auto; font-size: 11pt; }
h1 { font-size: 18pt; margin: 0 0 0.2em 0; } h2 { font-size: 13pt; border-bottom: 1px solid #bbb; margin-top: 1.1em; }
.meta { color: #555; } .views { display: flex; gap: 4mm; justify-content: center; }
figure { margin: 0; text-align: center; } figure img { width: 88mm; border: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
.muscle { break-inside: avoid; } .notice { border: 2px solid #c33; padding: 0.5em; margin-top: 1em; }
.sources { font-size: 8.5pt; color: #555; }
@page { size: A4; margin: 12mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } .views { break-inside: avoid; } }
)";

// What the handout views frame: the examined muscles and the painted marks with room around them
// for their zones (referral reaches well beyond a muscle), or the whole body when there is neither.
core::Aabb handoutBounds(const state::AppState& state, const session::ClientSession& session) {
    constexpr float kMarginMm = 220.0f;
    core::Aabb box;
    for (const auto& part : state.scene.parts)
        for (const auto& e : session.examined)
            if (!part.muscleId.empty() && part.muscleId == e.muscle && part.side == e.side) box.expand(part.mesh.bounds());
    for (const auto& mark : session.drawing.marks)
        if (!mark.erase) box.expand(mark.position);
    const core::Aabb body = state.scene.bounds();
    if (box.empty()) return body;
    box.expand(box.min - glm::vec3(kMarginMm));
    box.expand(box.max + glm::vec3(kMarginMm));
    // Never wider than the body itself.
    box.min = glm::max(box.min, body.min);
    box.max = glm::min(box.max, body.max);
    return box;
}

}  // namespace

std::string base64(const std::vector<std::uint8_t>& bytes) {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t b0 = bytes[i];
        const std::uint32_t b1 = i + 1 < bytes.size() ? bytes[i + 1] : 0;
        const std::uint32_t b2 = i + 2 < bytes.size() ? bytes[i + 2] : 0;
        const std::uint32_t word = (b0 << 16) | (b1 << 8) | b2;
        out += kDigits[(word >> 18) & 63];
        out += kDigits[(word >> 12) & 63];
        out += i + 1 < bytes.size() ? kDigits[(word >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kDigits[word & 63] : '=';
    }
    return out;
}

std::vector<HandoutView> renderHandoutViews(state::AppState& state, const session::ClientSession& session, int width,
                                            int height) {
    const auto camera = state.camera;
    const int selected = state.selected;
    const std::string focus = state.focusMuscle, condition = state.condition;
    const auto zoneMuscles = state.zoneMuscles;
    const auto animation = state.animation;
    const std::string preview = state.pain.previewMuscle;
    state.pain.previewMuscle.clear();

    state.selected = -1;
    state.focusMuscle.clear();
    state.condition.clear();
    state.zoneMuscles.clear();
    for (const auto& e : session.examined) state.zoneMuscles.emplace_back(e.muscle, e.side);
    state.animation.reducedMotion = true;  // the still picture: the whole zone, not a moment of the wave
    state.camera.setViewport(width, height);
    std::vector<HandoutView> views;
    for (const auto& [preset, title] : {std::pair{core::ViewPreset::Anterior, "Front"},
                                        std::pair{core::ViewPreset::Posterior, "Back"}}) {
        state::apply(state, state::GoToView{preset, false}, 0.0);
        state.camera.setPose(state.camera.presetPose(preset, handoutBounds(state, session)));
        views.push_back({title, io::encodePng(renderState(state, width, height))});
    }
    state.camera = camera;
    state.selected = selected;
    state.focusMuscle = focus;
    state.condition = condition;
    state.zoneMuscles = zoneMuscles;
    state.animation = animation;
    state.pain.previewMuscle = preview;
    state.redraw = true;
    return views;
}

std::string handoutHtml(const session::ClientSession& s, const anatomy::KnowledgeBase& kb,
                        const std::vector<HandoutView>& views, const std::string& attribution) {
    std::ostringstream h;
    h << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Handout: "
      << escape(session::displayName(s)) << " " << escape(s.date) << "</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n";
    h << "<h1>Your trigger points and self-care</h1>\n<p class=\"meta\">Client: <b>" << escape(s.client)
      << "</b> &middot; Date: <b>" << escape(s.date) << "</b></p>\n";
    h << "<div class=\"views\">\n";
    for (const auto& v : views)
        h << "<figure><img alt=\"" << escape(v.title) << " view\" src=\"data:image/png;base64," << base64(v.png)
          << "\"><figcaption>" << escape(v.title) << "</figcaption></figure>\n";
    h << "</div>\n<p class=\"meta\">Purple: where you marked your pain. Solid red: where each examined muscle most "
         "often sends its pain; light red, hatched: where it may spread.</p>\n";

    const auto painted = session::summarizeDrawing(s.drawing);
    if (!painted.empty()) {
        h << "<h2>Where it hurts</h2>\n<table><tr><th>Area</th><th>Side</th><th>Intensity (0-10)</th></tr>\n";
        for (const auto& r : painted)
            h << "<tr><td>" << escape(regionName(kb, r.region)) << "</td><td>" << core::toText(r.side) << "</td><td>"
              << r.intensity << "</td></tr>\n";
        h << "</table>\n";
    }

    std::vector<const anatomy::Muscle*> cited;  // for the sources, each reference once
    if (!s.examined.empty()) h << "<h2>Muscles examined</h2>\n";
    for (const auto& e : s.examined) {
        const auto* m = kb.findMuscle(e.muscle);
        if (m) cited.push_back(m);
        h << "<div class=\"muscle\"><h3>" << escape(m ? m->name : e.muscle) << " (" << core::toText(e.side)
          << ")</h3>\n<p>Pressure " << e.pressure << "/10 (" << session::pressureWord(e.pressure) << ")";
        if (e.localTenderness) h << "; tender to touch";
        if (e.referredPain) h << "; your familiar pain reproduced" << (e.referredZone.empty() ? "" : " (" + escape(e.referredZone) + ")");
        if (e.jumpSign) h << "; jump sign";
        if (e.twitchResponse) h << "; twitch response";
        h << ".</p>\n";
        if (!e.notes.empty()) h << "<p>" << escape(e.notes) << "</p>\n";
        if (m)
            for (const auto& trp : m->triggerPoints) {
                h << "<p><b>" << escape(trp.name) << "</b>: " << escape(trp.description);
                for (const auto& z : trp.zones)
                    h << " " << (z.kind == anatomy::ZoneKind::Essential ? "Pain felt in: " : "May spread to: ")
                      << escape(regionList(kb, z.regions)) << ".";
                h << "</p>\n";
            }
        h << "</div>\n";
    }

    h << "<h2>Your self-care</h2>\n<ul>\n";
    for (const auto& id : s.selfCare.items) {
        std::string muscleId;
        std::size_t index = 0;
        const auto* m = session::splitSelfCareId(id, muscleId, index) ? kb.findMuscle(muscleId) : nullptr;
        if (m && index < m->selfCare.size())
            h << "<li>" << escape(m->selfCare[index].text) << " <i>(" << escape(m->name) << ")</i></li>\n";
    }
    h << "</ul>\n";
    if (!s.selfCare.text.empty()) h << "<p>" << escape(s.selfCare.text) << "</p>\n";

    h << "<p class=\"notice\">" << escape(kb.notice.empty() ? "For education, not diagnosis." : kb.notice) << "</p>\n";
    h << "<div class=\"sources\"><h2>Sources</h2>\n<ul>\n";
    std::vector<std::string> refs;
    for (const auto* m : cited)
        for (const auto& src : m->sources)
            if (std::find(refs.begin(), refs.end(), src.ref) == refs.end()) refs.push_back(src.ref);
    for (const auto& ref : refs) h << "<li>" << escape(ref) << "</li>\n";
    h << "</ul>\n<p>Made with Trigger Point Atlas.";
    if (!attribution.empty()) h << " " << escape(attribution);
    h << "</p></div>\n</body>\n</html>\n";
    return h.str();
}

int runExportHandout(const HandoutOptions& options) {
    const session::ClientSession session = session::readSessionFile(options.session);
    state::AppState state;
    state.knowledge = loadShippedKnowledge().knowledge;
    state.setScene(loadScene(options.source, state.knowledge.get()));
    state.pain.drawing = session.drawing;
    ++state.pain.revision;
    state::refreshPain(state);
    for (const auto& e : session.examined)
        if (!state.knowledge->findMuscle(e.muscle))
            std::cerr << "tpatlas export-handout: " << options.session.string() << ": no muscle '" << e.muscle
                      << "' in the knowledge base; it is listed without its zones\n";
    platform::HeadlessContext context;
    const auto views = renderHandoutViews(state, session, options.width, options.height);
    io::writeFileAtomically(options.out, handoutHtml(session, *state.knowledge, views, state.scene.attribution));
    return 0;
}

}  // namespace tpa::app
