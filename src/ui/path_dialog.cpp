// The path dialog: type a path, or walk folders by clicking; Enter or the button accepts.
#include "ui/path_dialog.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace tpa::ui {

namespace fs = std::filesystem;

void PathDialog::open(std::string title, const fs::path& start, std::string extension, bool saving) {
    title_ = std::move(title);
    extension_ = std::move(extension);
    saving_ = saving;
    open_ = true;
    path_ = start.string();
    error_.clear();
    std::error_code ec;
    list(fs::is_directory(start, ec) ? start : start.parent_path());
}

void PathDialog::list(const fs::path& folder) {
    listed_ = folder.empty() ? fs::current_path() : folder;
    entries_.clear();
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(listed_, fs::directory_options::skip_permission_denied, ec)) {
        const std::string name = item.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        const bool folder = item.is_directory(ec);
        if (folder || extension_.empty() || item.path().extension() == extension_) entries_.emplace_back(name, folder);
    }
    std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second : a.first < b.first;
    });
    if (ec) error_ = "Cannot list " + listed_.string();
}

std::optional<std::string> PathDialog::draw() {
    std::optional<std::string> chosen;
    const std::string id = title_ + "##path-dialog";
    if (open_) {
        ImGui::OpenPopup(id.c_str());
        open_ = false;
    }
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(em * 36, em * 26), ImGuiCond_Appearing);
    visible_ = ImGui::BeginPopupModal(id.c_str());
    if (!visible_) return chosen;
    ImGui::TextDisabled("%s", listed_.string().c_str());
    if (ImGui::Button("Up") && listed_.has_parent_path()) list(listed_.parent_path());
    ImGui::SameLine();
    if (ImGui::Button("Home"))
        if (const char* home = std::getenv("HOME")) list(home);
    ImGui::BeginChild("listing", ImVec2(0, -em * 4.2f), true);
    for (const auto& [name, folder] : entries_) {
        const std::string label = folder ? name + "/" : name;
        if (ImGui::Selectable(label.c_str(), (listed_ / name).string() == path_, ImGuiSelectableFlags_AllowDoubleClick)) {
            path_ = (listed_ / name).string();
            if (folder) {
                list(listed_ / name);
                break;  // the listing changed under the loop
            }
            if (ImGui::IsMouseDoubleClicked(0)) chosen = path_;
        }
    }
    ImGui::EndChild();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputText("##path", &path_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!error_.empty()) ImGui::TextColored(ImVec4(1.0f, 0.5f, 0.4f, 1.0f), "%s", error_.c_str());
    if (ImGui::Button(saving_ ? "Save" : "Open") || enter) {
        std::error_code ec;
        if (path_.empty()) {
            error_ = "Type a file name.";
        } else if (fs::is_directory(path_, ec)) {
            list(path_);
        } else if (!saving_ && !fs::exists(path_, ec)) {
            error_ = "No such file: " + path_;
        } else {
            fs::path p = path_;
            if (saving_ && !extension_.empty() && p.extension() != extension_) p += extension_;
            chosen = p.string();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    if (chosen) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

}  // namespace tpa::ui
