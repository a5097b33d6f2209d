// Shipped knowledge loading with a user-facing summary of any problem.
#include "app/knowledge_store.h"

#include "app/data_paths.h"
#include "io/knowledge_loader.h"
#include "io/load_error.h"

#include <iostream>

namespace tpa::app {

LoadedKnowledge loadShippedKnowledge() {
    LoadedKnowledge out;
    try {
        auto result = io::loadKnowledgeBase(knowledgeDir());
        if (!result.clean()) {
            out.problem = std::to_string(result.errorCount()) +
                          " problems in the knowledge files; run 'tpatlas validate' for details";
            for (const auto& d : result.diagnostics) std::cerr << "tpatlas: " << d.format() << "\n";
        }
        out.knowledge = std::make_shared<const anatomy::KnowledgeBase>(std::move(result.knowledge));
    } catch (const io::LoadError& e) {
        out.problem = e.what();
        out.knowledge = std::make_shared<const anatomy::KnowledgeBase>();
    }
    return out;
}

}  // namespace tpa::app
