// Window main loop: poll -> new frame -> UI -> input to commands -> render -> swap.
// It sleeps in glfwWaitEvents while nothing changes, so an idle viewer costs no CPU.
#include "app/viewer.h"

#include "app/frame_builder.h"
#include "app/background_load.h"
#include "app/input_controller.h"
#include "app/knowledge_store.h"
#include "app/referral_presenter.h"
#include "app/replay_script.h"
#include "app/session_controller.h"
#include "app/state_report.h"
#include "io/image.h"
#include "io/load_error.h"
#include "io/model_importer.h"
#include "render/gl_setup.h"
#include "render/render_error.h"
#include "render/renderer.h"
#include "state/command.h"
#include "ui/loading_screen.h"
#include "ui/theme.h"
#include "ui/viewer_ui.h"

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <algorithm>
#include <iostream>
#include <memory>

namespace tpa::app {
namespace {

// Raw window input, queued by the GLFW callbacks and handled once the UI has had its say.
struct WindowInput {
    std::vector<InputEvent> queue;
    glm::vec2 fbScale{1.0f};  // framebuffer pixels per window coordinate
    glm::vec2 cursor{0.0f};
    bool ctrl = false;
    bool muted = false;  // while a replay feeds ImGui's callbacks, ours must not queue twice
    bool minimised = false;
};

// A full-detail frame slower than this is replaced by a simplified one while zones animate.
constexpr double kSlowFrameMs = 40.0;

WindowInput& inputOf(GLFWwindow* w) { return *static_cast<WindowInput*>(glfwGetWindowUserPointer(w)); }

void installCallbacks(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
        auto& in = inputOf(w);
        if (in.muted) return;
        in.cursor = glm::vec2(float(x), float(y)) * in.fbScale;
        in.queue.push_back({InputEvent::Type::Move, in.cursor});
    });
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int) {
        auto& in = inputOf(w);
        if (in.muted) return;
        InputEvent e{action == GLFW_PRESS ? InputEvent::Type::Press : InputEvent::Type::Release, in.cursor};
        e.button = button == GLFW_MOUSE_BUTTON_RIGHT    ? MouseButton::Right
                   : button == GLFW_MOUSE_BUTTON_MIDDLE ? MouseButton::Middle
                                                        : MouseButton::Left;
        in.queue.push_back(e);
    });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double, double dy) {
        auto& in = inputOf(w);
        if (in.muted) return;
        InputEvent e{InputEvent::Type::Scroll, in.cursor};
        e.scroll = float(dy);
        in.queue.push_back(e);
    });
    glfwSetWindowIconifyCallback(window, [](GLFWwindow* w, int iconified) { inputOf(w).minimised = iconified != 0; });
    glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int, int action, int mods) {
        if (action != GLFW_PRESS) return;
        auto& in = inputOf(w);
        if (in.muted) return;
        InputEvent e{InputEvent::Type::Key, in.cursor};
        e.key = key;
        e.ctrl = (mods & GLFW_MOD_CONTROL) != 0;
        e.shift = (mods & GLFW_MOD_SHIFT) != 0;
        in.queue.push_back(e);
    });
}

core::Image readWindow(int width, int height) {
    core::Image img{width, height, std::vector<std::uint8_t>(std::size_t(width) * height * 4)};
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    const std::size_t row = std::size_t(width) * 4;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(img.rgba.begin() + y * row, img.rgba.begin() + (y + 1) * row,
                         img.rgba.begin() + (height - 1 - y) * row);
    for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    return img;
}

class Viewer {
public:
    explicit Viewer(const ViewerOptions& options) : options_(options) {}
    int run();

private:
    void frame();
    void loadModel(const std::filesystem::path& path);
    void rebuildFonts();
    core::Scene waitForStartup(BackgroundLoad& load);
    void finishLoad();
    void applyWindowAction(const WindowAction& action);
    // The script has played and every file it opened has finished loading.
    bool replayComplete() const { return replay_ && replay_->finished() && !load_ && !pendingOpen_; }
    // Where the overlay goes, in ImGui coordinates (window units, top-left origin).
    std::vector<ui::MarkerLabel> markerLabels() const;
    std::optional<ui::BrushCursor> brushCursor() const;
    // Where a replay target projects in the 3D view (view-local pixels).
    std::optional<glm::vec2> locate(const ReplayTarget& target) const;
    // Replayed input into ImGui's GLFW callbacks (ours are muted meanwhile).
    void feedImGui(const InputEvent& e);

    const ViewerOptions& options_;
    GLFWwindow* window_ = nullptr;
    WindowInput input_;
    state::AppState state_;
    std::unique_ptr<render::Renderer> renderer_;
    ui::ViewerUi ui_;
    InputController controller_;
    std::unique_ptr<ReplayPlayer> replay_;
    ViewRect viewRect_;
    ReferralPresenter referral_;
    SessionController sessions_;
    std::unique_ptr<BackgroundLoad> load_;  // a model being opened
    std::filesystem::path loadingPath_;
    std::optional<std::filesystem::path> pendingOpen_;  // asked for while another file loads
    std::string iniPath_;  // ImGui keeps the pointer
    std::string title_;
    float contentScale_ = 1.0f;
    bool askQuit_ = false;        // show the unsaved-changes prompt for a quit this frame
    bool discardUnsaved_ = false; // the user chose to quit without saving
    render::RenderStats lastStats_;
    double lastFrameTime_ = 0.0;
    double frameMs_ = 0.0;
    double fullDetailMs_ = 0.0;   // the last frame drawn at full detail
    glm::mat4 lastViewProj_{0.0f};  // to tell a moving camera from a resting one
    int framesToDraw_ = 3;  // ImGui settles layout over a couple of frames after any change
    bool quit_ = false;
    bool replayDone_ = false;
    bool hidden_ = false;  // minimised or a 0x0 framebuffer: nothing is drawn
    bool laidOut_ = false;  // the panels have placed the 3D view once (replays aim at it)
    bool prepareAfterFrame_ = false;  // a new scene: build picking and skin data after its first frame
    std::vector<int> keysToRelease_;  // replayed keys are let go the frame after, as fingers do
};

int Viewer::run() {
    std::optional<ReplayScript> script;
    if (options_.replay) script = loadReplayScript(*options_.replay);
    LoadedKnowledge knowledge;
    std::string startProblem;  // set by the startup job when the asked-for body failed

    glfwSetErrorCallback([](int code, const char* text) { std::cerr << "tpatlas: GLFW error " << code << ": " << text << "\n"; });
    if (!glfwInit()) {
        std::cerr << "tpatlas: cannot open a window (no display?). Use 'tpatlas render' for headless images.\n";
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, 4);
    glfwWindowHint(GLFW_STENCIL_BITS, 8);
    glfwWindowHint(GLFW_DEPTH_BITS, 24);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // A replay must play the same way every time: no recovery prompt over it.
    sessions_.start(state_, !options_.replay);
    const auto& settings = sessions_.settings();
    const bool remembered = !options_.sizeGiven && !options_.replay;  // scripts need a known size
    window_ = glfwCreateWindow(remembered ? settings.windowWidth : options_.width,
                               remembered ? settings.windowHeight : options_.height, "Trigger Point Atlas", nullptr,
                               nullptr);
    if (!window_) {
        std::cerr << "tpatlas: cannot create an OpenGL 3.3 window\n";
        glfwTerminate();
        return 1;
    }
    if (remembered && settings.windowX >= 0 && settings.windowY >= 0)
        glfwSetWindowPos(window_, settings.windowX, settings.windowY);
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    // Software GL (llvmpipe in VMs and remote desktops) pays 4x per pixel for MSAA; there,
    // a fluid orbit matters more than smooth edges.
    if (render::isSoftwareRenderer()) glDisable(GL_MULTISAMPLE);
    glfwSetWindowUserPointer(window_, &input_);
    installCallbacks(window_);  // before ImGui, which chains to them

    float xs = 1.0f, ys = 1.0f;
    glfwGetWindowContentScale(window_, &xs, &ys);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    // Panel layout lives with the settings, not in whatever folder the program was started from.
    iniPath_ = sessions_.imguiIniPath().string();
    std::error_code dirError;
    std::filesystem::create_directories(sessions_.imguiIniPath().parent_path(), dirError);
    ImGui::GetIO().IniFilename = options_.replay || dirError ? nullptr : iniPath_.c_str();
    contentScale_ = xs;
    const ui::Fonts fonts = ui::loadFonts(xs, settings.fontSize);
    if (!fonts.problem.empty()) std::cerr << "tpatlas: " << fonts.problem << "\n";
    ui::applyTheme(xs);
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    // The window is up first; the knowledge base and the body load behind a progress screen.
    const SceneSource source = options_.source;
    auto startup = std::make_unique<BackgroundLoad>("Starting...", [&knowledge, &startProblem, source](const auto& report) {
        report(-1.0f, "Reading the trigger-point knowledge base...");
        knowledge = loadShippedKnowledge();
        report(-1.0f, source.model                           ? "Opening " + source.model->string() + "..."
                      : source.atlas && !source.embedded ? std::string("Loading the BodyParts3D atlas...")
                                                         : std::string("Loading the embedded body..."));
        try {
            return loadScene(source, knowledge.knowledge.get(),
                             [&report](float fraction, std::string_view what) { report(fraction, std::string(what)); });
        } catch (const io::LoadError& e) {
            // A missing atlas or a broken file must not keep the viewer from opening: the user
            // gets the embedded body and the reason, and can open another file from the menu.
            std::cerr << "tpatlas: " << e.what() << "\n";
            startProblem = std::string(e.what()) + " (showing the embedded body)";
            report(-1.0f, std::string("Loading the embedded body..."));
            return loadEmbeddedBody();
        }
    });
    int exitCode = 0;
    try {
        // The shaders compile while the body loads on the worker thread.
        renderer_ = std::make_unique<render::Renderer>();
        core::Scene scene = waitForStartup(*startup);
        startup.reset();
        input_.queue.clear();  // clicks on the loading screen are not meant for the body
        state_.knowledge = knowledge.knowledge;
        state_.notice = !startProblem.empty() ? startProblem : knowledge.problem;
        state_.setScene(std::move(scene));
        renderer_->setScene(state_.scene);
        referral_.setScene();
        prepareAfterFrame_ = true;
        if (options_.view) state::apply(state_, state::GoToView{*options_.view, false}, 0.0);
        if (options_.select) state::apply(state_, state::SelectPartById{*options_.select}, 0.0);
        if (options_.session) sessions_.openAtStart(*options_.session, state_);
        if (script) replay_ = std::make_unique<ReplayPlayer>(std::move(*script));
        while (!glfwWindowShouldClose(window_) && !quit_) {
            const bool zonesMoving = referral_.showingZones() && state_.animation.playing &&
                                     !state_.animation.reducedMotion;
            // A minimised window draws nothing, so only a replay or a load keeps the loop awake then.
            const bool busy = replay_ || load_ != nullptr ||
                              (!hidden_ && (framesToDraw_ > 0 || state_.animating(glfwGetTime()) || zonesMoving));
            if (busy)
                glfwPollEvents();
            else if (sessions_.dirty())
                glfwWaitEventsTimeout(5.0);  // wake for the autosave
            else
                glfwWaitEvents();
            if (sessions_.takeFontChange()) rebuildFonts();
            frame();
            if (std::exchange(prepareAfterFrame_, false)) {
                // The body is on screen: picking and the skin model are built behind it, so
                // the first frame did not wait for them and the first click rarely will.
                state_.prepareInBackground();
            }
            sessions_.tick(glfwGetTime());
            const bool wantsQuit = quit_ || glfwWindowShouldClose(window_);
            if (wantsQuit && sessions_.dirty() && !discardUnsaved_ && !options_.exitAfterReplay) {
                // Unsaved work: ask first (the prompt's Discard sets discardUnsaved_).
                quit_ = false;
                glfwSetWindowShouldClose(window_, GLFW_FALSE);
                askQuit_ = true;
                framesToDraw_ = std::max(framesToDraw_, 2);
            }
            if (replayDone_) {
                replay_.reset();
                replayDone_ = false;
                if (options_.exitAfterReplay) quit_ = true;
            }
        }
        if (options_.report) writeStateReport(*options_.report, state_);
        if (!options_.replay) {
            int x = 0, y = 0, w = 0, h = 0;
            glfwGetWindowPos(window_, &x, &y);
            glfwGetWindowSize(window_, &w, &h);
            sessions_.saveWindow(x, y, w, h);
        }
        sessions_.finish(discardUnsaved_);
    } catch (const std::exception& e) {
        std::cerr << "tpatlas: " << e.what() << "\n";
        exitCode = 1;
    }
    renderer_.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
    return exitCode;
}

core::Scene Viewer::waitForStartup(BackgroundLoad& load) {
    while (!load.ready()) {
        glfwWaitEventsTimeout(0.05);
        int fbW = 0, fbH = 0;
        glfwGetFramebufferSize(window_, &fbW, &fbH);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const auto [fraction, what] = load.progress();
        ui::drawLoadingScreen(fraction, what, glfwGetTime());
        ImGui::Render();
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbW, fbH);
        glClearColor(0.10f, 0.11f, 0.13f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window_);
    }
    return load.take();
}

void Viewer::loadModel(const std::filesystem::path& path) {
    if (load_) {
        // One load at a time; a file asked for meanwhile opens next (the latest request wins).
        pendingOpen_ = path;
        return;
    }
    loadingPath_ = path;
    load_ = std::make_unique<BackgroundLoad>("Opening " + path.string() + "...",
                                             [path](const auto&) { return io::importModel(path); });
}

void Viewer::finishLoad() {
    try {
        core::Scene scene = load_->take();
        state_.setScene(std::move(scene));
        renderer_->setScene(state_.scene);
        referral_.setScene();
        prepareAfterFrame_ = true;
        state_.notice = "Opened " + loadingPath_.string();
    } catch (const std::exception& e) {
        // Keep the body that is open: a bad file must not cost the user their view. Not only
        // LoadError: an importer can also run out of memory on a hostile file.
        state_.notice = "Could not open " + loadingPath_.string() + ": " + e.what();
        std::cerr << "tpatlas: " << e.what() << "\n";
    }
    load_.reset();
    if (pendingOpen_) {
        const auto next = *pendingOpen_;
        pendingOpen_.reset();
        loadModel(next);
    }
}

void Viewer::applyWindowAction(const WindowAction& action) {
    switch (action.kind) {
        case WindowAction::Kind::Resize: glfwSetWindowSize(window_, action.size.x, action.size.y); break;
        case WindowAction::Kind::Minimise:
            glfwIconifyWindow(window_);
            // Without a window manager (Xvfb) nothing iconifies; treat the window as minimised anyway,
            // as on systems that report a 0x0 framebuffer then.
            input_.minimised = true;
            break;
        case WindowAction::Kind::Restore:
            glfwRestoreWindow(window_);
            input_.minimised = false;
            break;
        case WindowAction::Kind::Open: loadModel(action.path); break;
    }
}

void Viewer::rebuildFonts() {
    ImGui::GetIO().Fonts->Clear();
    ui::loadFonts(contentScale_, sessions_.settings().fontSize);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    framesToDraw_ = std::max(framesToDraw_, 3);
}

void Viewer::feedImGui(const InputEvent& e) {
    input_.muted = true;
    const int button = e.button == MouseButton::Right    ? GLFW_MOUSE_BUTTON_RIGHT
                       : e.button == MouseButton::Middle ? GLFW_MOUSE_BUTTON_MIDDLE
                                                         : GLFW_MOUSE_BUTTON_LEFT;
    switch (e.type) {
        case InputEvent::Type::Press: ImGui_ImplGlfw_MouseButtonCallback(window_, button, GLFW_PRESS, 0); break;
        case InputEvent::Type::Release: ImGui_ImplGlfw_MouseButtonCallback(window_, button, GLFW_RELEASE, 0); break;
        case InputEvent::Type::Scroll: ImGui_ImplGlfw_ScrollCallback(window_, 0.0, e.scroll); break;
        case InputEvent::Type::Key:
            // ImGui 1.86 reads Ctrl from the control key's own state, not from the modifiers.
            if (e.ctrl) {
                ImGui_ImplGlfw_KeyCallback(window_, GLFW_KEY_LEFT_CONTROL, 0, GLFW_PRESS, GLFW_MOD_CONTROL);
                keysToRelease_.push_back(GLFW_KEY_LEFT_CONTROL);
            }
            ImGui_ImplGlfw_KeyCallback(window_, e.key, 0, GLFW_PRESS, e.ctrl ? GLFW_MOD_CONTROL : 0);
            keysToRelease_.push_back(e.key);
            break;
        case InputEvent::Type::Text: ImGui_ImplGlfw_CharCallback(window_, e.codepoint); break;
        case InputEvent::Type::Move: break;
    }
    input_.muted = false;
}

std::optional<glm::vec2> Viewer::locate(const ReplayTarget& target) const {
    if (!target.muscle.empty()) {
        for (const auto& m : referral_.markers())
            if (m.placement.muscleId == target.muscle && m.placement.side == target.side &&
                m.placement.triggerPoint == target.triggerPoint)
                return state_.camera.project(m.placement.position);
        return std::nullopt;
    }
    // The middle of the region's skin that faces the camera.
    const auto* field = state_.skin.field();
    const int region = state_.knowledge->regionIndex(target.region);
    if (!field || region < 0) return std::nullopt;
    const auto& mesh = state_.scene.parts[std::size_t(state_.skin.part)].mesh;
    const glm::vec3 eye = state_.camera.eye();
    std::vector<std::size_t> facing;
    glm::vec3 sum(0.0f);
    for (std::size_t v = 0; v < field->vertexCount(); ++v) {
        if (field->vertexRegions()[v] != region) continue;
        const core::Side side = field->vertexSides()[v];
        if (side != core::Side::Midline && side != target.side) continue;
        if (glm::dot(mesh.normals[v], eye - mesh.positions[v]) <= 0.0f) continue;
        facing.push_back(v);
        sum += mesh.positions[v];
    }
    if (facing.empty()) return std::nullopt;
    const glm::vec3 centre = sum / float(facing.size());
    const auto nearest = *std::min_element(facing.begin(), facing.end(), [&](std::size_t a, std::size_t b) {
        return glm::distance(mesh.positions[a], centre) < glm::distance(mesh.positions[b], centre);
    });
    return state_.camera.project(mesh.positions[nearest]);
}

std::vector<ui::MarkerLabel> Viewer::markerLabels() const {
    std::vector<ui::MarkerLabel> labels;
    const float time = state_.animation.reducedMotion ? -1.0f : float(state_.animation.time);
    const bool oneMuscle = state_.selectedMuscle() != nullptr || !state_.pain.previewMuscle.empty();
    // Satellites, and the muscles of a condition, are named once, at their first marker.
    std::vector<std::string> named;
    for (const auto& m : referral_.markers()) {
        if (time >= 0.0f && time < m.appearAt) continue;
        const auto p = state_.camera.project(m.placement.position);
        if (!p || p->x < 0.0f || p->y < 0.0f || p->x > viewRect_.size.x || p->y > viewRect_.size.y) continue;
        ui::MarkerLabel label;
        label.at = (viewRect_.origin + *p) / input_.fbScale;
        label.text = m.placement.triggerPoint;
        const auto* muscle = state_.knowledge->findMuscle(m.placement.muscleId);
        if (m.satellite && muscle) {
            if (std::find(named.begin(), named.end(), "sat/" + muscle->id) != named.end()) continue;
            named.push_back("sat/" + muscle->id);
            label.text = muscle->name + " (satellite)";
        } else if (!oneMuscle && muscle) {
            if (std::find(named.begin(), named.end(), muscle->id) != named.end()) continue;
            named.push_back(muscle->id);
            label.text = muscle->name;
        }
        label.emphasised = !m.satellite && m.placement.triggerPoint == state_.selectedTrigger;
        labels.push_back(std::move(label));
    }
    return labels;
}

std::optional<ui::BrushCursor> Viewer::brushCursor() const {
    const auto cursor = controller_.cursorInView();
    if (!state_.pain.painting || !cursor || state_.skin.part < 0 || !state_.picker) return std::nullopt;
    const auto hit = state_.picker->pick(state_.camera.rayThroughPixel(*cursor),
                                         [&](int i) { return i == state_.skin.part; });
    if (!hit) return std::nullopt;
    const glm::mat4 view = state_.camera.view();
    const glm::vec3 right(view[0][0], view[1][0], view[2][0]);
    const auto centre = state_.camera.project(hit->point);
    const auto edge = state_.camera.project(hit->point + right * state_.pain.brush.radiusMm);
    if (!centre || !edge) return std::nullopt;
    ui::BrushCursor c;
    c.centre = (viewRect_.origin + *centre) / input_.fbScale;
    c.radius = glm::distance(*centre, *edge) / input_.fbScale.x;
    c.erase = state_.pain.brush.erase;
    return c;
}

void Viewer::frame() {
    const double now = glfwGetTime();
    if (replay_)
        if (auto action = replay_->windowAction(hidden_)) applyWindowAction(*action);
    int fbW, fbH, winW, winH;
    glfwGetFramebufferSize(window_, &fbW, &fbH);
    glfwGetWindowSize(window_, &winW, &winH);
    if (fbW <= 0 || fbH <= 0 || winW <= 0 || winH <= 0 || input_.minimised) {
        // Nothing to draw into, and sizes of 0 must not reach the camera or the renderer.
        hidden_ = true;
        if (replayComplete()) replayDone_ = true;
        return;
    }
    if (hidden_) {
        hidden_ = false;
        framesToDraw_ = std::max(framesToDraw_, 3);  // the interface settles again after a restore
    }
    input_.fbScale = glm::vec2(float(fbW) / float(winW), float(fbH) / float(winH));

    // Replayed input is fed before the new ImGui frame, where real input arrives too (ImGui
    // checks that modifier keys do not change within a frame); the view rectangle is the last
    // frame's, as for a real pointer.
    std::vector<InputEvent> replayed;
    if (replay_ && laidOut_) {
        input_.muted = true;
        for (int key : keysToRelease_) ImGui_ImplGlfw_KeyCallback(window_, key, 0, GLFW_RELEASE, 0);
        input_.muted = false;
        keysToRelease_.clear();
        const ReplayLocator locator = [this](const ReplayTarget& t) { return locate(t); };
        for (const auto& e : replay_->nextFrame(viewRect_, glm::vec2(float(fbW), float(fbH)), locator)) {
            // Scripted input enters where real input does: the pointer really moves, and
            // buttons, wheel and keys reach ImGui through its GLFW callbacks, so panels get
            // clicks too; the 3D view gets the same events here, in script order.
            replayed.push_back(e);
            if (e.type == InputEvent::Type::Move) {
                glfwSetCursorPos(window_, e.pos.x / input_.fbScale.x, e.pos.y / input_.fbScale.y);
                input_.cursor = e.pos;
                continue;
            }
            feedImGui(e);
        }
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui::FrameInfo info;
    info.frameMs = frameMs_;
    info.drawCalls = lastStats_.drawCalls;
    info.triangles = lastStats_.triangles;
    info.cursorInView = controller_.cursorInView();
    info.zonesShown = referral_.showingZones();
    info.session = sessions_.info();
    info.session.confirmQuit = std::exchange(askQuit_, false);
    info.markerLabels = markerLabels();
    info.brushCursor = brushCursor();
    ui::UiOutput out;
    ui_.draw(state_, info, out);
    sessions_.handle(out.session, state_);
    if (out.session.quitConfirmed) {
        discardUnsaved_ = true;
        quit_ = true;
    }
    if (const std::string title = sessions_.windowTitle(); title != title_) {
        title_ = title;
        glfwSetWindowTitle(window_, title_.c_str());
    }

    // The 3D view is what the panels leave, converted to framebuffer pixels.
    viewRect_.origin = out.viewOrigin * input_.fbScale;
    viewRect_.size = glm::max(out.viewSize * input_.fbScale, glm::vec2(1.0f));
    laidOut_ = true;
    if (int(viewRect_.size.x) != state_.camera.width() || int(viewRect_.size.y) != state_.camera.height())
        out.commands.insert(out.commands.begin(), state::ResizeViewport{int(viewRect_.size.x), int(viewRect_.size.y)});

    std::vector<InputEvent> events = std::move(input_.queue);
    input_.queue.clear();
    events.insert(events.end(), replayed.begin(), replayed.end());
    const ImGuiIO& io = ImGui::GetIO();
    std::vector<state::Command> commands = std::move(out.commands);
    for (const auto& e : events) {
        const auto request = controller_.handle(e, io.WantCaptureMouse, io.WantCaptureKeyboard, viewRect_,
                                                {state_.selected, state_.view.isolate, state_.pain.painting}, commands);
        if (request == AppRequest::Quit) quit_ = true;
        if (request == AppRequest::Shortcut) ui_.shortcut(controller_.shortcut());
    }
    if (!events.empty()) framesToDraw_ = std::max(framesToDraw_, 2);
    for (const auto& c : commands) state::apply(state_, c, now);
    if (!commands.empty()) framesToDraw_ = std::max(framesToDraw_, 2);
    if (referral_.showingZones() && lastFrameTime_ > 0.0)
        state::apply(state_, state::AdvanceAnimation{std::min(now - lastFrameTime_, 0.25)}, now);
    lastFrameTime_ = now;
    if (out.quit) quit_ = true;
    if (out.openModel) loadModel(*out.openModel);
    if (load_) {
        const auto [fraction, what] = load_->progress();
        ui::drawLoadingScreen(fraction, what, now);
        if (load_->ready()) finishLoad();
    }
    state_.updateTransition(now);

    ImGui::Render();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbW, fbH);
    glClearColor(0.10f, 0.11f, 0.13f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    referral_.update(state_, *renderer_);
    state_.markers = referral_.placements();  // what a click can hit
    render::FrameParams params = buildFrame(state_, referral_.showingZones());
    referral_.decorate(state_, params);
    params.essentialColor = session::essentialColour(sessions_.settings());
    params.spilloverColor = session::spilloverColour(sessions_.settings());
    params.x = int(viewRect_.origin.x);
    params.y = fbH - int(viewRect_.origin.y + viewRect_.size.y);  // GL counts rows from the bottom
    // Simplified meshes while the camera moves (or while zones animate and full detail is too
    // slow for a fluid picture); the frame after the view comes to rest is drawn in full.
    const glm::mat4 viewProj = params.projection * params.view;
    const bool zonesMoving = referral_.showingZones() && state_.animation.playing && !state_.animation.reducedMotion;
    const bool capture = replayComplete() && options_.screenshot;
    params.moving = !capture && (viewProj != lastViewProj_ || (zonesMoving && fullDetailMs_ > kSlowFrameMs));
    lastViewProj_ = viewProj;
    if (params.moving) framesToDraw_ = std::max(framesToDraw_, 2);
    lastStats_ = renderer_->draw(params);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (replayComplete()) {
        // Captured before the swap: the back buffer holds exactly this frame.
        if (options_.screenshot) io::writePng(*options_.screenshot, readWindow(fbW, fbH));
        replayDone_ = true;
    }
    glfwSwapBuffers(window_);

    frameMs_ = (glfwGetTime() - now) * 1000.0;
    if (!params.moving) fullDetailMs_ = frameMs_;
    if (framesToDraw_ > 0) --framesToDraw_;
    state_.redraw = false;
}

}  // namespace

int runViewer(const ViewerOptions& options) {
    try {
        Viewer viewer(options);
        return viewer.run();
    } catch (const std::exception& e) {
        std::cerr << "tpatlas: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace tpa::app
