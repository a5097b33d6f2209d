// Stations along a muscle: curves through its anchors, ring positions, intersection grooves.
#include "body/muscle_path.h"

#include <algorithm>
#include <cmath>

namespace tpa::body {
namespace {

// Half-width of a tendinous intersection's groove along the length (u). Rings 1/24 apart made
// its walls too shallow to catch the light.
constexpr float kIntersectionHalf = 0.015f;

}  // namespace

glm::vec3 polyline(const std::vector<glm::vec3>& pts, float s) {
    if (pts.size() == 1) return pts[0];
    const float t = (s + 1.0f) * 0.5f * float(pts.size() - 1);
    const std::size_t i = std::min(static_cast<std::size_t>(t), pts.size() - 2);
    return glm::mix(pts[i], pts[i + 1], t - float(i));
}

glm::vec3 catmullRom(const std::vector<glm::vec3>& pts, float u) {
    const int spans = static_cast<int>(pts.size()) - 1;
    const float x = u * float(spans);
    const int i = std::min(static_cast<int>(x), spans - 1);
    const float t = x - float(i);
    auto p = [&](int j) { return pts[static_cast<std::size_t>(std::clamp(j, 0, spans))]; };
    const glm::vec3 p0 = p(i - 1), p1 = p(i), p2 = p(i + 1), p3 = p(i + 2);
    const float t2 = t * t, t3 = t2 * t;
    return 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                   (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

std::vector<float> ringPositions(const std::vector<float>& intersections, int rings) {
    std::vector<float> out(static_cast<std::size_t>(rings) + 1);
    std::vector<float> knots{0.0f};
    for (float at : intersections)
        knots.insert(knots.end(), {at - kIntersectionHalf, at, at + kIntersectionHalf});
    knots.push_back(1.0f);
    // Free gaps lie between a groove (or an end) and the next; the rings there are spread
    // in proportion to their lengths.
    const int fixedRings = static_cast<int>(knots.size());
    std::vector<float> gaps;
    for (std::size_t g = 0; g + 1 < knots.size(); g += 3) gaps.push_back(knots[g + 1] - knots[g]);
    float total = 0.0f;
    for (float g : gaps) total += g;
    int left = rings + 1 - fixedRings, r = 0;
    for (std::size_t g = 0; g < gaps.size(); ++g) {
        const float share = gaps[g] / total * float(rings + 1 - fixedRings);
        const int n = g + 1 == gaps.size() ? left : static_cast<int>(std::lround(share));
        left -= n;
        const float a = knots[3 * g], b = knots[3 * g + 1];
        out[static_cast<std::size_t>(r++)] = a;
        for (int i = 1; i <= n; ++i)
            out[static_cast<std::size_t>(r++)] = a + (b - a) * float(i) / float(n + 1);
        if (g + 1 == gaps.size()) break;
        out[static_cast<std::size_t>(r++)] = b;                 // the groove's near wall
        out[static_cast<std::size_t>(r++)] = knots[3 * g + 2];  // its floor
    }
    out.back() = 1.0f;
    return out;
}


float intersectionDip(const std::vector<float>& intersections, float u) {
    float dip = 0.0f;
    for (float at : intersections) dip += std::max(0.0f, 1.0f - std::abs(u - at) / kIntersectionHalf);
    return dip;
}

float sampledProfile(const std::vector<float>& samples, float u) {
    if (samples.size() == 1) return samples[0];
    const float x = std::clamp(u, 0.0f, 1.0f) * float(samples.size() - 1);
    const std::size_t i = std::min(static_cast<std::size_t>(x), samples.size() - 2);
    const float t = x - float(i);
    return samples[i] + (samples[i + 1] - samples[i]) * t * t * (3.0f - 2.0f * t);
}

}  // namespace tpa::body
