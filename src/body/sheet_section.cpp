// The flat, feather-edged section of muscles laid as one smooth sheet (see sheet_section.h).
#include "body/sheet_section.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace tpa::body {
namespace {

constexpr float kFace = 0.3f;   // exponent of the outer face's profile (1 an ellipse)
constexpr float kRim = 0.5f;    // mm from the outer face down to the feathered rim
constexpr float kBevel = 0.05f; // fraction of the half-width that the bevel at each rim takes

}  // namespace

float sheetBelowFace(float thick, float sn, float scale) {
    const float rim = std::min(kRim * scale, 0.5f * thick);
    return sn >= 0.0f ? rim * (1.0f - std::pow(sn, kFace)) : rim + (thick - rim) * std::sqrt(-sn);
}

float sheetAcross(int a, int around, float cosTheta) {
    const int half = around / 2;
    if (a % half == 0) return std::copysign(1.0f, cosTheta);
    const float fromMiddle = float(std::abs(a % half - half / 2)) / float(half / 2 - 1);
    return std::copysign((1.0f - kBevel) * fromMiddle, cosTheta);
}

float sheetRimShare(float s, float u, int sides, bool fromOrigin) {
    if ((sides & (s < 0.0f ? 1 : 2)) == 0) return 0.0f;
    const float along = std::min(fromOrigin ? 1.0f : std::clamp(u / 0.06f, 0.0f, 1.0f),
                                 1.0f - std::clamp((u - 0.5f) / 0.3f, 0.0f, 1.0f));
    return along * std::clamp((std::abs(s) - 0.6f) / 0.35f, 0.0f, 1.0f);
}

}  // namespace tpa::body
