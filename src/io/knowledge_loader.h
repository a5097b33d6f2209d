// Loads the knowledge base from its directory (general.json, regions.json, conditions.json,
// muscles/*.json) and user extensions on top of it, with every problem as a diagnostic.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "anatomy/knowledge_base.h"
#include "io/knowledge_diagnostic.h"

namespace tpa::io {

struct KnowledgeLoadResult {
    anatomy::KnowledgeBase knowledge;
    std::vector<KnowledgeDiagnostic> diagnostics;  // in file order, then position
    std::vector<std::string> loadedFiles;          // names as used in messages
    // Files with errors: none of their entries were used (a broken file never half-loads).
    std::vector<std::string> rejectedFiles;

    std::size_t errorCount() const { return countErrors(diagnostics); }
    std::size_t warningCount() const { return countWarnings(diagnostics); }
    bool clean() const { return errorCount() == 0; }
};

// Reads the shipped layout. Files are read in a fixed order (general, regions, conditions,
// then muscles/*.json sorted by name), so results and messages are deterministic.
KnowledgeLoadResult loadKnowledgeBase(const std::filesystem::path& dir);

// Adds a user's file, or every *.json under a directory (sorted), on top of `base`. A file
// may hold any of the top-level lists; its ids must not collide with ids already loaded.
// Messages name files relative to the directory given (or by the file's path as given).
void loadKnowledgeExtension(KnowledgeLoadResult& base, const std::filesystem::path& fileOrDir);

}  // namespace tpa::io
