// Loading in three passes: read and parse every file, collect all ids (duplicates are errors),
// then read the entries with those ids known; a file with any error contributes nothing.
#include "io/knowledge_loader.h"

#include <algorithm>
#include <map>
#include <optional>

#include "io/knowledge_parser.h"
#include "io/knowledge_source.h"

namespace tpa::io {
namespace {

namespace fs = std::filesystem;

struct PendingFile {
    fs::path path;
    std::string name;
    std::vector<std::string> required;  // top-level members this file must have
};

KnowledgeDiagnostic fileDiagnostic(std::string file, std::string message) {
    KnowledgeDiagnostic d;
    d.file = std::move(file);
    d.message = std::move(message);
    return d;
}

// Where an id is defined: a loaded entry's file, or a place in a source whose line is looked
// up only when a duplicate needs it (line tables are costly; see KnowledgeSource).
struct IdOrigin {
    std::string file;
    const KnowledgeSource* source = nullptr;
    std::string pointer;

    std::string describe() const {
        if (!source) return "in " + file;
        return "at " + source->name() + ":" + std::to_string(source->lineOf(pointer));
    }
};

// Where each id of each kind is defined, to report duplicates with the first definition.
struct IdIndex {
    std::map<std::string, std::map<std::string, IdOrigin>> where;  // kind -> id -> origin

    explicit IdIndex(const anatomy::KnowledgeBase& kb) {
        for (const auto& m : kb.muscles) where["muscles"][m.id] = {m.file, nullptr, ""};
        for (const auto& c : kb.conditions) where["conditions"][c.id] = {c.file, nullptr, ""};
        for (const auto& r : kb.regions) where["regions"][r.id] = {r.file, nullptr, ""};
        for (const auto& t : kb.topics) where["topics"][t.id] = {t.file, nullptr, ""};
    }

    // Registers the ids of one file; reports repeats into `out`.
    void add(const KnowledgeSource& src, std::vector<KnowledgeDiagnostic>& out) {
        static const std::pair<const char*, const char*> kKinds[] = {{"regions", "region"},
                                                                     {"conditions", "condition"},
                                                                     {"topics", "topic"},
                                                                     {"muscles", "muscle"}};
        for (const auto& [key, kind] : kKinds) {
            auto list = src.root().find(key);
            if (list == src.root().end() || !list->is_array()) continue;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const auto& item = (*list)[i];
                if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) continue;
                std::string id = item["id"].get<std::string>();
                if (id.empty()) continue;
                std::string ptr = std::string("/") + key + "/" + std::to_string(i) + "/id";
                auto [it, fresh] = where[key].emplace(id, IdOrigin{"", &src, ptr});
                if (fresh) continue;
                KnowledgeDiagnostic d;
                d.file = src.name();
                d.line = src.lineOf(ptr);
                d.entry = std::string(kind) + " '" + id + "'";
                d.path = "id";
                d.message = std::string("duplicate ") + kind + " id (already defined " +
                            it->second.describe() + ")";
                out.push_back(std::move(d));
            }
        }
    }

    std::set<std::string, std::less<>> ids(const char* kind) const {
        std::set<std::string, std::less<>> out;
        if (auto it = where.find(kind); it != where.end())
            for (const auto& [id, place] : it->second) out.insert(id);
        return out;
    }
};

void loadFiles(KnowledgeLoadResult& result, const std::vector<PendingFile>& files) {
    std::vector<std::vector<KnowledgeDiagnostic>> diagnostics(files.size());
    std::vector<std::optional<KnowledgeSource>> sources;
    for (std::size_t i = 0; i < files.size(); ++i)
        sources.push_back(KnowledgeSource::load(files[i].path, files[i].name, diagnostics[i]));

    IdIndex index(result.knowledge);
    bool hasNotice = !result.knowledge.notice.empty();
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!sources[i]) continue;
        index.add(*sources[i], diagnostics[i]);
        if (sources[i]->root().contains("notice")) {
            if (hasNotice) {
                KnowledgeDiagnostic d = fileDiagnostic(files[i].name, "");
                d.line = sources[i]->lineOf("/notice");
                d.path = "notice";
                d.message = "the notice is already defined (only general.json may define it)";
                diagnostics[i].push_back(std::move(d));
            }
            hasNotice = true;
        }
    }
    KnowledgeIds ids{index.ids("regions"), index.ids("muscles"), index.ids("conditions")};
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (sources[i]) continue;
        // Unreadable: we cannot tell which ids it defines. Shipped files say by their name.
        const std::string& name = files[i].name;
        bool any = files[i].required.empty();
        if (any || name.rfind("muscles/", 0) == 0) ids.musclesComplete = false;
        if (any || name == "regions.json") ids.regionsComplete = false;
        if (any || name == "conditions.json") ids.conditionsComplete = false;
    }

    auto& kb = result.knowledge;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (sources[i]) {
            KnowledgeFileContent content =
                parseKnowledgeFile(*sources[i], ids, files[i].required, diagnostics[i]);
            if (countErrors(diagnostics[i]) == 0) {
                auto move = [](auto& from, auto& to) {
                    std::move(from.begin(), from.end(), std::back_inserter(to));
                };
                move(content.regions, kb.regions);
                move(content.conditions, kb.conditions);
                move(content.topics, kb.topics);
                move(content.muscles, kb.muscles);
                if (content.notice) kb.notice = *content.notice;
            }
        }
        if (countErrors(diagnostics[i]) == 0)
            result.loadedFiles.push_back(files[i].name);
        else
            result.rejectedFiles.push_back(files[i].name);
        std::move(diagnostics[i].begin(), diagnostics[i].end(),
                  std::back_inserter(result.diagnostics));
    }
}

// Every body segment needs a region rule, or skin points there would get no region.
void checkRegionCoverage(KnowledgeLoadResult& result) {
    const auto& regions = result.knowledge.regions;
    if (regions.empty()) return;
    for (const auto& [name, seg] : anatomy::EnumTable<anatomy::Segment>::kNames) {
        const auto segment = seg;  // clang 14 cannot capture a structured binding in a lambda
        bool covered = std::any_of(regions.begin(), regions.end(), [&](const auto& r) {
            return std::any_of(r.rules.begin(), r.rules.end(),
                               [&](const auto& rule) { return rule.segment == segment; });
        });
        if (!covered)
            result.diagnostics.push_back(fileDiagnostic(
                regions.front().file, "no region has a rule on segment '" + std::string(name) +
                                          "', so skin points there would get no region"));
    }
}

std::vector<fs::path> jsonFilesUnder(const fs::path& dir, bool recursive) {
    std::vector<fs::path> out;
    std::error_code ec;
    auto take = [&](const fs::directory_entry& e) {
        if (e.is_regular_file(ec) && e.path().extension() == ".json") out.push_back(e.path());
    };
    if (recursive) {
        for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            take(*it);
    } else {
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) take(*it);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

KnowledgeLoadResult loadKnowledgeBase(const fs::path& dir) {
    KnowledgeLoadResult result;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        result.diagnostics.push_back(
            fileDiagnostic(dir.generic_string(),
                           "not a knowledge directory (expected general.json, "
                           "regions.json, conditions.json and muscles/*.json in it)"));
        return result;
    }
    std::vector<PendingFile> files;
    const std::pair<const char*, std::vector<std::string>> kTopFiles[] = {
        {"general.json", {"notice", "topics"}},
        {"regions.json", {"regions"}},
        {"conditions.json", {"conditions"}}};
    for (const auto& [name, required] : kTopFiles) {
        if (fs::is_regular_file(dir / name, ec))
            files.push_back({dir / name, name, required});
        else
            result.diagnostics.push_back(fileDiagnostic(name, "file is missing"));
    }
    auto muscles = jsonFilesUnder(dir / "muscles", false);
    if (muscles.empty())
        result.diagnostics.push_back(
            fileDiagnostic("muscles/", "no muscle files (expected muscles/<group>.json)"));
    for (const auto& path : muscles)
        files.push_back({path, "muscles/" + path.filename().generic_string(), {"muscles"}});
    loadFiles(result, files);
    checkRegionCoverage(result);
    return result;
}

void loadKnowledgeExtension(KnowledgeLoadResult& base, const fs::path& fileOrDir) {
    std::error_code ec;
    std::vector<PendingFile> files;
    if (fs::is_directory(fileOrDir, ec)) {
        for (const auto& path : jsonFilesUnder(fileOrDir, true))
            files.push_back({path, fs::relative(path, fileOrDir, ec).generic_string(), {}});
        if (files.empty())
            base.diagnostics.push_back(
                fileDiagnostic(fileOrDir.generic_string(), "no .json files in this folder"));
    } else if (fs::is_regular_file(fileOrDir, ec)) {
        files.push_back({fileOrDir, fileOrDir.generic_string(), {}});
    } else {
        base.diagnostics.push_back(
            fileDiagnostic(fileOrDir.generic_string(), "no such file or folder"));
    }
    loadFiles(base, files);
}

}  // namespace tpa::io
