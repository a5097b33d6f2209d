// Lazy construction of the skin's zone field.
#include "state/skin_model.h"

namespace tpa::state {

void SkinModel::prepare(int skinPart, const core::Mesh& skin, std::shared_ptr<const anatomy::KnowledgeBase> knowledge,
                        const core::Landmarks& landmarks) {
    part = skinPart;
    lazy_ = std::make_shared<Lazy>();
    if (!knowledge || knowledge->regions.empty() || landmarks.size() == 0) {
        lazy_->built = true;  // nothing to build: field() stays null
        return;
    }
    lazy_->skin = &skin;
    lazy_->knowledge = std::move(knowledge);
    lazy_->landmarks = landmarks;
}

const anatomy::ZoneField* SkinModel::field() const {
    if (!lazy_ || !lazy_->skin) return nullptr;
    Lazy& lazy = *lazy_;
    std::call_once(lazy.once, [&lazy] {
        lazy.field = std::make_shared<anatomy::ZoneField>(*lazy.skin, *lazy.knowledge, lazy.landmarks);
        lazy.built = true;
    });
    return lazy.field.get();
}

}  // namespace tpa::state
