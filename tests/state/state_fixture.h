// Shared data for the state suite: the embedded body and the shipped knowledge base, each
// built once per test program (generating the body costs about a second).
#pragma once

#include "anatomy/knowledge_base.h"
#include "body/embedded_body.h"
#include "io/knowledge_loader.h"

#include <filesystem>
#include <memory>

namespace tpa::test {

inline const core::Scene& embeddedBody() {
    static const core::Scene scene = body::buildEmbeddedBody();
    return scene;
}

inline std::shared_ptr<const anatomy::KnowledgeBase> knowledge() {
    static const auto kb = std::make_shared<const anatomy::KnowledgeBase>(
        io::loadKnowledgeBase(std::filesystem::path(TPA_SOURCE_DIR) / "assets" / "knowledge").knowledge);
    return kb;
}

}  // namespace tpa::test
