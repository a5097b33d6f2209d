// English text for tr(); the order follows enum Text.
#include "ui/strings.h"

#include <array>

namespace tpa::ui {
namespace {

constexpr std::array<const char*, std::size_t(Text::Count)> kEnglish = {
    "New session", "Open session...", "Save", "Save as...", "Recent sessions", "Export handout...",
    "Export screenshot...", "Open model...", "Settings...", "Quit", "Session", "Client (name or code)", "Date",
    "Muscles examined", "Add the selected muscle", "Select a muscle on the body to add it.", "Pressure",
    "Tender", "Referred", "Where the pain went", "Jump sign", "Twitch", "Notes", "Self-care given",
    "Your own instructions", "History of this client", "No other sessions of this client found.", "Remove",
    "Unsaved changes", "This session has changes that are not saved.", "Save", "Discard", "Cancel",
    "Recover unsaved work?",
    "A session was not saved when the program last closed. Restore it, or discard it?", "Restore", "Settings",
    "Font size (larger reads from further away)", "Units", "Zone colours", "Classic (crimson, pink)",
    "Colour-blind safe (orange, blue)", "Essential zone", "Spillover zone", "Reduced motion (still zones)",
    "Keyboard shortcuts", "Export screenshot", "Width", "Height", "Transparent background", "Close",
    "Pain drawing"};

}  // namespace

const char* tr(Text id) { return kEnglish[std::size_t(id)]; }

}  // namespace tpa::ui
