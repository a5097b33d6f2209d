// Projects the eight corners; a box with any corner at or behind the eye plane has no finite
// bound on screen, and the caller then covers the whole view.
#include "render/screen_rect.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tpa::render {

std::optional<PixelRect> projectedRect(const core::Aabb& box, const glm::mat4& viewProj,
                                       const PixelRect& viewport, int marginPx) {
    if (box.empty()) return PixelRect{viewport.x, viewport.y, 0, 0};
    glm::vec2 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 p((corner & 1) ? box.max.x : box.min.x,
                          (corner & 2) ? box.max.y : box.min.y,
                          (corner & 4) ? box.max.z : box.min.z);
        const glm::vec4 clip = viewProj * glm::vec4(p, 1.0f);
        if (clip.w <= 1e-4f) return std::nullopt;
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        const glm::vec2 px = glm::vec2(viewport.x, viewport.y) +
                             (ndc * 0.5f + 0.5f) * glm::vec2(viewport.width, viewport.height);
        lo = glm::min(lo, px);
        hi = glm::max(hi, px);
    }
    const int x0 = std::max(viewport.x, int(std::floor(lo.x)) - marginPx);
    const int y0 = std::max(viewport.y, int(std::floor(lo.y)) - marginPx);
    const int x1 = std::min(viewport.x + viewport.width, int(std::ceil(hi.x)) + marginPx);
    const int y1 = std::min(viewport.y + viewport.height, int(std::ceil(hi.y)) + marginPx);
    if (x1 <= x0 || y1 <= y0) return PixelRect{viewport.x, viewport.y, 0, 0};
    return PixelRect{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace tpa::render
