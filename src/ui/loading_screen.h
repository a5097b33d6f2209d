// The loading screen: a centred panel with what is being loaded and a progress bar.
#pragma once

#include <string>

namespace tpa::ui {

// Between ImGui::NewFrame() and ImGui::Render(). `fraction` < 0 shows a moving bar.
void drawLoadingScreen(float fraction, const std::string& what, double time);

}  // namespace tpa::ui
