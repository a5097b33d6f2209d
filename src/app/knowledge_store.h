// Loads the shipped knowledge base for the viewer and the renderer. Problems never stop
// the program: broken files are left out and the user is told.
#pragma once

#include "anatomy/knowledge_base.h"

#include <memory>
#include <string>

namespace tpa::app {

struct LoadedKnowledge {
    std::shared_ptr<const anatomy::KnowledgeBase> knowledge;
    std::string problem;  // empty when clean; otherwise a one-line summary for the status line
};

LoadedKnowledge loadShippedKnowledge();

}  // namespace tpa::app
