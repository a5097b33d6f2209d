// Drawn over the 3D view with ImGui's background list: trigger-point labels beside their
// markers and the brush outline while painting. No GL: ImGui turns these into triangles.
#include "ui/viewer_ui.h"

#include <imgui.h>
#include <vector>

namespace tpa::ui {

void ViewerUi::drawMarkerLabels(const FrameInfo& info) {
    if (info.markerLabels.empty()) return;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const float em = ImGui::GetFontSize();
    const ImVec2 pad(em * 0.3f, em * 0.12f);
    std::vector<ImVec4> placed;  // x0, y0, x1, y1 of the labels drawn so far
    auto overlaps = [&](const ImVec4& r) {
        for (const auto& p : placed)
            if (r.x < p.z && p.x < r.z && r.y < p.w && p.y < r.w) return true;
        return false;
    };
    for (const auto& label : info.markerLabels) {
        // Up and to the right of the marker, so the marker itself stays visible; labels of
        // nearby markers stack upwards instead of covering each other.
        const ImVec2 size = ImGui::CalcTextSize(label.text.c_str());
        ImVec2 at(label.at.x + em * 0.7f, label.at.y - em * 0.7f - size.y);
        bool free = false;
        for (int tries = 0; tries < 4 && !free; ++tries) {
            const ImVec4 box(at.x - pad.x, at.y - pad.y, at.x + size.x + pad.x, at.y + size.y + pad.y);
            free = !overlaps(box);
            if (!free) at.y -= size.y + pad.y * 3.0f;
        }
        if (!free) continue;  // a crowded spot keeps the labels it has rather than a tangle
        placed.emplace_back(at.x - pad.x, at.y - pad.y, at.x + size.x + pad.x, at.y + size.y + pad.y);
        const ImU32 background = label.emphasised ? IM_COL32(255, 255, 255, 230) : IM_COL32(16, 22, 28, 200);
        const ImU32 text = label.emphasised ? IM_COL32(10, 10, 10, 255) : IM_COL32(140, 240, 255, 255);
        draw->AddLine(ImVec2(label.at.x, label.at.y), ImVec2(at.x, at.y + size.y + pad.y), IM_COL32(140, 240, 255, 160),
                      1.5f);
        draw->AddRectFilled(ImVec2(at.x - pad.x, at.y - pad.y), ImVec2(at.x + size.x + pad.x, at.y + size.y + pad.y),
                            background, em * 0.25f);
        draw->AddText(at, text, label.text.c_str());
    }
}

void ViewerUi::drawBrushCursor(const state::AppState& state, const FrameInfo& info) {
    if (!state.pain.painting || !info.brushCursor || ImGui::GetIO().WantCaptureMouse) return;
    const auto& c = *info.brushCursor;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 centre(c.centre.x, c.centre.y);
    const ImU32 colour = c.erase ? IM_COL32(255, 255, 255, 220) : IM_COL32(170, 120, 255, 235);
    draw->AddCircle(centre, c.radius + 1.0f, IM_COL32(0, 0, 0, 140), 48, 3.0f);
    draw->AddCircle(centre, c.radius, colour, 48, 2.0f);
    if (c.erase) {
        const float r = c.radius * 0.5f;
        draw->AddLine(ImVec2(centre.x - r, centre.y - r), ImVec2(centre.x + r, centre.y + r), colour, 2.0f);
    }
}

}  // namespace tpa::ui
