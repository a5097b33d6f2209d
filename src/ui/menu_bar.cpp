// Main menu: File, View, Layers, Help. Every item names its shortcut.
#include "ui/strings.h"
#include "ui/viewer_ui.h"

#include <imgui.h>

namespace tpa::ui {
namespace {

const char* layerLabel(core::Layer l) {
    switch (l) {
        case core::Layer::Skin: return "Skin";
        case core::Layer::Superficial: return "Superficial muscles";
        case core::Layer::Intermediate: return "Intermediate muscles";
        case core::Layer::Deep: return "Deep muscles";
        case core::Layer::Bone: return "Bones";
    }
    return "?";
}

}  // namespace

const char* layerDisplayName(core::Layer l) { return layerLabel(l); }

void ViewerUi::drawMenuBar(const state::AppState& state, const FrameInfo& info, UiOutput& out, float& height) {
    using namespace state;
    if (!ImGui::BeginMainMenuBar()) return;
    height = ImGui::GetWindowSize().y;
    if (ImGui::BeginMenu("File")) {
        const SessionInfo& si = info.session;
        if (ImGui::MenuItem(tr(Text::FileNew), "Ctrl+N")) shortcut(UiAction::NewSession);
        if (ImGui::MenuItem(tr(Text::FileOpen), "Ctrl+O")) shortcut(UiAction::OpenSession);
        if (ImGui::MenuItem(tr(Text::FileSave), "Ctrl+S", false, si.session != nullptr)) shortcut(UiAction::SaveSession);
        if (ImGui::MenuItem(tr(Text::FileSaveAs), "Ctrl+Shift+S", false, si.session != nullptr))
            shortcut(UiAction::SaveSessionAs);
        if (ImGui::BeginMenu(tr(Text::FileRecent), si.recent && !si.recent->entries().empty())) {
            for (const auto& e : si.recent->entries()) {
                const std::string label = (e.client.empty() ? e.path.filename().string() : e.client) + "  " + e.date;
                if (ImGui::MenuItem(label.c_str())) {
                    if (si.dirty) {
                        afterUnsaved_ = UiAction::OpenSession;  // the prompt then offers the file dialog
                        showUnsaved_ = true;
                    } else {
                        out.session.open = e.path.string();
                    }
                }
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.path.string().c_str());
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::FileExportHandout), "Ctrl+E")) shortcut(UiAction::ExportHandout);
        if (ImGui::MenuItem(tr(Text::FileExportScreenshot), "Ctrl+P")) shortcut(UiAction::ExportScreenshot);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::FileOpenModel), "Ctrl+Shift+O")) showOpen_ = true;
        if (ImGui::MenuItem(tr(Text::FileSettings), "Ctrl+,")) shortcut(UiAction::Settings);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::FileQuit), "Ctrl+Q")) out.quit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        static constexpr std::pair<core::ViewPreset, const char*> kViews[] = {
            {core::ViewPreset::Anterior, "1"}, {core::ViewPreset::Posterior, "2"}, {core::ViewPreset::Left, "3"},
            {core::ViewPreset::Right, "4"}, {core::ViewPreset::Superior, "5"}};
        static constexpr const char* kNames[] = {"Anterior (front)", "Posterior (back)", "Left side", "Right side",
                                                 "Superior (top)"};
        for (int i = 0; i < 5; ++i)
            if (ImGui::MenuItem(kNames[i], kViews[i].second)) out.commands.push_back(GoToView{kViews[i].first});
        ImGui::Separator();
        if (ImGui::MenuItem("Frame selection", "F")) out.commands.push_back(FrameSelection{});
        if (ImGui::MenuItem("Reset view", "Home")) out.commands.push_back(ResetView{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Layers")) {
        for (int i = 0; i < core::kLayerCount; ++i) {
            const auto layer = core::Layer(i);
            const auto mode = state.view.layer(layer);
            if (ImGui::BeginMenu(layerLabel(layer))) {
                if (ImGui::MenuItem("Show", nullptr, mode == LayerMode::Shown))
                    out.commands.push_back(SetLayerMode{layer, LayerMode::Shown});
                if (ImGui::MenuItem("Ghost (x-ray)", nullptr, mode == LayerMode::Ghosted))
                    out.commands.push_back(SetLayerMode{layer, LayerMode::Ghosted});
                if (ImGui::MenuItem("Hide", nullptr, mode == LayerMode::Hidden))
                    out.commands.push_back(SetLayerMode{layer, LayerMode::Hidden});
                ImGui::EndMenu();
            }
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Isolate selection", "I", state.view.isolate, state.selected >= 0))
            out.commands.push_back(SetIsolate{!state.view.isolate});
        if (ImGui::MenuItem("Hide selected part", "H", false, state.selected >= 0))
            out.commands.push_back(HidePart{state.selected});
        if (ImGui::MenuItem("Show all", "A")) out.commands.push_back(ShowAll{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts", "F1")) showControls_ = true;
        if (ImGui::MenuItem("About")) showAbout_ = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

}  // namespace tpa::ui
