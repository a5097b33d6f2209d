// The skin's region classification and edge graph (anatomy::ZoneField), kept per body and
// built on first use: only zones, painting and the ranking of a drawing need it, so a plain
// picture of a large body never pays for it.
#pragma once

#include "anatomy/knowledge_base.h"
#include "anatomy/zone_field.h"
#include "core/landmarks.h"
#include "core/mesh.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace tpa::state {

class SkinModel {
public:
    int part = -1;  // index of the skin part in the scene, -1 when the body has none

    // Notes what the field is built from: the skin mesh (which must stay where it is, with its
    // normals, until the field is built or the model reset), the knowledge base and the
    // landmarks (copied). Without regions or landmarks there is no field.
    void prepare(int skinPart, const core::Mesh& skin, std::shared_ptr<const anatomy::KnowledgeBase> knowledge,
                 const core::Landmarks& landmarks);

    // The classified skin, built by the first call (from any thread; a second caller waits for
    // it); null when the body has no skin, landmarks or regions.
    const anatomy::ZoneField* field() const;
    // True once field() has been answered (tests and the benchmark check laziness with it).
    bool built() const { return lazy_ && lazy_->built.load(); }

private:
    struct Lazy {
        const core::Mesh* skin = nullptr;
        std::shared_ptr<const anatomy::KnowledgeBase> knowledge;
        core::Landmarks landmarks;
        std::once_flag once;
        std::shared_ptr<const anatomy::ZoneField> field;
        std::atomic<bool> built{false};
    };
    std::shared_ptr<Lazy> lazy_;
};

}  // namespace tpa::state
