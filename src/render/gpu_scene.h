// The scene's geometry on the GPU: one vertex and one index buffer for all parts (few
// binds, one upload), with each part's ranges at full detail and simplified.
#pragma once

#include "core/scene.h"

#include <epoxy/gl.h>
#include <vector>

namespace tpa::render {

class GpuScene {
public:
    // Without LODs (a single still image), only the full meshes are uploaded.
    explicit GpuScene(const core::Scene& scene, bool withLods = true);
    ~GpuScene();
    GpuScene(const GpuScene&) = delete;
    GpuScene& operator=(const GpuScene&) = delete;

    void bind() const;
    // Draws a part, from its simplified mesh when `lod` and it has one; returns the triangles.
    std::size_t drawPart(std::size_t part, bool lod = false) const;
    // Per-vertex referral data of one part (x essential weight, y spillover weight, z skin
    // distance from the trigger point in mm); sizes must match the part's vertex count.
    // Zones live on the full mesh only, so a part showing zones is always drawn in full.
    void setVertexZones(std::size_t part, const std::vector<glm::vec4>& zones);
    void clearZones();
    bool hasZones(std::size_t part) const { return zoned_[part]; }
    std::size_t partCount() const { return full_.size(); }
    std::size_t gpuBytes() const { return bytes_; }

private:
    void ensureZoneBuffer();
    struct Range {
        GLsizei count = 0;
        std::size_t firstIndex = 0;
        GLint baseVertex = 0;
    };
    GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
    GLuint zoneVbo_ = 0;  // separate and dynamic, made on first use: zones change, geometry never
    std::size_t vertexCount_ = 0;
    std::vector<std::size_t> vertexCounts_;
    std::vector<bool> zoned_;
    std::vector<Range> full_, lod_;  // lod_[i].count == 0: the part has no simplified mesh
    std::size_t bytes_ = 0;
};

}  // namespace tpa::render
