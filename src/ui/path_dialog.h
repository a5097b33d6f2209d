// A small file dialog for ImGui (1.86 has none): a path field, the folder's listing with
// sub-folders first, and files filtered by extension. No GL; std::filesystem only.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tpa::ui {

class PathDialog {
public:
    // `saving` asks before overwriting nothing (the atomic write keeps the old file until done)
    // but adds the extension when the name has none.
    void open(std::string title, const std::filesystem::path& start, std::string extension, bool saving);
    // Between NewFrame and Render; returns the chosen path once.
    std::optional<std::string> draw();
    bool isOpen() const { return open_ || visible_; }

private:
    void list(const std::filesystem::path& folder);

    std::string title_;
    std::string extension_;
    bool saving_ = false;
    bool open_ = false;     // OpenPopup pending
    bool visible_ = false;
    std::string path_;
    std::filesystem::path listed_;
    std::vector<std::pair<std::string, bool>> entries_;  // name, is folder
    std::string error_;
};

}  // namespace tpa::ui
