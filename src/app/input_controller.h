// Mouse and keyboard to commands: drags orbit/pan, clicks pick, the wheel zooms toward the
// cursor, keys trigger views and layer actions. Input the UI wants never reaches the 3D view.
#pragma once

#include "ui/ui_frame.h"

#include "app/input_event.h"
#include "state/command.h"

#include <optional>
#include <vector>

namespace tpa::app {

struct ViewRect {
    glm::vec2 origin{0.0f};  // framebuffer pixels, top-left
    glm::vec2 size{1.0f};
    bool contains(glm::vec2 p) const {
        return p.x >= origin.x && p.y >= origin.y && p.x < origin.x + size.x && p.y < origin.y + size.y;
    }
};

// Quit, or a shortcut for the interface (InputController::shortcut() says which).
enum class AppRequest { None, Quit, Shortcut };

// What the shortcuts and drags need to know of the state.
struct InputContext {
    int selectedPart = -1;
    bool isolated = false;
    bool painting = false;  // brush mode: left drags paint, right drags orbit, middle drags pan
};

class InputController {
public:
    // A press-release closer than this is a click, not a drag.
    static constexpr float kClickSlopPx = 4.0f;

    AppRequest handle(const InputEvent& e, bool uiWantsMouse, bool uiWantsKeyboard, const ViewRect& view,
                      const InputContext& context, std::vector<state::Command>& out);
    std::optional<glm::vec2> cursorInView() const { return cursorInView_; }
    ui::UiAction shortcut() const { return shortcut_; }

private:
    std::optional<MouseButton> dragButton_;
    glm::vec2 pressPos_{0.0f};
    glm::vec2 lastPos_{0.0f};
    bool dragged_ = false;
    bool stroking_ = false;  // the left button paints (brush mode)
    std::optional<glm::vec2> cursorInView_;
    ui::UiAction shortcut_ = ui::UiAction::Help;
};

}  // namespace tpa::app
