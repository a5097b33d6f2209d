// The intercostal sheet is lofted between the ribs' own centre lines (shared with the rib cage),
// then laid just over the ribs' outer surface and kept under the superficial muscles' faces.
#include "body/intercostals.h"

#include <algorithm>
#include <cmath>

#include "body/field_probe.h"
#include "body/mesh_ops.h"
#include "body/muscle_path.h"
#include "body/part_pair.h"
#include "body/skeleton.h"
#include "body/surface_fit.h"

namespace tpa::body {
namespace {

// One band of the sheet: the spaces from rib index `first` to `last` (0 is the first rib),
// from `back` to `front` along each rib (0 at its head, 1 at the end of its cartilage).
struct Band {
    int first, last;
    float back, front;
    int columns;
};
// The side of the cage from ribs 2 to 10, starting in front of the scapula (which lies on the
// ribs behind it); and the front from ribs 5 to 10, below the pectoralis minor (ribs 3-5), which
// a sheet over the upper ribs would hide in the deep view. They overlap a little at one depth.
// Three rows a space and a column every 10 mm or so keep the ribs' ridges (kDip) and leave the
// triangles to the parts seen first: four rows, 12 and 16 columns took 3,136 triangles a side.
constexpr Band kSide{1, 9, 0.3f, 0.64f, 10};
constexpr Band kFront{4, 9, 0.6f, 1.0f, 12};
constexpr int kRowsPerSpace = 3;    // rows of the grid from one rib to the next
constexpr float kGap = 1.0f;        // mm of muscle over the ribs' outer surface
constexpr float kThickness = 3.0f;  // mm
// mm the outer face sinks midway between two ribs: the ribs show as ridges under the sheet,
// which reads as intercostal muscle rather than as a smooth barrel over the cage.
constexpr float kDip = 2.5f;
// mm under the skin at least: deeper than the outer faces of the serratus and the oblique
// (1.5-2 mm), so the sheet shows only where they leave a gap, never through them.
constexpr float kMinDepth = 5.0f;
constexpr float kSkinClearance = 1.5f;  // every vertex, as for every muscle

// One band as a closed slab: its outer face lofted between the ribs and laid over them, its inner
// face kThickness under it, and a rim between the two.
core::Mesh band(const Rig& rig, const SdfModel& skin, const Band& b) {
    const float k = rig.stature() / 1750.0f;
    const auto ribs = ribCentreLines(rig);
    SdfModel ribField;
    for (int i = b.first; i <= b.last; ++i)
        addTube(ribField, ribs[std::size_t(i)], kRibRadiusBack * k, kRibRadiusFront * k, 0.0f);
    const int rows = (b.last - b.first) * kRowsPerSpace, columns = b.columns;
    auto along = [&](int c) { return glm::mix(b.back, b.front, float(c) / float(columns)); };
    auto at = [&](int r, int c) {
        const int space = std::min(r / kRowsPerSpace, b.last - b.first - 1);
        const float s = float(r - space * kRowsPerSpace) / float(kRowsPerSpace);
        const float u = along(c);
        return glm::mix(catmullRom(ribs[std::size_t(b.first + space)], u),
                        catmullRom(ribs[std::size_t(b.first + space + 1)], u), s);
    };
    core::Aabb box;
    for (int r = 0; r <= rows; ++r)
        for (int c = 0; c <= columns; ++c) box.expand(at(r, c));
    const FieldProbe probe{skin, skin.near(box, 60.0f * k)};
    const float yAxis = -20.0f * k;  // the cage's long axis lies about here, front to back
    core::Mesh mesh;
    std::vector<glm::vec3> inner;
    for (int r = 0; r <= rows; ++r)
        for (int c = 0; c <= columns; ++c) {
            const glm::vec3 p = at(r, c);
            const glm::vec3 across = at(r, std::min(c + 1, columns)) - at(r, std::max(c - 1, 0));
            const glm::vec3 down = at(std::min(r + 1, rows), c) - at(std::max(r - 1, 0), c);
            glm::vec3 n = glm::normalize(glm::cross(across, down));
            if (glm::dot(n, glm::vec3(p.x, p.y - yAxis, 0.0f)) < 0.0f) n = -n;
            const float u = along(c);
            const float s = float(r % kRowsPerSpace) / float(kRowsPerSpace);
            const float lift = glm::mix(kRibRadiusBack, kRibRadiusFront, u) + kGap -
                               kDip * std::sin(3.14159265f * s);
            glm::vec3 o = p + n * lift * k;
            // Out of every rib (the loft's chord between two ribs sags into the curved cage).
            for (int step = 0; step < 3; ++step)
                o += n * std::max(0.0f, kGap * k - ribField.evaluate(o));
            if (probe.value(o) > -kMinDepth * k) o = probe.project(o, -kMinDepth * k);
            mesh.positions.push_back(o);
            inner.push_back(o - n * kThickness * k);
        }
    const auto cols = std::uint32_t(columns + 1);
    const auto count = std::uint32_t(mesh.positions.size());
    mesh.positions.insert(mesh.positions.end(), inner.begin(), inner.end());
    auto id = [&](int r, int c, bool in) {
        return std::uint32_t(r) * cols + std::uint32_t(c) + (in ? count : 0u);
    };
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            for (bool in : {false, true}) {
                const std::uint32_t a = id(r, c, in), b = id(r, c + 1, in),
                                    d = id(r + 1, c + 1, in), e = id(r + 1, c, in);
                if (in)
                    mesh.indices.insert(mesh.indices.end(), {a, d, b, a, e, d});
                else
                    mesh.indices.insert(mesh.indices.end(), {a, b, d, a, d, e});
            }
    // The rim, walking the outer face's boundary in the direction of its own edges.
    std::vector<std::pair<int, int>> rim;
    for (int c = 0; c < columns; ++c) rim.emplace_back(0, c);
    for (int r = 0; r < rows; ++r) rim.emplace_back(r, columns);
    for (int c = columns; c > 0; --c) rim.emplace_back(rows, c);
    for (int r = rows; r > 0; --r) rim.emplace_back(r, 0);
    for (std::size_t i = 0; i < rim.size(); ++i) {
        const auto [pr, pc] = rim[i];
        const auto [qr, qc] = rim[(i + 1) % rim.size()];
        const std::uint32_t p = id(pr, pc, false), q = id(qr, qc, false), pi = id(pr, pc, true),
                            qi = id(qr, qc, true);
        mesh.indices.insert(mesh.indices.end(), {q, p, pi, q, pi, qi});
    }
    orientOutward(mesh);
    return mesh;
}

core::Mesh leftSheet(const Rig& rig, const SdfModel& skin) {
    const float k = rig.stature() / 1750.0f;
    core::Mesh mesh = band(rig, skin, kSide);
    mesh.append(band(rig, skin, kFront));
    keepUnderUnfolded(mesh, skin, kSkinClearance * k, 1.0f * k, 100);
    mesh.computeNormals();
    return mesh;
}

}  // namespace

std::vector<core::Part> intercostalParts(const Rig& rig, const SdfModel& skin) {
    core::Part base;
    base.kind = core::PartKind::Muscle;
    base.layer = core::Layer::Deep;
    std::vector<core::Part> parts;
    appendLeftRight(parts, std::move(base), "intercostals", "Intercostal muscles",
                    leftSheet(rig, skin));
    return parts;
}

}  // namespace tpa::body
