// CLI11 definitions. Every command and flag carries its help text here.
#include "app/cli.h"

#include "app/bench_command.h"
#include "app/handout_export.h"
#include "app/headless_render.h"
#include "app/knowledge_commands.h"
#include "app/parts_query.h"
#include "app/viewer.h"
#include "io/load_error.h"

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <regex>

namespace tpa::app {
namespace {

void addSceneOptions(CLI::App& cmd, SceneSource& source) {
    cmd.add_option("--model", source.model,
                                 "Open a mesh file (OBJ, STL, glTF/GLB, PLY, FBX, ... anything Assimp reads); each "
                                 "node becomes a part")
                      ->check(CLI::ExistingFile);
    cmd.add_option("--atlas", source.atlas,
                   "Open a BodyParts3D atlas directory (default: $TPATLAS_ATLAS_DIR if set, else the embedded body)")
        ->envname("TPATLAS_ATLAS_DIR");  // --model wins over an atlas set in the environment
    cmd.add_flag("--embedded", source.embedded, "Open the embedded body even when TPATLAS_ATLAS_DIR is set");
}

std::function<void(const std::string&)> viewParser(core::ViewPreset& view) {
    return [&view](const std::string& text) {
        auto v = core::parseViewPreset(text);
        if (!v) throw CLI::ValidationError("--view", "'" + text + "': expected anterior, posterior, left, right or superior");
        view = *v;
    };
}

}  // namespace

std::function<void(const std::string&)> sizeParser(int& w, int& h) {
    return [&w, &h](const std::string& text) {
        std::smatch m;
        static const std::regex re(R"((\d{1,5})x(\d{1,5}))");
        if (!std::regex_match(text, m, re)) throw CLI::ValidationError("--size", "expected WIDTHxHEIGHT, e.g. 1280x720");
        w = std::stoi(m[1]);
        h = std::stoi(m[2]);
        if (w < 16 || h < 16 || w > 8192 || h > 8192)
            throw CLI::ValidationError("--size", "width and height must be between 16 and 8192");
    };
}

bool commandLineDraws(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h" || arg == "--version") return false;
        if (arg == "query" || arg == "validate") return false;
    }
    return true;  // the viewer, render, bench or export-handout
}

int runCommandLine(int argc, char** argv) {
    CLI::App app{"Trigger Point Atlas: a 3D atlas of myofascial trigger points and their referred pain.\n"
                 "Education, not diagnosis: see a qualified professional about pain.",
                 "tpatlas"};
    app.set_version_flag("--version", std::string("tpatlas ") + TPA_VERSION);
    app.require_subcommand(0, 1);

    // Viewer (no subcommand).
    ViewerOptions viewer;
    core::ViewPreset viewerView = core::ViewPreset::Anterior;
    addSceneOptions(app, viewer.source);
    app.add_option("--select", viewer.select, "Select the part with this id at start");
    app.add_option_function<std::string>("--view", viewParser(viewerView),
                                         "Start from a view: anterior, posterior, left, right, superior");
    app.add_option_function<std::string>("--size", sizeParser(viewer.width, viewer.height),
                                         "Window size, WIDTHxHEIGHT (default 1280x800)");
    app.add_option("--session", viewer.session,
                   "Open a client session (.tpsession) at start; a new one is saved there if it does not exist");
    app.add_option("--replay", viewer.replay, "Play a recorded input script (JSON) in the window")
        ->check(CLI::ExistingFile);
    app.add_option("--screenshot", viewer.screenshot, "With --replay: write the window as PNG when the script ends");
    app.add_option("--report", viewer.report, "Write the final viewer state as JSON on exit");
    app.add_flag("--exit-after-replay", viewer.exitAfterReplay, "With --replay: close the window when the script ends");

    // render
    RenderOptions render;
    auto* renderCmd = app.add_subcommand("render", "Render a view to a PNG without a window (EGL, no X server needed)");
    addSceneOptions(*renderCmd, render.source);
    renderCmd->add_option("--select", render.select, "Select (highlight and outline) the part with this id");
    renderCmd->add_option("--frame", render.frame,
                          "Fill the picture with these parts, seen from --view (ids from 'query parts'; "
                          "'femur' means both sides), e.g. --frame skull clavicle for the head and neck");
    renderCmd->add_option_function<std::string>("--view", viewParser(render.view),
                                                "View: anterior (default), posterior, left, right, superior");
    renderCmd->add_option_function<std::string>("--size", sizeParser(render.width, render.height),
                                                "Image size, WIDTHxHEIGHT (default 1280x720)");
    renderCmd->add_option_function<std::vector<std::string>>(
        "--layer",
        [&render](const std::vector<std::string>& items) {
            for (const auto& item : items) {
                const auto eq = item.find('=');
                auto layer = core::parseLayer(item.substr(0, eq));
                auto mode = eq == std::string::npos ? std::nullopt : state::parseLayerMode(item.substr(eq + 1));
                if (!layer || !mode)
                    throw CLI::ValidationError("--layer", "'" + item + "': expected LAYER=MODE with LAYER one of skin, "
                                               "superficial, intermediate, deep, bone and MODE shown, ghosted or hidden");
                render.layers.emplace_back(*layer, *mode);
            }
        },
        "Layer display, e.g. --layer skin=hidden bone=ghosted");
    renderCmd->add_option("--muscle", render.muscle, "Show a knowledge-base muscle with its trigger points and zones");
    renderCmd->add_option_function<std::string>(
        "--side",
        [&render](const std::string& text) {
            if (text != "left" && text != "right") throw CLI::ValidationError("--side", "expected left or right");
            render.side = *core::parseSide(text);
        },
        "Side of the muscle's trigger points, or of the pain with --pain: left or right (default right)");
    renderCmd->add_option("--trigger-point", render.triggerPoint,
                          "With --muscle: show only this trigger point (e.g. TrP1) and its zones");
    renderCmd->add_option("--pain", render.pain,
                          "Regions that hurt on --side (ids from 'query regions'): painted, with the best-matching "
                          "muscle's trigger points and zones")
        ->expected(1, -1);
    renderCmd->add_option("--condition", render.condition, "Show a condition's muscles to examine and their zones");
    renderCmd->add_option("--time", render.time, "Animation moment in seconds (default: the still picture)")
        ->check(CLI::Validator(
            [](std::string& text) {
                // CLI::Range lets NaN through (every comparison with it is false).
                char* end = nullptr;
                const double v = std::strtod(text.c_str(), &end);
                return std::isfinite(v) && end && *end == '\0' ? std::string() : "'" + text + "' is not a finite number";
            },
            "SECONDS"))
        ->check(CLI::Range(0.0, 600.0));
    renderCmd->add_flag("--transparent", render.transparent, "Transparent background instead of the gradient");
    renderCmd->add_option("--samples", render.samples,
                          "Multisamples per pixel: 4 (default) smooths edges, 0 draws in about half the time on a "
                          "software renderer, as the viewer does there")
        ->check(CLI::IsMember({0, 4}));
    renderCmd->add_option("--out", render.out, "PNG file to write")->required();

    // export-handout
    HandoutOptions handout;
    auto* handoutCmd = app.add_subcommand(
        "export-handout", "Write a printable client handout (self-contained HTML, A4) from a .tpsession file");
    handoutCmd->add_option("session", handout.session, "The client session (.tpsession)")
        ->required()
        ->check(CLI::ExistingFile);
    handoutCmd->add_option("--out", handout.out, "HTML file to write")->required();
    addSceneOptions(*handoutCmd, handout.source);
    handoutCmd->add_option_function<std::string>("--size", sizeParser(handout.width, handout.height),
                                                 "Size of each view, WIDTHxHEIGHT (default 520x860)");

    // query
    auto* query = app.add_subcommand("query", "Answer questions about the loaded body and the knowledge base");
    query->require_subcommand(1);
    SceneSource partsSource;
    bool partsJsonOut = false;
    auto* parts = query->add_subcommand("parts", "List the parts of the loaded scene (id, name, kind, side, layer, triangles)");
    addSceneOptions(*parts, partsSource);
    parts->add_flag("--json", partsJsonOut, "Print JSON instead of a table");

    const auto runKnowledge = addKnowledgeCommands(app, *query);
    const auto runBenchCommand = addBenchCommand(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    try {
        if (renderCmd->parsed()) return runRender(render);
        if (handoutCmd->parsed()) return runExportHandout(handout);
        if (const int code = runKnowledge(); code >= 0) return code;
        if (const int code = runBenchCommand(); code >= 0) return code;
        if (parts->parsed()) {
            const core::Scene scene = loadScene(partsSource);
            if (partsJsonOut)
                std::cout << partsJson(scene).dump(2) << "\n";
            else
                printPartsTable(scene, std::cout);
            return 0;
        }
        viewer.view = viewerView;
        viewer.sizeGiven = app.count("--size") > 0;
        return runViewer(viewer);
    } catch (const io::LoadError& e) {
        std::cerr << "tpatlas: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "tpatlas: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace tpa::app
