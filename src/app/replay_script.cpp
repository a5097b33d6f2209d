// Replay file parsing (nlohmann-json) and frame-by-frame playback.
#include "app/replay_script.h"

#include "io/load_error.h"

#include <GLFW/glfw3.h>
#include <fstream>
#include <nlohmann/json.hpp>

namespace tpa::app {
namespace {

int keyCode(const std::string& name) {
    if (name.size() == 1 && name[0] >= 'A' && name[0] <= 'Z') return GLFW_KEY_A + (name[0] - 'A');
    if (name.size() == 1 && name[0] >= '0' && name[0] <= '9') return GLFW_KEY_0 + (name[0] - '0');
    if (name == "Escape") return GLFW_KEY_ESCAPE;
    if (name == "Home") return GLFW_KEY_HOME;
    if (name == "Enter") return GLFW_KEY_ENTER;
    if (name == "Tab") return GLFW_KEY_TAB;
    if (name == "F1") return GLFW_KEY_F1;
    return -1;
}

}  // namespace

ReplayScript loadReplayScript(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw io::LoadError(path.string() + ": cannot open replay file");
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        throw io::LoadError(path.string() + ": not valid JSON (" + e.what() + ")");
    }
    if (!doc.is_object() || !doc.contains("events") || !doc["events"].is_array())
        throw io::LoadError(path.string() + ": expected an object with an 'events' array");
    ReplayScript script;
    const auto& events = doc["events"];
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& ev = events[i];
        const std::string where = path.string() + ": events[" + std::to_string(i) + "]";
        if (!ev.is_object() || !ev.contains("type") || !ev["type"].is_string())
            throw io::LoadError(where + ".type: missing (expected move, press, release, scroll, key, text or wait)");
        const std::string type = ev["type"];
        ReplayStep step;
        InputEvent e;
        auto button = [&]() {
            const std::string b = ev.value("button", "left");
            if (b == "left") return MouseButton::Left;
            if (b == "right") return MouseButton::Right;
            if (b == "middle") return MouseButton::Middle;
            throw io::LoadError(where + ".button: unknown button '" + b + "' (expected left, right or middle)");
        };
        if (type == "move" && (ev.contains("region") || ev.contains("marker") || ev.contains("by"))) {
            e.type = InputEvent::Type::Move;
            step.event = e;
            if (ev.contains("by")) {
                const auto& v = ev["by"];
                if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
                    throw io::LoadError(where + ".by: expected [dx, dy] in pixels");
                step.byPixels = glm::vec2(v[0].get<float>(), v[1].get<float>());
            } else {
                ReplayTarget t;
                const std::string sideText = ev.value("side", "right");
                const auto side = core::parseSide(sideText);
                if (!side) throw io::LoadError(where + ".side: expected left or right, got '" + sideText + "'");
                t.side = *side;
                if (ev.contains("region")) {
                    if (!ev["region"].is_string()) throw io::LoadError(where + ".region: expected a region id");
                    t.region = ev["region"];
                } else {
                    const auto& m = ev["marker"];
                    if (!m.is_object() || !m.contains("muscle") || !m["muscle"].is_string())
                        throw io::LoadError(where + ".marker: expected {\"muscle\": id, \"trp\": \"TrP1\"}");
                    t.muscle = m["muscle"];
                    t.triggerPoint = m.value("trp", "TrP1");
                }
                step.target = t;
            }
        } else if (type == "move") {
            const bool inWindow = ev.contains("window");
            const auto& v = ev.value(inWindow ? "window" : "view", nlohmann::json());
            if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
                throw io::LoadError(where + (inWindow ? ".window" : ".view") +
                                    ": expected [x, y] as fractions of the " + (inWindow ? "window" : "3D view"));
            e.type = InputEvent::Type::Move;
            (inWindow ? step.windowFraction : step.viewFraction) = glm::vec2(v[0].get<float>(), v[1].get<float>());
            step.event = e;
        } else if (type == "press" || type == "release") {
            e.type = type == "press" ? InputEvent::Type::Press : InputEvent::Type::Release;
            e.button = button();
            step.event = e;
        } else if (type == "scroll") {
            e.type = InputEvent::Type::Scroll;
            e.scroll = ev.value("amount", 1.0f);
            step.event = e;
        } else if (type == "key") {
            e.type = InputEvent::Type::Key;
            e.key = keyCode(ev.value("key", ""));
            if (e.key < 0) throw io::LoadError(where + ".key: unknown key (expected A-Z, 0-9, Escape, Home, Enter, Tab or F1)");
            e.ctrl = ev.value("ctrl", false);
            e.shift = ev.value("shift", false);
            step.event = e;
        } else if (type == "text") {
            if (!ev.contains("text") || !ev["text"].is_string()) throw io::LoadError(where + ".text: expected a string");
            // One step per character, all in the same frame, like fast typing.
            const std::string text = ev["text"];
            for (unsigned char c : text) {
                if (c >= 0x80) throw io::LoadError(where + ".text: only ASCII can be typed in a replay");
                ReplayStep typed;
                InputEvent t;
                t.type = InputEvent::Type::Text;
                t.codepoint = c;
                typed.event = t;
                script.steps.push_back(typed);
            }
            continue;
        } else if (type == "wait") {
            step.waitFrames = std::max(1, ev.value("frames", 1));
        } else {
            throw io::LoadError(where + ".type: unknown event type '" + type + "'");
        }
        script.steps.push_back(step);
    }
    return script;
}

std::vector<InputEvent> ReplayPlayer::nextFrame(const ViewRect& view, glm::vec2 windowSize,
                                                const ReplayLocator& locate) {
    std::vector<InputEvent> out;
    if (wait_ > 0) {
        --wait_;
        return out;
    }
    // Each frame plays events up to the next pause, like a burst of real input.
    while (next_ < script_.steps.size()) {
        const ReplayStep& step = script_.steps[next_++];
        if (step.waitFrames > 0) {
            wait_ = step.waitFrames - 1;
            break;
        }
        InputEvent e = *step.event;
        if (step.viewFraction) cursor_ = view.origin + *step.viewFraction * view.size;
        if (step.windowFraction) cursor_ = *step.windowFraction * windowSize;
        if (step.byPixels) cursor_ += *step.byPixels;
        if (step.target) {
            const auto at = locate ? locate(*step.target) : std::nullopt;
            const auto& t = *step.target;
            if (!at)
                throw io::LoadError("replay step " + std::to_string(next_ - 1) + ": " +
                                    (t.region.empty() ? "marker " + t.muscle + " " + t.triggerPoint
                                                      : "region " + t.region) +
                                    " (" + std::string(core::toText(t.side)) + ") is not in view");
            cursor_ = view.origin + *at;
        }
        e.pos = cursor_;
        out.push_back(e);
    }
    return out;
}

}  // namespace tpa::app
