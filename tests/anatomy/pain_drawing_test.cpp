// Brush marks: soft-edged dabs, erasing, the far face left alone, order matters.
#include <doctest/doctest.h>

#include "anatomy/pain_drawing.h"

#include <vector>

using namespace tpa;
using anatomy::PainDrawing;
using anatomy::PainMark;

namespace {

// A row of vertices along x every 10 mm facing +y, and the same row facing -y (a thin flap).
struct Strip {
    std::vector<glm::vec3> positions, normals;
    Strip() {
        for (int i = 0; i <= 20; ++i) {
            positions.push_back({i * 10.0f, 0.0f, 0.0f});
            normals.push_back({0.0f, 1.0f, 0.0f});
        }
        for (int i = 0; i <= 20; ++i) {
            positions.push_back({i * 10.0f, -1.0f, 0.0f});
            normals.push_back({0.0f, -1.0f, 0.0f});
        }
    }
};

PainMark dab(float x, float radius, float intensity, bool erase = false) {
    PainMark m;
    m.position = {x, 0.0f, 0.0f};
    m.normal = {0.0f, 1.0f, 0.0f};
    m.radiusMm = radius;
    m.intensity = intensity;
    m.erase = erase;
    return m;
}

}  // namespace

TEST_CASE("a dab sets its intensity inside, fades at the edge and leaves the rest") {
    Strip s;
    PainDrawing d;
    d.marks.push_back(dab(100.0f, 40.0f, 7.0f));
    const auto v = anatomy::rasterizePainDrawing(d, s.positions, s.normals);
    CHECK(v[10] == doctest::Approx(7.0f));             // centre
    CHECK(v[8] == doctest::Approx(7.0f));              // 20 mm: inside the hard core (30 mm)
    CHECK(v[7] > 0.0f);                                // 30 mm: the soft edge starts
    CHECK(v[7] <= 7.0f);
    CHECK(v[6] == 0.0f);                               // 40 mm: outside
    CHECK(v[31] == 0.0f);                              // the far face of the flap
}

TEST_CASE("later marks paint over earlier ones and the eraser clears") {
    Strip s;
    PainDrawing d;
    d.marks.push_back(dab(100.0f, 60.0f, 8.0f));
    d.marks.push_back(dab(100.0f, 20.0f, 3.0f));
    auto v = anatomy::rasterizePainDrawing(d, s.positions, s.normals);
    CHECK(v[10] == doctest::Approx(3.0f));
    CHECK(v[14] == doctest::Approx(8.0f));
    d.marks.push_back(dab(140.0f, 25.0f, 0.0f, true));
    v = anatomy::rasterizePainDrawing(d, s.positions, s.normals);
    CHECK(v[14] == doctest::Approx(0.0f));
    CHECK(v[10] == doctest::Approx(3.0f));
}

TEST_CASE("brush radius and intensity are clamped to their ranges") {
    Strip s;
    PainDrawing d;
    d.marks.push_back(dab(100.0f, 0.5f, 42.0f));
    const auto v = anatomy::rasterizePainDrawing(d, s.positions, s.normals);
    CHECK(v[10] == doctest::Approx(anatomy::kMaxPainIntensity));  // radius raised to 5 mm, intensity capped
    CHECK(v[9] == 0.0f);
}

TEST_CASE("pain quality words are a fixed vocabulary") {
    CHECK(anatomy::isPainQuality("burning"));
    CHECK_FALSE(anatomy::isPainQuality("Burning "));
}
