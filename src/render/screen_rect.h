// The pixels of a viewport a world-space box can cover: lets a pass touch only the part of
// the view where the scene lies.
#pragma once

#include <glm/glm.hpp>
#include <optional>

#include "core/aabb.h"

namespace tpa::render {

struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;  // GL convention: origin bottom-left
    bool empty() const { return width <= 0 || height <= 0; }
};

// The box's projection grown by `marginPx` and clipped to the viewport (x, y, w, h); an empty
// rect for an empty box; nullopt when the box reaches behind the eye (no bound then).
std::optional<PixelRect> projectedRect(const core::Aabb& box, const glm::mat4& viewProj,
                                       const PixelRect& viewport, int marginPx);

}  // namespace tpa::render
