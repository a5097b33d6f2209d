// Landmarks of the embedded body: rig points pressed onto the bone or skin surface they name.
#pragma once

#include <glm/glm.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "body/rig.h"
#include "body/sdf_model.h"
#include "body/skeleton.h"

namespace tpa::body {

enum class LandmarkSurface { Bone, Skin };

// Which surface a vocabulary landmark lies on (nipple, umbilicus, tragus and the finger/toe tips
// are skin landmarks; all others are bony points).
LandmarkSurface landmarkSurface(std::string_view bareName);

// Every vocabulary landmark, sided ones for both sides ("acromion.left"), sorted by key.
std::vector<std::pair<std::string, glm::vec3>> placeLandmarks(const Rig& rig, const SdfModel& skin,
                                                              const std::vector<BoneShape>& bones);

}  // namespace tpa::body
