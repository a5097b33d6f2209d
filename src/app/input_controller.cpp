// The drag state machine and the keyboard shortcuts.
#include "app/input_controller.h"

#include <GLFW/glfw3.h>

namespace tpa::app {

namespace {

// Ctrl shortcuts work even while a text field has the keyboard.
std::optional<ui::UiAction> shortcutFor(const InputEvent& e) {
    using ui::UiAction;
    if (!e.ctrl) return std::nullopt;
    switch (e.key) {
        case GLFW_KEY_N: return UiAction::NewSession;
        case GLFW_KEY_O: return e.shift ? UiAction::OpenModel : UiAction::OpenSession;
        case GLFW_KEY_S: return e.shift ? UiAction::SaveSessionAs : UiAction::SaveSession;
        case GLFW_KEY_E: return UiAction::ExportHandout;
        case GLFW_KEY_P: return UiAction::ExportScreenshot;
        case GLFW_KEY_M: return UiAction::AddMuscleToSession;
        case GLFW_KEY_COMMA: return UiAction::Settings;
        default: return std::nullopt;
    }
}

}  // namespace

AppRequest InputController::handle(const InputEvent& e, bool uiWantsMouse, bool uiWantsKeyboard,
                                   const ViewRect& view, const InputContext& context,
                                   std::vector<state::Command>& out) {
    using namespace state;
    const glm::vec2 local = e.pos - view.origin;
    switch (e.type) {
        case InputEvent::Type::Move: {
            const glm::vec2 delta = e.pos - lastPos_;
            lastPos_ = e.pos;
            if (dragButton_) {
                if (stroking_) {
                    out.push_back(PaintAt{local, false});
                    return AppRequest::None;
                }
                // A drag that began in the 3D view keeps the camera even over panels.
                if (glm::length(e.pos - pressPos_) > kClickSlopPx) dragged_ = true;
                if (dragged_) {
                    const MouseButton orbitButton = context.painting ? MouseButton::Right : MouseButton::Left;
                    if (*dragButton_ == orbitButton)
                        out.push_back(Orbit{delta});
                    else
                        out.push_back(Pan{delta});
                }
                return AppRequest::None;
            }
            if (!uiWantsMouse && view.contains(e.pos)) {
                cursorInView_ = local;
                out.push_back(HoverAt{local});
            } else if (cursorInView_) {
                cursorInView_.reset();
                out.push_back(ClearHover{});
            }
            return AppRequest::None;
        }
        case InputEvent::Type::Press:
            lastPos_ = e.pos;
            if (uiWantsMouse || !view.contains(e.pos) || dragButton_) return AppRequest::None;
            dragButton_ = e.button;
            pressPos_ = e.pos;
            dragged_ = false;
            stroking_ = context.painting && e.button == MouseButton::Left;
            if (stroking_) out.push_back(PaintAt{local, true});
            return AppRequest::None;
        case InputEvent::Type::Release:
            lastPos_ = e.pos;
            if (!dragButton_ || *dragButton_ != e.button) return AppRequest::None;
            if (!dragged_ && !stroking_ && e.button == MouseButton::Left) out.push_back(PickAt{pressPos_ - view.origin});
            dragButton_.reset();
            stroking_ = false;
            return AppRequest::None;
        case InputEvent::Type::Scroll:
            if (!uiWantsMouse && view.contains(e.pos)) out.push_back(Zoom{e.scroll, local});
            return AppRequest::None;
        case InputEvent::Type::Text: return AppRequest::None;
        case InputEvent::Type::Key:
            if (e.ctrl && e.key == GLFW_KEY_Q) return AppRequest::Quit;
            if (const auto action = shortcutFor(e)) {
                shortcut_ = *action;
                return AppRequest::Shortcut;
            }
            if (uiWantsKeyboard) return AppRequest::None;
            if (e.ctrl && e.key == GLFW_KEY_Z) {
                out.push_back(UndoStroke{});
                return AppRequest::None;
            }
            if (e.key == GLFW_KEY_F1 || (e.shift && e.key == GLFW_KEY_SLASH)) {
                shortcut_ = ui::UiAction::Help;
                return AppRequest::Shortcut;
            }
            switch (e.key) {
                case GLFW_KEY_1: out.push_back(GoToView{core::ViewPreset::Anterior}); break;
                case GLFW_KEY_2: out.push_back(GoToView{core::ViewPreset::Posterior}); break;
                case GLFW_KEY_3: out.push_back(GoToView{core::ViewPreset::Left}); break;
                case GLFW_KEY_4: out.push_back(GoToView{core::ViewPreset::Right}); break;
                case GLFW_KEY_5: out.push_back(GoToView{core::ViewPreset::Superior}); break;
                case GLFW_KEY_F: out.push_back(FrameSelection{}); break;
                case GLFW_KEY_HOME:
                case GLFW_KEY_R: out.push_back(ResetView{}); break;
                case GLFW_KEY_H:
                    if (context.selectedPart >= 0) out.push_back(HidePart{context.selectedPart});
                    break;
                case GLFW_KEY_I: out.push_back(SetIsolate{!context.isolated}); break;
                case GLFW_KEY_B: out.push_back(SetPainting{!context.painting}); break;
                case GLFW_KEY_A: out.push_back(ShowAll{}); break;
                case GLFW_KEY_ESCAPE: out.push_back(SelectPart{-1}); break;
                default: break;
            }
            return AppRequest::None;
    }
    return AppRequest::None;
}

}  // namespace tpa::app
