// Named bony and surface landmarks of the loaded body. Knowledge-base locations and the
// atlas registration are written against these names, so data lands on any body.
#pragma once

#include "core/part.h"

#include <glm/glm.hpp>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tpa::core {

// The vocabulary. Sided landmarks are stored as "<name>.left" / "<name>.right";
// midline ones under their bare name. Every body (embedded or atlas) should provide all.
struct LandmarkName {
    std::string_view name;
    bool sided;
    std::string_view description;
};
std::span<const LandmarkName> landmarkVocabulary();
bool isKnownLandmark(std::string_view bareName);

class Landmarks {
public:
    void set(std::string key, glm::vec3 position);  // key: "c7", "acromion.left", ...
    std::optional<glm::vec3> find(std::string_view key) const;
    // Resolves a bare name for a side: "acromion" + Left -> "acromion.left"; midline names
    // resolve to themselves whatever the side.
    std::optional<glm::vec3> resolve(std::string_view bareName, Side side) const;
    const std::map<std::string, glm::vec3, std::less<>>& all() const { return points_; }
    std::size_t size() const { return points_.size(); }

private:
    std::map<std::string, glm::vec3, std::less<>> points_;
};

}  // namespace tpa::core
