// The trigger-point knowledge base: muscles with their trigger points and referral zones,
// conditions, body regions and general explanations, as described in docs/knowledge-schema.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "anatomy/anchor.h"
#include "anatomy/knowledge_enums.h"
#include "anatomy/region.h"

namespace tpa::anatomy {

// A soft disc painted on the skin around an anchor: the finer outline of a zone.
struct Shape {
    Anchor center;
    float radiusMm = 30.0f;
};

struct Zone {
    ZoneKind kind = ZoneKind::Essential;
    std::vector<std::string> regions;  // region ids
    ZoneSide side = ZoneSide::Same;
    std::string sideNote;
    std::vector<Shape> shapes;
};

struct TriggerPoint {
    std::string id;  // "TrP1", unique in its muscle
    std::string name;
    std::string description;
    Anchor location;
    std::vector<Zone> zones;
};

struct SelfCare {
    SelfCareKind kind = SelfCareKind::Pressure;
    std::string text;
};

struct Satellite {
    std::string muscle;  // muscle id
    std::string note;
};

struct Source {
    std::string ref;
    std::string note;
};

struct Muscle {
    std::string id;
    std::string name;
    std::string latin;
    std::vector<std::string> synonyms;
    MuscleGroup group = MuscleGroup::Neck;
    MuscleLayer layer = MuscleLayer::Superficial;
    std::string origin;
    std::string insertion;
    std::string action;
    std::string innervation;
    std::vector<TriggerPoint> triggerPoints;
    std::vector<std::string> complaints;
    std::vector<std::string> conditions;  // condition ids
    std::vector<std::string> perpetuatingFactors;
    std::vector<SelfCare> selfCare;
    std::vector<std::string> cautions;
    std::vector<Satellite> satellites;
    std::vector<Source> sources;
    Confidence confidence = Confidence::Moderate;
    std::string file;  // knowledge file it came from, relative to the knowledge dir

    const TriggerPoint* findTriggerPoint(std::string_view trpId) const;
};

struct Condition {
    std::string id;
    std::string name;
    std::vector<std::string> aliases;
    std::string description;
    std::vector<std::string> examine;  // muscle ids, most likely first
    std::vector<std::string> redFlags;
    std::vector<std::string> selfCare;
    std::vector<Source> sources;
    std::string file;
};

struct Topic {
    std::string id;
    std::string title;
    std::string text;
    std::string file;
};

struct KnowledgeBase {
    std::string notice;  // the standing education-not-diagnosis notice
    std::vector<Topic> topics;
    std::vector<Region> regions;
    std::vector<Condition> conditions;
    std::vector<Muscle> muscles;

    const Muscle* findMuscle(std::string_view id) const;
    const Condition* findCondition(std::string_view id) const;
    const Region* findRegion(std::string_view id) const;
    const Topic* findTopic(std::string_view id) const;
    // Index into `regions`, or -1.
    int regionIndex(std::string_view id) const;
    // Muscles whose `conditions` list names the condition, in knowledge-base order.
    std::vector<const Muscle*> musclesLinkedTo(std::string_view conditionId) const;
};

}  // namespace tpa::anatomy
