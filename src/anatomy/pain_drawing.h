// A client's pain drawing: the brush marks themselves, in painting order, rather than
// per-vertex values, so a drawing stays small, replays exactly and can be saved in a session.
#pragma once

#include <glm/glm.hpp>
#include <span>
#include <string>
#include <vector>

#include "core/part.h"

namespace tpa::anatomy {

// Words clients use for what they feel; a mark may carry any of them.
inline constexpr const char* kPainQualities[] = {"aching", "burning", "sharp", "tingling", "throbbing", "numb"};
bool isPainQuality(const std::string& word);

// One dab of the brush on the skin.
struct PainMark {
    glm::vec3 position{0.0f};     // on the skin, body frame, mm
    glm::vec3 normal{0.0f, 0.0f, 1.0f};  // skin normal there: a dab never paints the far side of a limb
    float radiusMm = 30.0f;
    float intensity = 5.0f;       // 0-10 (ignored when erasing)
    bool erase = false;
    // What lay under the dab when it was painted, so a drawing means something without a body.
    std::string region;           // knowledge-base region id, "" when none
    core::Side side = core::Side::Midline;
    std::vector<std::string> qualities;  // from kPainQualities
    bool operator==(const PainMark&) const = default;
};

struct PainDrawing {
    std::vector<PainMark> marks;
    bool empty() const { return marks.empty(); }
    bool operator==(const PainDrawing&) const = default;
};

inline constexpr float kMaxPainIntensity = 10.0f;
inline constexpr float kMinBrushRadiusMm = 5.0f;
inline constexpr float kMaxBrushRadiusMm = 150.0f;

// Applies one mark to per-vertex intensities (0-10): inside the radius the value moves to the
// mark's intensity (0 when erasing), blended over the outer quarter so edges are soft. Vertices
// whose normal faces away from the mark's are left alone.
void applyPainMark(const PainMark& mark, std::span<const glm::vec3> positions, std::span<const glm::vec3> normals,
                   std::span<float> intensity);

// Every mark applied in order to a fresh (all zero) field.
std::vector<float> rasterizePainDrawing(const PainDrawing& drawing, std::span<const glm::vec3> positions,
                                        std::span<const glm::vec3> normals);

}  // namespace tpa::anatomy
