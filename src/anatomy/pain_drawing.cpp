// Brush marks to per-vertex pain intensity.
#include "anatomy/pain_drawing.h"

#include <algorithm>
#include <cmath>

namespace tpa::anatomy {
namespace {

// Skin within this angle of the dab's normal (cos) is painted; beyond it lies the other face
// of a finger, the inner arm beside the trunk, or the back of a thin flap.
constexpr float kFacingCos = 0.2f;
constexpr float kSoftEdge = 0.25f;  // fraction of the radius over which a dab fades out

}  // namespace

bool isPainQuality(const std::string& word) {
    return std::any_of(std::begin(kPainQualities), std::end(kPainQualities), [&](const char* q) { return word == q; });
}

void applyPainMark(const PainMark& mark, std::span<const glm::vec3> positions, std::span<const glm::vec3> normals,
                   std::span<float> intensity) {
    const float radius = std::clamp(mark.radiusMm, kMinBrushRadiusMm, kMaxBrushRadiusMm);
    const float target = mark.erase ? 0.0f : std::clamp(mark.intensity, 0.0f, kMaxPainIntensity);
    const float r2 = radius * radius;
    const float inner = radius * (1.0f - kSoftEdge);
    const std::size_t n = std::min({positions.size(), normals.size(), intensity.size()});
    for (std::size_t v = 0; v < n; ++v) {
        const glm::vec3 d = positions[v] - mark.position;
        const float d2 = glm::dot(d, d);
        if (d2 >= r2) continue;
        if (glm::dot(normals[v], mark.normal) < kFacingCos) continue;
        const float dist = std::sqrt(d2);
        const float t = dist <= inner ? 1.0f : 1.0f - (dist - inner) / (radius - inner);
        const float w = t * t * (3.0f - 2.0f * t);
        intensity[v] += (target - intensity[v]) * w;
    }
}

std::vector<float> rasterizePainDrawing(const PainDrawing& drawing, std::span<const glm::vec3> positions,
                                        std::span<const glm::vec3> normals) {
    std::vector<float> intensity(positions.size(), 0.0f);
    for (const auto& mark : drawing.marks) applyPainMark(mark, positions, normals, intensity);
    return intensity;
}

}  // namespace tpa::anatomy
