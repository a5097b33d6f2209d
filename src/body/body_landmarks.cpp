// Places each vocabulary landmark on this body by projecting its rig point onto a surface.
#include "body/body_landmarks.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/landmarks.h"

namespace tpa::body {
namespace {

// Newton steps onto the zero set of a field evaluated on the left half (x >= 0).
template <typename Field>
glm::vec3 projectOnto(const Field& field, glm::vec3 p) {
    for (int i = 0; i < 16; ++i) {
        const float f = field(p);
        if (std::abs(f) < 0.02f) break;
        const float e = 0.25f;
        glm::vec3 g(field(p + glm::vec3(e, 0, 0)) - field(p - glm::vec3(e, 0, 0)),
                    field(p + glm::vec3(0, e, 0)) - field(p - glm::vec3(0, e, 0)),
                    field(p + glm::vec3(0, 0, e)) - field(p - glm::vec3(0, 0, e)));
        const float len = glm::length(g);
        if (len <= 0.0f) break;
        g /= len;
        p -= f * g;
    }
    return p;
}

}  // namespace

LandmarkSurface landmarkSurface(std::string_view bareName) {
    constexpr std::array<std::string_view, 6> kSkin{"nipple",           "umbilicus", "tragus",
                                                    "middle-fingertip", "thumb-tip", "toe-tip"};
    return std::find(kSkin.begin(), kSkin.end(), bareName) != kSkin.end() ? LandmarkSurface::Skin
                                                                          : LandmarkSurface::Bone;
}

std::vector<std::pair<std::string, glm::vec3>> placeLandmarks(const Rig& rig, const SdfModel& skin,
                                                              const std::vector<BoneShape>& bones) {
    std::vector<std::pair<std::string, glm::vec3>> out;
    for (const auto& entry : core::landmarkVocabulary()) {
        const std::string name(entry.name);
        const glm::vec3 start = rig.at(name);
        glm::vec3 p;
        if (landmarkSurface(name) == LandmarkSurface::Skin) {
            p = projectOnto([&](const glm::vec3& q) { return skin.evaluate(q); }, start);
        } else {
            // Onto the union of the bones, so a point never ends inside a neighbouring bone.
            p = projectOnto([&](const glm::vec3& q) { return boneDistance(bones, q); }, start);
        }
        if (!entry.sided) {
            p.x = 0.0f;  // midline points stay exactly on the symmetry plane
            out.emplace_back(name, p);
        } else {
            out.emplace_back(name + ".left", p);
            out.emplace_back(name + ".right", glm::vec3(-p.x, p.y, p.z));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

}  // namespace tpa::body
