// The interface's words for sessions, files, settings and shortcuts, in one table so a
// translation replaces one array (panels older than this table still hold their own text).
#pragma once

namespace tpa::ui {

enum class Text {
    FileNew, FileOpen, FileSave, FileSaveAs, FileRecent, FileExportHandout, FileExportScreenshot, FileOpenModel,
    FileSettings, FileQuit, SessionTab, Client, Date, ExaminedMuscles, AddCurrentMuscle, NoMuscleSelected, Pressure,
    Tender, Referred, ReferredZone, JumpSign, Twitch, Notes, SelfCareGiven, SelfCareText, History, NoHistory, Remove,
    UnsavedTitle, UnsavedBody, Save, Discard, Cancel, RecoveryTitle, RecoveryBody, Restore, SettingsTitle, FontSize,
    Units, Palette, PaletteClassic, PaletteSafe, EssentialColour, SpilloverColour, ReducedMotion, ShortcutsTitle,
    ScreenshotTitle, Width, Height, Transparent, Close, PainDrawing, Count
};

const char* tr(Text id);

}  // namespace tpa::ui
