#include "skin_girth.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tpa::body::test {
namespace {

float cross2(glm::vec2 o, glm::vec2 a, glm::vec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Perimeter of the convex hull (Andrew's monotone chain) of grid points.
float hullPerimeter(std::vector<glm::vec2> pts) {
    std::sort(pts.begin(), pts.end(),
              [](glm::vec2 a, glm::vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    std::vector<glm::vec2> hull(2 * pts.size());
    std::size_t k = 0;
    for (const glm::vec2 p : pts) {
        while (k >= 2 && cross2(hull[k - 2], hull[k - 1], p) <= 0.0f) --k;
        hull[k++] = p;
    }
    for (std::size_t i = pts.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross2(hull[k - 2], hull[k - 1], pts[i]) <= 0.0f) --k;
        hull[k++] = pts[i];
    }
    hull.resize(k - 1);
    float perimeter = 0.0f;
    for (std::size_t i = 0; i < hull.size(); ++i)
        perimeter += glm::length(hull[(i + 1) % hull.size()] - hull[i]);
    return perimeter;
}

}  // namespace

float skinGirth(const SdfModel& skin, glm::vec3 centre, glm::vec3 axis, float radius) {
    axis = glm::normalize(axis);
    const glm::vec3 u = glm::normalize(
        glm::cross(axis, std::abs(axis.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0)));
    const glm::vec3 v = glm::cross(axis, u);
    const int n = static_cast<int>(radius);
    const int w = 2 * n + 1;
    auto index = [w](int i, int j) { return static_cast<std::size_t>(j * w + i); };
    auto inside = [&](int i, int j) {
        return skin.evaluate(centre + u * static_cast<float>(i - n) +
                             v * static_cast<float>(j - n)) < 0.0f;
    };
    if (!inside(n, n)) return 0.0f;
    std::vector<char> seen(static_cast<std::size_t>(w * w), 0);
    std::vector<glm::ivec2> stack{{n, n}};
    std::vector<glm::vec2> section;
    seen[index(n, n)] = 1;
    while (!stack.empty()) {
        const glm::ivec2 c = stack.back();
        stack.pop_back();
        section.emplace_back(c);
        for (const glm::ivec2 d : {glm::ivec2(1, 0), glm::ivec2(-1, 0), glm::ivec2(0, 1),
                                   glm::ivec2(0, -1)}) {
            const glm::ivec2 q = c + d;
            if (q.x < 0 || q.y < 0 || q.x >= w || q.y >= w) return -1.0f;
            if (!seen[index(q.x, q.y)] && inside(q.x, q.y)) {
                seen[index(q.x, q.y)] = 1;
                stack.push_back(q);
            }
        }
    }
    // Each sample stands for a 1 mm cell: the hull of the cell centres is short by about pi.
    return hullPerimeter(std::move(section)) + 3.14159f;
}

namespace {

template <class Better>
GirthAlong girthAlong(const SdfModel& skin, glm::vec3 a, glm::vec3 b, float t0, float t1,
                      float radius, Better better) {
    GirthAlong found{-1.0f, t0};
    for (float t = t0; t <= t1 + 1e-4f; t += 0.01f) {
        const float g = skinGirth(skin, glm::mix(a, b, t), b - a, radius);
        if (g > 0.0f && (found.girth < 0.0f || better(g, found.girth))) found = {g, t};
    }
    return found;
}

}  // namespace

GirthAlong largestGirth(const SdfModel& skin, glm::vec3 a, glm::vec3 b, float t0, float t1,
                        float radius) {
    return girthAlong(skin, a, b, t0, t1, radius, [](float g, float best) { return g > best; });
}

GirthAlong smallestGirth(const SdfModel& skin, glm::vec3 a, glm::vec3 b, float t0, float t1,
                         float radius) {
    return girthAlong(skin, a, b, t0, t1, radius, [](float g, float best) { return g < best; });
}

}  // namespace tpa::body::test
