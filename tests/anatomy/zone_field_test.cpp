// Zone field on a synthetic trunk (a cylinder with the synthetic body's landmarks): region
// cells with soft borders, shapes refining their regions, filled regions, geodesic distances
// and painted drawings aggregated back to regions.
#include "anatomy/zone_field.h"

#include <doctest/doctest.h>

#include <cmath>

#include "synthetic_body.h"

using namespace tpa::anatomy;
using tpa::core::Side;

namespace {

constexpr float kRadius = 120.0f;
constexpr float kStep = 5.0f;

// An open cylinder around the vertical axis through (0, 0), z 1000..1300, outward normals.
tpa::core::Mesh trunkCylinder() {
    tpa::core::Mesh m;
    const int around = static_cast<int>(2.0f * 3.14159265f * kRadius / kStep);
    const int rings = static_cast<int>(300.0f / kStep) + 1;
    for (int r = 0; r < rings; ++r)
        for (int a = 0; a < around; ++a) {
            const float phi =
                2.0f * 3.14159265f * static_cast<float>(a) / static_cast<float>(around);
            const glm::vec3 n(std::cos(phi), std::sin(phi), 0.0f);
            m.positions.push_back(
                glm::vec3(n.x * kRadius, n.y * kRadius, 1000.0f + kStep * static_cast<float>(r)));
            m.normals.push_back(n);
        }
    for (int r = 0; r + 1 < rings; ++r)
        for (int a = 0; a < around; ++a) {
            const auto i = static_cast<std::uint32_t>(r * around + a);
            const auto j = static_cast<std::uint32_t>(r * around + (a + 1) % around);
            const auto k = i + static_cast<std::uint32_t>(around),
                       l = j + static_cast<std::uint32_t>(around);
            m.indices.insert(m.indices.end(), {i, j, l, i, l, k});
        }
    return m;
}

Region trunkRegion(std::string id, Facing facing) {
    Region r;
    r.id = std::move(id);
    r.name = r.id;
    RegionRule rule;
    rule.segment = Segment::Trunk;
    rule.facing = {facing};
    r.rules = {rule};
    return r;
}

KnowledgeBase trunkKb() {
    KnowledgeBase kb;
    kb.regions = {trunkRegion("front", Facing::Anterior), trunkRegion("flank", Facing::Lateral),
                  trunkRegion("back", Facing::Posterior)};
    return kb;
}

Zone zone(ZoneKind kind, std::vector<std::string> regions, std::vector<Shape> shapes = {}) {
    Zone z;
    z.kind = kind;
    z.regions = std::move(regions);
    z.shapes = std::move(shapes);
    return z;
}

struct Fixture {
    tpa::core::Mesh mesh = trunkCylinder();
    KnowledgeBase kb = trunkKb();
    ZoneField field{mesh, kb, tpa::test::syntheticLandmarks()};

    bool in(std::size_t v, const char* region, Side side) const {
        const int r = field.vertexRegions()[v];
        return r >= 0 && kb.regions[static_cast<std::size_t>(r)].id == region &&
               field.vertexSides()[v] == side;
    }
};

}  // namespace

TEST_CASE("zone field: every vertex classified; regions weigh 1 with a soft border") {
    Fixture f;
    REQUIRE(f.field.vertexCount() == f.mesh.positions.size());
    int front = 0;
    for (std::size_t v = 0; v < f.field.vertexCount(); ++v) {
        CHECK(f.field.vertexRegions()[v] >= 0);
        front += f.in(v, "front", Side::Left);
    }
    CHECK(front > 100);
    TriggerPoint trp;
    trp.zones = {zone(ZoneKind::Essential, {"front"}), zone(ZoneKind::Spillover, {"back"})};
    const ZoneWeights w = f.field.triggerPointWeights(trp, Side::Left);
    int band = 0;
    for (std::size_t v = 0; v < f.field.vertexCount(); ++v) {
        const glm::vec3 p = f.mesh.positions[v];
        if (f.in(v, "front", Side::Left)) CHECK(w.essential[v] == 1.0f);
        if (f.in(v, "back", Side::Left)) CHECK(w.spillover[v] == 1.0f);
        if (p.x < -30.0f) CHECK(w.essential[v] == 0.0f);  // the right side: a same-side zone
        if (w.essential[v] > 0.0f && w.essential[v] < 1.0f) ++band;
        CHECK(w.essential[v] <= 1.0f);
    }
    CHECK(band > 10);  // the border blends
    // "both" reaches the right side too.
    trp.zones[0].side = ZoneSide::Both;
    const ZoneWeights both = f.field.triggerPointWeights(trp, Side::Left);
    for (std::size_t v = 0; v < f.field.vertexCount(); ++v)
        if (f.in(v, "front", Side::Right)) CHECK(both.essential[v] == 1.0f);
}

TEST_CASE("zone field: shapes refine their regions; regions no shape reaches are filled") {
    Fixture f;
    // A disc at the front of the left trunk, well inside the "front" region.
    Shape disc{Anchor::at("umbilicus", {60, 0, 25}), 40.0f};
    TriggerPoint trp;
    trp.zones = {zone(ZoneKind::Essential, {"front", "back"}, {disc})};
    const ZoneWeights w = f.field.triggerPointWeights(trp, Side::Left);
    const auto centre = *resolveAnchor(disc.center, tpa::test::syntheticLandmarks(), Side::Left);
    int inside = 0;
    for (std::size_t v = 0; v < f.field.vertexCount(); ++v) {
        const float d = glm::length(f.mesh.positions[v] - centre);
        if (!f.in(v, "front", Side::Left)) {
            if (f.in(v, "back", Side::Left)) CHECK(w.essential[v] == 1.0f);  // no shape there
            continue;
        }
        if (d < 20.0f) {
            CHECK(w.essential[v] == doctest::Approx(1.0f));
            ++inside;
        }
        if (d > 60.0f) CHECK(w.essential[v] == 0.0f);
    }
    CHECK(inside > 3);
}

TEST_CASE("zone field: geodesic distances grow over the surface") {
    Fixture f;
    const glm::vec3 start(0, -kRadius, 1100);
    const auto dist = f.field.geodesicDistances(start);
    const int s = f.field.graph().nearestVertex(start);
    CHECK(dist[static_cast<std::size_t>(s)] == 0.0f);
    const int up = f.field.graph().nearestVertex({0, -kRadius, 1200});
    // 100 mm straight up: edge paths are exact along the rings' columns.
    CHECK(dist[static_cast<std::size_t>(up)] == doctest::Approx(100.0f).epsilon(0.02));
    const int back = f.field.graph().nearestVertex({0, kRadius, 1100});
    const float halfCircle = 3.14159265f * kRadius;
    CHECK(dist[static_cast<std::size_t>(back)] >= halfCircle * 0.98f);
    CHECK(dist[static_cast<std::size_t>(back)] <= halfCircle * 1.15f);
    for (std::size_t v = 0; v < dist.size(); ++v)
        CHECK(dist[v] >=
              glm::length(f.mesh.positions[v] - f.mesh.positions[static_cast<std::size_t>(s)]) -
                  0.01f);
    const auto near = f.field.geodesicDistances(start, 50.0f);
    CHECK(near[static_cast<std::size_t>(up)] == SkinGraph::kUnreached);
    // Several sources: the nearest one counts, in one pass.
    const std::vector<glm::vec3> two = {start, glm::vec3(0, kRadius, 1100)};
    const auto both = f.field.geodesicDistances(two);
    CHECK(both[static_cast<std::size_t>(back)] == 0.0f);
    const auto fromBack = f.field.geodesicDistances(glm::vec3(0, kRadius, 1100));
    for (std::size_t v = 0; v < both.size(); ++v)
        CHECK(both[v] == doctest::Approx(std::min(dist[v], fromBack[v])));
    CHECK(f.field.geodesicDistances(std::vector<glm::vec3>{})[0] == SkinGraph::kUnreached);
}

TEST_CASE("zone field: painted vertices aggregate to regions by area and intensity") {
    Fixture f;
    const auto& areas = f.field.vertexAreas();
    std::vector<float> paint(f.field.vertexCount(), 0.0f);
    float expected = 0.0f;
    for (std::size_t v = 0; v < paint.size(); ++v)
        if (f.in(v, "front", Side::Left)) {
            paint[v] = 5.0f;
            expected += areas[v] / 100.0f * 5.0f;
        }
    // One stray vertex of the back: far below 2 % of the drawing, dropped as a slip.
    for (std::size_t v = 0; v < paint.size(); ++v)
        if (f.in(v, "back", Side::Right)) {
            paint[v] = 10.0f;
            break;
        }
    const auto areasPainted = f.field.paintRegionsWeights(paint, areas);
    REQUIRE(areasPainted.size() == 1);
    CHECK(areasPainted[0].region == "front");
    CHECK(areasPainted[0].side == Side::Left);
    CHECK(areasPainted[0].weight == doctest::Approx(expected));
    CHECK(f.field.paintRegionsWeights(paint, areas, 0.0f).size() == 2);
}
