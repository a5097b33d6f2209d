// Lookups by id in the knowledge base.
#include "anatomy/knowledge_base.h"

#include <algorithm>

namespace tpa::anatomy {
namespace {

template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const TriggerPoint* Muscle::findTriggerPoint(std::string_view trpId) const {
    return findById(triggerPoints, trpId);
}

const Muscle* KnowledgeBase::findMuscle(std::string_view id) const { return findById(muscles, id); }

const Condition* KnowledgeBase::findCondition(std::string_view id) const {
    return findById(conditions, id);
}

const Region* KnowledgeBase::findRegion(std::string_view id) const { return findById(regions, id); }

const Topic* KnowledgeBase::findTopic(std::string_view id) const { return findById(topics, id); }

int KnowledgeBase::regionIndex(std::string_view id) const {
    const Region* r = findRegion(id);
    return r ? static_cast<int>(r - regions.data()) : -1;
}

std::vector<const Muscle*> KnowledgeBase::musclesLinkedTo(std::string_view conditionId) const {
    std::vector<const Muscle*> out;
    for (const auto& m : muscles)
        if (std::find(m.conditions.begin(), m.conditions.end(), conditionId) != m.conditions.end())
            out.push_back(&m);
    return out;
}

}  // namespace tpa::anatomy
