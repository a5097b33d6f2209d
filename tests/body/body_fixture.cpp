// Cached scene, manifold check and ray-parity inside test for the embedded-body suite.
#include "body_fixture.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <utility>

#include <doctest/doctest.h>

#include "body/embedded_body.h"
#include "body/mesh_ops.h"
#include "body/rig.h"
#include "core/bvh.h"

namespace tpa::body::test {

const core::Scene& embeddedScene() {
    static const core::Scene scene = buildEmbeddedBody();
    return scene;
}

namespace {

// One bounding-volume hierarchy per part of the cached scene, in part order.
const std::vector<core::Bvh>& partBvhs() {
    static const std::vector<core::Bvh> bvhs = [] {
        std::vector<core::Bvh> out;
        for (const auto& part : embeddedScene().parts) out.emplace_back(part.mesh);
        return out;
    }();
    return bvhs;
}

}  // namespace

int firstPartHit(glm::vec3 from, glm::vec3 direction) { return firstPartHit(from, direction, {}); }

int firstPartHit(glm::vec3 from, glm::vec3 direction, const std::vector<core::Layer>& hidden) {
    const auto& bvhs = partBvhs();
    const core::Ray ray{from, glm::normalize(direction)};
    int best = -1;
    float nearest = 1e9f;
    const auto& parts = embeddedScene().parts;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].kind == core::PartKind::Skin) continue;
        if (std::find(hidden.begin(), hidden.end(), parts[i].layer) != hidden.end()) continue;
        if (const auto hit = bvhs[i].intersect(parts[i].mesh, ray, nearest)) {
            nearest = hit->t;
            best = int(i);
        }
    }
    return best;
}

glm::vec3 presetEye(core::ViewPreset view) {
    core::Camera camera;
    camera.setViewport(4000, 4000);
    const auto bounds = embeddedScene().bounds();
    camera.setSceneBounds(bounds);
    camera.setPose(camera.presetPose(view, bounds));
    return camera.eye();
}

SeenFirst seenOnGrid(core::ViewPreset view, const std::string& rigPoint, float side,
                     glm::vec2 xRange, glm::vec2 yRange, glm::vec2 zRange, float step,
                     const std::vector<core::Layer>& hidden) {
    const Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = presetEye(view), at = rig.at(rigPoint);
    SeenFirst seen;
    for (float x = xRange.x; x <= xRange.y; x += step)
        for (float y = yRange.x; y <= yRange.y; y += step)
            for (float z = zRange.x; z <= zRange.y; z += step) {
                const glm::vec3 point(side * (at.x + x * k), at.y + y * k, at.z + z * k);
                const int hit = firstPartHit(eye, point - eye, hidden);
                if (hit < 0) continue;
                const core::Part& part = embeddedScene().parts[static_cast<std::size_t>(hit)];
                ++seen.parts;
                seen.bones += part.kind == core::PartKind::Bone;
                ++seen.byId[part.id];
            }
    return seen;
}

std::string firstPartHitId(glm::vec3 from, glm::vec3 direction) {
    const int i = firstPartHit(from, direction);
    return i < 0 ? std::string() : embeddedScene().parts[static_cast<std::size_t>(i)].id;
}

void checkMuscleFirstFromSide(const std::string& rigPoint, const std::vector<glm::vec2>& probes) {
    const Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 at = rig.at(rigPoint);
    for (float side : {1.0f, -1.0f})
        for (const glm::vec2& p : probes) {
            const glm::vec3 from(side * 300.0f * k, at.y + p.x * k, at.z + p.y * k);
            CAPTURE(side);
            CAPTURE(p.x);
            CAPTURE(p.y);
            const int hit = firstPartHit(from, {-side, 0.0f, 0.0f});
            REQUIRE(hit >= 0);
            const auto& part = embeddedScene().parts[std::size_t(hit)];
            CAPTURE(part.id);
            CHECK(part.kind == core::PartKind::Muscle);
        }
}

std::string withoutSide(const std::string& id) { return id.substr(0, id.rfind('.')); }

const core::Mesh& leftMesh(const std::string& muscle) {
    const int i = embeddedScene().findPart(muscle + ".left");
    REQUIRE(i >= 0);
    return embeddedScene().parts[static_cast<std::size_t>(i)].mesh;
}

std::vector<HitUnderSkin> hitsUnderSkin(glm::vec3 from, glm::vec3 direction) {
    const auto& bvhs = partBvhs();
    const core::Ray ray{from, glm::normalize(direction)};
    const auto& parts = embeddedScene().parts;
    float skin = 0.0f;
    std::vector<HitUnderSkin> hits;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (const auto hit = bvhs[i].intersect(parts[i].mesh, ray, 1e9f)) {
            if (parts[i].kind == core::PartKind::Skin) skin = hit->t;
            else hits.push_back({parts[i].id, hit->t});
        }
    for (auto& h : hits) h.depth -= skin;
    std::sort(hits.begin(), hits.end(),
              [](const HitUnderSkin& a, const HitUnderSkin& b) { return a.depth < b.depth; });
    return hits;
}

std::vector<core::Mesh> pieces(const core::Mesh& mesh) {
    const std::vector<std::uint32_t> root = vertexPieces(mesh);
    std::vector<std::uint32_t> roots;
    std::vector<core::Mesh> out;
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
        const std::uint32_t r = root[mesh.indices[i]];
        auto at = std::find(roots.begin(), roots.end(), r);
        if (at == roots.end()) {
            roots.push_back(r);
            out.emplace_back().positions = mesh.positions;
            at = roots.end() - 1;
        }
        auto& piece = out[std::size_t(at - roots.begin())];
        piece.indices.insert(piece.indices.end(), mesh.indices.begin() + std::ptrdiff_t(i),
                             mesh.indices.begin() + std::ptrdiff_t(i + 3));
    }
    return out;
}

Slips::Slips(const core::Mesh& mesh) : meshes(pieces(mesh)) {
    for (const auto& slip : meshes) bvhs.emplace_back(slip);
}

int Slips::front(const glm::vec3& from, const glm::vec3& dir, float* distance) const {
    int first = -1;
    float nearest = 1e9f;
    for (std::size_t s = 0; s < meshes.size(); ++s)
        if (const auto hit = bvhs[s].intersect(meshes[s], {from, dir}, nearest))
            nearest = hit->t, first = int(s);
    if (distance) *distance = nearest;
    return first;
}

std::vector<MeshCrossing> meshCrossings(const core::Mesh& mesh, glm::vec3 from,
                                        glm::vec3 direction) {
    std::vector<MeshCrossing> out;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const glm::vec3 a = mesh.positions[mesh.indices[i]];
        const glm::vec3 e1 = mesh.positions[mesh.indices[i + 1]] - a;
        const glm::vec3 e2 = mesh.positions[mesh.indices[i + 2]] - a;
        const glm::vec3 p = glm::cross(direction, e2);
        const float det = glm::dot(e1, p);
        if (std::abs(det) < 1e-12f) continue;
        const glm::vec3 s = from - a;
        const float u = glm::dot(s, p) / det;
        if (u < 0.0f || u > 1.0f) continue;
        const glm::vec3 q = glm::cross(s, e1);
        const float v = glm::dot(direction, q) / det;
        if (v < 0.0f || u + v > 1.0f) continue;
        const glm::vec3 n = glm::cross(e1, e2);
        const float area = glm::length(n);
        out.push_back({glm::dot(e2, q) / det, glm::dot(n, direction) < 0.0f,
                       area > 1e-9f ? n / area : glm::vec3(0.0f)});
    }
    std::sort(out.begin(), out.end(),
              [](const MeshCrossing& x, const MeshCrossing& y) { return x.t < y.t; });
    return out;
}

glm::vec3 lateralOfJaw(float y, float z) {
    const Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 tmj = rig.at("tmj");
    return {300.0f * k, tmj.y + y * k, tmj.z + z * k};
}

float throughMeshFromLeft(const core::Mesh& mesh, float y, float z) {
    const auto ts = meshCrossings(mesh, lateralOfJaw(y, z), {-1.0f, 0.0f, 0.0f});
    return ts.size() < 2 ? 0.0f : ts.back().t - ts.front().t;
}

double meshVolume(const core::Mesh& mesh) {
    double volume = 0.0;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        volume += glm::dot(mesh.positions[mesh.indices[t]],
                           glm::cross(mesh.positions[mesh.indices[t + 1]],
                                      mesh.positions[mesh.indices[t + 2]])) /
                  6.0;
    return volume;
}

std::string closedManifoldError(const core::Mesh& mesh) {
    if (mesh.indices.empty() || mesh.indices.size() % 3 != 0) return "no triangles";
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int e = 0; e < 3; ++e) {
            const auto a = mesh.indices[t + e], b = mesh.indices[t + (e + 1) % 3];
            if (a == b) return "degenerate triangle " + std::to_string(t / 3);
            ++directed[{a, b}];
        }
    for (const auto& [edge, count] : directed) {
        if (count != 1)
            return "edge " + std::to_string(edge.first) + "-" + std::to_string(edge.second) +
                   " used " + std::to_string(count) + " times in one direction";
        const auto twin = directed.find({edge.second, edge.first});
        if (twin == directed.end())
            return "edge " + std::to_string(edge.first) + "-" + std::to_string(edge.second) +
                   " has no opposite (open or inconsistently wound)";
    }
    return {};
}

std::string outwardError(const core::Mesh& mesh) {
    if (std::string error = closedManifoldError(mesh); !error.empty()) return error;
    if (mesh.normals.size() != mesh.positions.size()) return "no vertex normals";
    const auto& p = mesh.positions;
    const auto& ix = mesh.indices;
    // Connected pieces (a two-headed muscle is two closed bellies in one mesh).
    std::vector<std::uint32_t> root(p.size());
    for (std::uint32_t v = 0; v < root.size(); ++v) root[v] = v;
    auto find = [&](std::uint32_t v) {
        while (root[v] != v) v = root[v] = root[root[v]];
        return v;
    };
    for (std::size_t t = 0; t < ix.size(); t += 3) {
        root[find(ix[t + 1])] = find(ix[t]);
        root[find(ix[t + 2])] = find(ix[t]);
    }
    std::map<std::uint32_t, double> volume;
    std::size_t folded = 0;
    std::string first;
    for (std::size_t t = 0; t < ix.size(); t += 3) {
        const glm::vec3 a = p[ix[t]], b = p[ix[t + 1]], c = p[ix[t + 2]];
        volume[find(ix[t])] += double(glm::dot(a, glm::cross(b, c))) / 6.0;
        const glm::vec3 side =
            mesh.normals[ix[t]] + mesh.normals[ix[t + 1]] + mesh.normals[ix[t + 2]];
        if (glm::dot(glm::cross(b - a, c - a), side) > 0.0f) continue;
        if (folded++ == 0) {
            const glm::vec3 m = (a + b + c) / 3.0f;
            first = " (first at " + std::to_string(int(std::lround(m.x))) + ", " +
                    std::to_string(int(std::lround(m.y))) + ", " +
                    std::to_string(int(std::lround(m.z))) + ")";
        }
    }
    std::string error;
    for (const auto& [piece, v] : volume)
        if (v <= 0.0) error += "a piece encloses a volume of " + std::to_string(v) + " mm^3; ";
    if (folded > 0)
        error += std::to_string(folded) + " triangles face against their vertex normals" + first;
    return error;
}

InsideTest::InsideTest(const core::Mesh& closedMesh, float cell) : mesh_(closedMesh), cell_(cell) {
    const core::Aabb box = mesh_.bounds();
    origin_ = glm::vec2(box.min.x, box.min.y);
    dims_ = glm::ivec2(glm::ceil((glm::vec2(box.max.x, box.max.y) - origin_) / cell_)) + 1;
    bins_.resize(static_cast<std::size_t>(dims_.x * dims_.y));
    for (std::size_t t = 0; t < mesh_.indices.size(); t += 3) {
        glm::vec2 lo(1e9f), hi(-1e9f);
        for (int c = 0; c < 3; ++c) {
            const glm::vec3 p = mesh_.positions[mesh_.indices[t + c]];
            lo = glm::min(lo, glm::vec2(p.x, p.y));
            hi = glm::max(hi, glm::vec2(p.x, p.y));
        }
        const glm::ivec2 a = glm::ivec2((lo - origin_) / cell_),
                         b = glm::ivec2((hi - origin_) / cell_);
        for (int y = a.y; y <= b.y; ++y)
            for (int x = a.x; x <= b.x; ++x)
                bins_[static_cast<std::size_t>(y * dims_.x + x)].push_back(
                    static_cast<std::uint32_t>(t));
    }
}

bool InsideTest::inside(const glm::vec3& p) const {
    const glm::ivec2 c = glm::ivec2((glm::vec2(p.x, p.y) - origin_) / cell_);
    if (c.x < 0 || c.y < 0 || c.x >= dims_.x || c.y >= dims_.y) return false;
    // Slightly perturbed query so the ray rarely passes exactly through an edge or vertex.
    const glm::vec2 q(p.x + 1.3e-3f, p.y + 0.7e-3f);
    int crossings = 0;
    for (std::uint32_t t : bins_[static_cast<std::size_t>(c.y * dims_.x + c.x)]) {
        const glm::vec3 a = mesh_.positions[mesh_.indices[t]],
                        b = mesh_.positions[mesh_.indices[t + 1]],
                        d = mesh_.positions[mesh_.indices[t + 2]];
        const float w0 = (b.x - q.x) * (d.y - q.y) - (d.x - q.x) * (b.y - q.y);
        const float w1 = (d.x - q.x) * (a.y - q.y) - (a.x - q.x) * (d.y - q.y);
        const float w2 = (a.x - q.x) * (b.y - q.y) - (b.x - q.x) * (a.y - q.y);
        if (!((w0 > 0 && w1 > 0 && w2 > 0) || (w0 < 0 && w1 < 0 && w2 < 0))) continue;
        const float sum = w0 + w1 + w2;
        const float z = (w0 * a.z + w1 * b.z + w2 * d.z) / sum;
        if (z > p.z) ++crossings;
    }
    return crossings % 2 == 1;
}

glm::vec3 shadedNormal(const core::Mesh& mesh, const core::MeshHit& hit, glm::vec3 from,
                       glm::vec3 dir) {
    const auto& ix = mesh.indices;
    const std::uint32_t ia = ix[hit.triangle * 3], ib = ix[hit.triangle * 3 + 1],
                        ic = ix[hit.triangle * 3 + 2];
    const glm::vec3 a = mesh.positions[ia], b = mesh.positions[ib], c = mesh.positions[ic];
    const glm::vec3 p = from + dir * hit.t, n = glm::cross(b - a, c - a);
    const float area = glm::dot(n, n);
    const float wa = glm::dot(glm::cross(c - b, p - b), n) / area;
    const float wb = glm::dot(glm::cross(a - c, p - c), n) / area;
    return glm::normalize(wa * mesh.normals[ia] + wb * mesh.normals[ib] +
                          (1.0f - wa - wb) * mesh.normals[ic]);
}

ShadingTurns shadingTurns(int part, glm::vec3 eye, float side, glm::vec2 xRange, glm::vec2 zRange,
                          float planeY, float step, float margin, float degrees) {
    const auto& mesh = embeddedScene().parts[std::size_t(part)].mesh;
    REQUIRE(mesh.normals.size() == mesh.positions.size());
    const core::Bvh bvh(mesh);
    const std::vector<core::Layer> skin{core::Layer::Skin};
    const int cols = int((xRange.y - xRange.x) / step) + 1;
    const int rows = int((zRange.y - zRange.x) / step) + 1;
    const int pad = int(margin / step);
    // The grid with a margin round it, so a border within `margin` is known everywhere inside.
    const int w = cols + 2 * pad, h = rows + 2 * pad;
    std::vector<glm::vec3> normal(std::size_t(w * h), glm::vec3(0.0f));
    std::vector<char> seen(std::size_t(w * h), 0);
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) {
            const glm::vec3 at(side * (xRange.x + float(c - pad) * step), planeY,
                               zRange.y - float(r - pad) * step);
            const glm::vec3 dir = glm::normalize(at - eye);
            if (firstPartHit(eye, dir, skin) != part) continue;
            const auto hit = bvh.intersect(mesh, {eye, dir}, 1e9f);
            if (!hit) continue;
            seen[std::size_t(r * w + c)] = 1;
            normal[std::size_t(r * w + c)] = shadedNormal(mesh, *hit, eye, dir);
        }
    auto inside = [&](int r, int c) {
        for (int dr = -pad; dr <= pad; dr += pad)
            for (int dc = -pad; dc <= pad; dc += pad)
                if (!seen[std::size_t((r + dr) * w + c + dc)]) return false;
        return true;
    };
    ShadingTurns out;
    const float turned = std::cos(glm::radians(degrees));
    for (int r = pad; r < pad + rows; ++r)
        for (int c = pad; c < pad + cols; ++c) {
            if (!inside(r, c)) continue;
            for (const auto& [nr, nc] : {std::pair{r, c + 1}, std::pair{r + 1, c}}) {
                if (nr >= pad + rows || nc >= pad + cols || !inside(nr, nc)) continue;
                ++out.pairs;
                out.turns += glm::dot(normal[std::size_t(r * w + c)],
                                      normal[std::size_t(nr * w + nc)]) < turned;
            }
        }
    return out;
}

}  // namespace tpa::body::test
