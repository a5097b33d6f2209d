// Raw input as the window reports it (or a replay script fakes it), in framebuffer pixels.
#pragma once

#include <glm/glm.hpp>

namespace tpa::app {

enum class MouseButton { Left, Right, Middle };

struct InputEvent {
    enum class Type { Move, Press, Release, Scroll, Key, Text } type = Type::Move;
    glm::vec2 pos{0.0f};  // cursor position in framebuffer pixels, origin top-left
    MouseButton button = MouseButton::Left;
    float scroll = 0.0f;  // wheel notches, positive = away from the user (zoom in)
    int key = 0;          // GLFW key code
    bool ctrl = false;
    bool shift = false;
    unsigned codepoint = 0;  // Text: one typed character (for the panels; the 3D view ignores it)
};

}  // namespace tpa::app
