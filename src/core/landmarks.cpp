// Landmark vocabulary and lookup with side resolution.
#include "core/landmarks.h"

#include <array>

namespace tpa::core {
namespace {

constexpr std::array<LandmarkName, 52> kVocabulary{{
    // Head and neck
    {"vertex", false, "highest point of the skull"},
    {"glabella", false, "between the eyebrows"},
    {"nasion", false, "root of the nose"},
    {"menton", false, "lowest point of the chin"},
    {"inion", false, "external occipital protuberance"},
    {"tragus", true, "front of the ear opening"},
    {"mastoid", true, "tip of the mastoid process"},
    {"tmj", true, "temporomandibular joint, in front of the tragus"},
    {"zygoma", true, "most lateral point of the cheekbone"},
    {"gonion", true, "angle of the mandible"},
    {"temple", true, "centre of the temporal fossa"},
    {"c2", false, "spinous process of the axis"},
    {"c7", false, "spinous process of the seventh cervical vertebra"},
    // Trunk
    {"jugular-notch", false, "suprasternal notch"},
    {"sternoclavicular", true, "sternoclavicular joint"},
    {"xiphoid", false, "tip of the xiphoid process"},
    {"nipple", true, "nipple (fourth intercostal space)"},
    {"umbilicus", false, "navel"},
    {"pubic-symphysis", false, "front of the pubic symphysis"},
    {"t4", false, "spinous process of T4"},
    {"t7", false, "spinous process of T7"},
    {"t12", false, "spinous process of T12"},
    {"l3", false, "spinous process of L3"},
    {"s2", false, "sacrum at the level of S2"},
    {"coccyx", false, "tip of the coccyx"},
    {"iliac-crest", true, "highest point of the iliac crest"},
    {"asis", true, "anterior superior iliac spine"},
    {"psis", true, "posterior superior iliac spine"},
    // Shoulder and arm
    {"acromion", true, "lateral tip of the acromion"},
    {"coracoid", true, "tip of the coracoid process"},
    {"clavicle-mid", true, "midpoint of the clavicle"},
    {"scapula-superior-angle", true, "superior angle of the scapula"},
    {"scapula-inferior-angle", true, "inferior angle of the scapula"},
    {"scapula-spine-root", true, "medial end of the spine of the scapula"},
    {"deltoid-tuberosity", true, "deltoid insertion on the humerus"},
    {"lateral-epicondyle", true, "lateral epicondyle of the humerus"},
    {"medial-epicondyle", true, "medial epicondyle of the humerus"},
    {"olecranon", true, "tip of the elbow"},
    {"radial-styloid", true, "radial styloid at the wrist"},
    {"ulnar-styloid", true, "ulnar styloid at the wrist"},
    {"middle-fingertip", true, "tip of the middle finger"},
    {"thumb-tip", true, "tip of the thumb"},
    // Hip and leg
    {"greater-trochanter", true, "most lateral point of the greater trochanter"},
    {"ischial-tuberosity", true, "ischial tuberosity"},
    {"patella", true, "centre of the patella"},
    {"tibial-tuberosity", true, "tibial tuberosity"},
    {"fibular-head", true, "head of the fibula"},
    {"lateral-malleolus", true, "tip of the lateral malleolus"},
    {"medial-malleolus", true, "tip of the medial malleolus"},
    {"heel", true, "back of the calcaneus"},
    {"first-mtp", true, "first metatarsophalangeal joint (ball of the big toe)"},
    {"toe-tip", true, "tip of the big toe"},
}};

}  // namespace

std::span<const LandmarkName> landmarkVocabulary() { return kVocabulary; }

bool isKnownLandmark(std::string_view bareName) {
    for (const auto& l : kVocabulary)
        if (l.name == bareName) return true;
    return false;
}

void Landmarks::set(std::string key, glm::vec3 position) { points_[std::move(key)] = position; }

std::optional<glm::vec3> Landmarks::find(std::string_view key) const {
    auto it = points_.find(key);
    if (it == points_.end()) return std::nullopt;
    return it->second;
}

std::optional<glm::vec3> Landmarks::resolve(std::string_view bareName, Side side) const {
    if (side != Side::Midline) {
        std::string key(bareName);
        key += side == Side::Left ? ".left" : ".right";
        if (auto p = find(key)) return p;
    }
    return find(bareName);
}

}  // namespace tpa::core
