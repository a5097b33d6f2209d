// Knowledge-base commands: validate the shipped data or a user's extension, list and show
// muscles, regions and conditions as text or JSON.
#include "app/knowledge_commands.h"

#include "app/data_paths.h"
#include "app/scene_source.h"
#include "io/atlas_mapping.h"
#include "io/knowledge_loader.h"
#include "io/knowledge_report.h"
#include "io/pain_report.h"
#include "anatomy/pain_ranking.h"
#include "anatomy/search.h"
#include "io/utf8.h"

#include <iostream>
#include <memory>

namespace tpa::app {
namespace {

struct KnowledgeArgs {
    std::string validatePath;
    bool json = false;
    std::string id;
    std::string side;
    std::vector<std::string> regions;
    std::vector<std::string> words;
    std::size_t limit = 15;
    std::string atlas;
};

io::KnowledgeLoadResult loadShipped() { return io::loadKnowledgeBase(knowledgeDir()); }

// Listing and lookup commands need a clean base: a broken data file is reported, not used.
bool requireClean(const io::KnowledgeLoadResult& r) {
    if (r.clean()) return true;
    std::cerr << io::validationText(r);
    return false;
}

void print(bool json, const nlohmann::json& j, const std::string& text) {
    if (json)
        std::cout << j.dump(2) << "\n";
    else
        std::cout << text;
}

// Words from the command line end up in JSON output, which must be UTF-8.
const CLI::Validator kUtf8Text(
    [](std::string& text) {
        return io::firstInvalidUtf8(text) == std::string::npos ? std::string()
                                                                : "'" + io::sanitizedUtf8(text) + "' is not UTF-8 text";
    },
    "TEXT");

}  // namespace

std::function<int()> addKnowledgeCommands(CLI::App& app, CLI::App& query) {
    auto args = std::make_shared<KnowledgeArgs>();
    auto* validate = app.add_subcommand(
        "validate", "Check the knowledge base (or a user's extension file/directory on top of it); exit 0 only when clean");
    validate->add_option("path", args->validatePath, "Extension file or directory to check (default: the shipped data)");
    validate->add_flag("--json", args->json, "Print JSON");
    validate->add_option("--atlas", args->atlas,
                         "Also compare with an atlas directory: knowledge-base muscles it lacks, and its muscles "
                         "no entry uses");

    struct ListCmd {
        CLI::App* cmd;
        int kind;  // 0 muscles, 1 regions, 2 conditions
    };
    std::vector<ListCmd> lists;
    lists.push_back({query.add_subcommand("muscles", "List the knowledge base's muscles"), 0});
    lists.push_back({query.add_subcommand("regions", "List the body regions used for zones and pain drawings"), 1});
    lists.push_back({query.add_subcommand("conditions", "List the conditions"), 2});
    for (auto& l : lists) l.cmd->add_flag("--json", args->json, "Print JSON");
    auto* muscle = query.add_subcommand("muscle", "Show one muscle: names, anatomy, trigger points, zones, self-care, sources");
    muscle->add_option("id", args->id, "Muscle id, e.g. upper-trapezius")->required()->check(kUtf8Text);
    muscle->add_flag("--json", args->json, "Print JSON");
    auto* condition = query.add_subcommand("condition", "Show one condition: description, muscles to examine, red flags");
    condition->add_option("id", args->id, "Condition id, e.g. tension-type-headache")->required()->check(kUtf8Text);
    condition->add_flag("--json", args->json, "Print JSON");

    auto* pain = query.add_subcommand("pain", "Rank the muscles whose trigger points refer pain to these regions");
    pain->add_option("--side", args->side, "Side of the pain: left or right")->required()->check(CLI::IsMember({"left", "right"}));
    pain->add_option("regions", args->regions, "Region ids where it hurts (see 'tpatlas query regions')")
        ->required()
        ->check(kUtf8Text);
    pain->add_option("--limit", args->limit, "Show at most this many muscles (default 15; 0 = all)");
    pain->add_flag("--json", args->json, "Print JSON");
    auto* search = query.add_subcommand("search", "Find muscles, conditions and regions by name, synonym or Latin name");
    search->add_option("words", args->words, "What to look for, e.g. 'tennis elbow' or 'peroneus'")
        ->required()
        ->check(kUtf8Text);
    search->add_flag("--json", args->json, "Print JSON");

    return [=]() -> int {
        if (pain->parsed() || search->parsed()) {
            const auto result = loadShipped();
            if (!requireClean(result)) return 1;
            const auto& kb = result.knowledge;
            if (search->parsed()) {
                std::string text;
                for (const auto& w : args->words) text += (text.empty() ? "" : " ") + w;
                const anatomy::SearchIndex index(kb);
                const auto hits = index.search(text);
                print(args->json, io::searchJson(text, hits), io::searchText(text, hits));
                return 0;
            }
            std::vector<anatomy::PainArea> areas;
            const auto side = *core::parseSide(args->side);
            for (const auto& r : args->regions) {
                if (!kb.findRegion(r)) {
                    std::cerr << "tpatlas: unknown region '" << r << "' (see 'tpatlas query regions')\n";
                    return 2;
                }
                areas.push_back({r, side, 1.0f});
            }
            anatomy::PainRankingOptions options;
            options.maxResults = args->limit;
            const auto results = anatomy::rankPain(kb, areas, options);
            print(args->json, io::painJson(results), io::painText(results));
            return 0;
        }
        if (validate->parsed()) {
            auto result = loadShipped();
            if (!args->validatePath.empty()) io::loadKnowledgeExtension(result, args->validatePath);
            print(args->json, io::validationJson(result), io::validationText(result));
            if (!args->atlas.empty()) {
                SceneSource source;
                source.atlas = args->atlas;
                const core::Scene scene = loadScene(source, &result.knowledge);
                const auto mapping = io::loadAtlasMapping(io::atlasMappingFile(assetsDir()));
                std::cout << io::atlasMappingReport(result.knowledge, scene, &mapping).text();
            }
            return io::validationExitCode(result);
        }
        for (const auto& l : lists) {
            if (!l.cmd->parsed()) continue;
            const auto result = loadShipped();
            if (!requireClean(result)) return 1;
            const auto& kb = result.knowledge;
            if (l.kind == 0) print(args->json, io::musclesJson(kb), io::musclesTable(kb));
            if (l.kind == 1) print(args->json, io::regionsJson(kb), io::regionsTable(kb));
            if (l.kind == 2) print(args->json, io::conditionsJson(kb), io::conditionsTable(kb));
            return 0;
        }
        if (muscle->parsed() || condition->parsed()) {
            const auto result = loadShipped();
            if (!requireClean(result)) return 1;
            const auto& kb = result.knowledge;
            if (muscle->parsed()) {
                const auto* m = kb.findMuscle(args->id);
                if (!m) {
                    std::cerr << "tpatlas: no muscle with id '" << args->id << "' (see 'tpatlas query muscles')\n";
                    return 2;
                }
                print(args->json, io::muscleJson(kb, *m), io::muscleText(kb, *m));
            } else {
                const auto* c = kb.findCondition(args->id);
                if (!c) {
                    std::cerr << "tpatlas: no condition with id '" << args->id << "' (see 'tpatlas query conditions')\n";
                    return 2;
                }
                print(args->json, io::conditionJson(kb, *c), io::conditionText(kb, *c));
            }
            return 0;
        }
        return -1;
    };
}

}  // namespace tpa::app
