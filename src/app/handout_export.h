// The client handout: one self-contained HTML page that prints on A4 (front and back views
// of the body with the examined muscles' zones, the pain drawing in words, the muscles and
// their referral, the self-care given, the notice and the sources).
#pragma once

#include "app/scene_source.h"
#include "session/client_session.h"
#include "state/app_state.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tpa::app {

struct HandoutView {
    std::string title;                // "Front", "Back"
    std::vector<std::uint8_t> png;    // embedded as a data URI
};

// Renders the front and back views with the session's examined muscles' zones. Needs a current
// GL context. Borrows `state` (camera, selection, zones) and puts it back as it was.
std::vector<HandoutView> renderHandoutViews(state::AppState& state, const session::ClientSession& session, int width,
                                            int height);
// The page itself; pure text, no GL.
std::string handoutHtml(const session::ClientSession& session, const anatomy::KnowledgeBase& kb,
                        const std::vector<HandoutView>& views, const std::string& attribution);
std::string base64(const std::vector<std::uint8_t>& bytes);

struct HandoutOptions {
    std::filesystem::path session;
    std::filesystem::path out;
    SceneSource source;
    int width = 520;   // each view; two sit side by side on A4
    int height = 860;
};

// `tpatlas export-handout`: read the session, render headless, write the page atomically.
int runExportHandout(const HandoutOptions& options);

}  // namespace tpa::app
