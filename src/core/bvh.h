// Bounding-volume hierarchy over one mesh's triangles, for exact ray picking.
// Why a BVH and not an ID buffer: a click or hover is answered on the CPU in microseconds
// even on a software GL renderer, with no extra render pass and no GPU read-back, and it
// is testable without GL (see tests/core/bvh_test.cpp against brute force).
#pragma once

#include "core/mesh.h"
#include "core/ray.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tpa::core {

struct MeshHit {
    float t = 0.0f;
    std::uint32_t triangle = 0;
};

class Bvh {
public:
    Bvh() = default;
    explicit Bvh(const Mesh& mesh);

    // Nearest hit closer than maxT on the mesh this BVH was built from.
    std::optional<MeshHit> intersect(const Mesh& mesh, const Ray& ray, float maxT) const;
    const Aabb& bounds() const { return bounds_; }
    std::size_t nodeCount() const { return nodes_.size(); }

private:
    struct Node {
        Aabb box;
        std::uint32_t first = 0;  // leaf: first entry in tris_; inner: index of left child
        std::uint32_t count = 0;  // leaf: triangle count; inner: 0 (right child = left + 1)
    };
    void build(const Mesh& mesh);

    std::vector<Node> nodes_;
    std::vector<std::uint32_t> tris_;
    Aabb bounds_;
};

}  // namespace tpa::core
