// BVH build (binned SAH over centroids) and nearest-hit traversal.
#include "core/bvh.h"

#include <algorithm>
#include <array>

namespace tpa::core {
namespace {

constexpr std::uint32_t kLeafSize = 4;
constexpr int kBins = 12;

float area(const Aabb& b) {
    if (b.empty()) return 0.0f;
    const glm::vec3 d = b.max - b.min;
    return 2.0f * (d.x * d.y + d.y * d.z + d.z * d.x);
}

}  // namespace

Bvh::Bvh(const Mesh& mesh) { build(mesh); }

void Bvh::build(const Mesh& mesh) {
    const auto triCount = static_cast<std::uint32_t>(mesh.triangleCount());
    std::vector<Aabb> triBox(triCount);
    std::vector<glm::vec3> centroid(triCount);
    for (std::uint32_t t = 0; t < triCount; ++t) {
        for (int k = 0; k < 3; ++k) triBox[t].expand(mesh.positions[mesh.indices[3 * t + k]]);
        centroid[t] = triBox[t].center();
    }
    tris_.resize(triCount);
    for (std::uint32_t t = 0; t < triCount; ++t) tris_[t] = t;
    nodes_.clear();
    nodes_.reserve(triCount > 0 ? 2 * triCount / kLeafSize + 1 : 1);
    nodes_.push_back(Node{{}, 0, triCount});

    // Iterative build: a stack of nodes still to split.
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t ni = stack.back();
        stack.pop_back();
        Node node = nodes_[ni];
        Aabb box, cbox;
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
            box.expand(triBox[tris_[i]]);
            cbox.expand(centroid[tris_[i]]);
        }
        nodes_[ni].box = box;
        if (node.count <= kLeafSize) continue;

        // Binned surface-area heuristic on the widest centroid axis.
        const glm::vec3 extent = cbox.size();
        const int axis = extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
        if (extent[axis] <= 0.0f) continue;  // all centroids coincide: keep as leaf
        std::array<Aabb, kBins> binBox;
        std::array<std::uint32_t, kBins> binCount{};
        const float scale = kBins / extent[axis];
        auto binOf = [&](std::uint32_t tri) {
            return std::min(kBins - 1, int((centroid[tri][axis] - cbox.min[axis]) * scale));
        };
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
            const int b = binOf(tris_[i]);
            binBox[b].expand(triBox[tris_[i]]);
            ++binCount[b];
        }
        float bestCost = std::numeric_limits<float>::max();
        int bestSplit = -1;
        for (int split = 1; split < kBins; ++split) {
            Aabb l, r;
            std::uint32_t nl = 0, nr = 0;
            for (int b = 0; b < split; ++b) l.expand(binBox[b]), nl += binCount[b];
            for (int b = split; b < kBins; ++b) r.expand(binBox[b]), nr += binCount[b];
            if (nl == 0 || nr == 0) continue;
            const float cost = area(l) * float(nl) + area(r) * float(nr);
            if (cost < bestCost) bestCost = cost, bestSplit = split;
        }
        if (bestSplit < 0) continue;
        auto mid = std::partition(tris_.begin() + node.first, tris_.begin() + node.first + node.count,
                                  [&](std::uint32_t tri) { return binOf(tri) < bestSplit; });
        const auto leftCount = static_cast<std::uint32_t>(mid - (tris_.begin() + node.first));
        const auto left = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back(Node{{}, node.first, leftCount});
        nodes_.push_back(Node{{}, node.first + leftCount, node.count - leftCount});
        nodes_[ni].first = left;
        nodes_[ni].count = 0;
        stack.push_back(left);
        stack.push_back(left + 1);
    }
    bounds_ = nodes_.front().box;
}

std::optional<MeshHit> Bvh::intersect(const Mesh& mesh, const Ray& ray, float maxT) const {
    if (nodes_.empty() || tris_.empty()) return std::nullopt;
    const glm::vec3 invDir = 1.0f / ray.direction;
    std::optional<MeshHit> best;
    float bestT = maxT;
    std::vector<std::uint32_t> stack;
    stack.reserve(64);
    stack.push_back(0);
    while (!stack.empty()) {
        const Node& node = nodes_[stack.back()];
        stack.pop_back();
        float tEntry;
        if (!intersectBox(ray.origin, invDir, node.box, bestT, tEntry)) continue;
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
                const std::uint32_t tri = tris_[i];
                const auto& p = mesh.positions;
                const auto* idx = &mesh.indices[3 * tri];
                if (auto t = intersectTriangle(ray, p[idx[0]], p[idx[1]], p[idx[2]]); t && *t < bestT) {
                    bestT = *t;
                    best = MeshHit{*t, tri};
                }
            }
            continue;
        }
        // Visit the nearer child first so the far one is usually culled by bestT.
        float tl = 0.0f, tr = 0.0f;
        const bool hl = intersectBox(ray.origin, invDir, nodes_[node.first].box, bestT, tl);
        const bool hr = intersectBox(ray.origin, invDir, nodes_[node.first + 1].box, bestT, tr);
        if (hl && hr) {
            stack.push_back(tl < tr ? node.first + 1 : node.first);
            stack.push_back(tl < tr ? node.first : node.first + 1);
        } else if (hl) {
            stack.push_back(node.first);
        } else if (hr) {
            stack.push_back(node.first + 1);
        }
    }
    return best;
}

}  // namespace tpa::core
