// Per-part styles from visibility, selection and hover.
#include "app/frame_builder.h"

#include "render/palette.h"

#include <algorithm>

namespace tpa::app {

render::FrameParams buildFrame(const state::AppState& s, bool zonesShown) {
    render::FrameParams f;
    f.view = s.camera.view();
    f.projection = s.camera.projection();
    f.eye = s.camera.eye();
    f.width = s.camera.width();
    f.height = s.camera.height();
    f.parts.reserve(s.scene.parts.size());
    // The zones on the skin are what the user is looking at: the selected muscle shows
    // through the skin only faintly, so a zone that lies over it keeps its colour.
    if (zonesShown) f.occludedOpacity = 0.15f;
    for (std::size_t i = 0; i < s.scene.parts.size(); ++i) {
        const auto& part = s.scene.parts[i];
        render::PartStyle style;
        style.color = render::defaultPartColor(part);
        switch (s.visibility(int(i))) {
            case state::PartVisibility::Hidden: style.draw = render::PartDraw::Hidden; break;
            case state::PartVisibility::Opaque: style.draw = render::PartDraw::Opaque; break;
            case state::PartVisibility::Ghost: style.draw = render::PartDraw::Ghost; break;
        }
        style.opacity = s.view.ghostOpacity;
        if (zonesShown) {
            if (part.kind == core::PartKind::Skin) style.opacity = std::max(style.opacity, 0.35f);
            if (part.kind == core::PartKind::Muscle && !s.inSelectedMuscle(int(i)))
                style.color = glm::mix(style.color, glm::vec3(0.62f, 0.58f, 0.56f), 0.65f);
        }
        if (s.inSelectedMuscle(int(i))) {
            style.tintAmount = kSelectedTint;
            style.outlined = true;
        } else if (int(i) == s.hovered) {
            style.tintAmount = kHoveredTint;
        }
        f.parts.push_back(style);
    }
    return f;
}

}  // namespace tpa::app
