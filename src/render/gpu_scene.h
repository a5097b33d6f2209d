// The scene's geometry on the GPU: one vertex and one index buffer for all parts (few
// binds, one upload), with each part's range for per-part draws.
#pragma once

#include "core/scene.h"

#include <epoxy/gl.h>
#include <vector>

namespace tpa::render {

class GpuScene {
public:
    explicit GpuScene(const core::Scene& scene);
    ~GpuScene();
    GpuScene(const GpuScene&) = delete;
    GpuScene& operator=(const GpuScene&) = delete;

    void bind() const { glBindVertexArray(vao_); }
    void drawPart(std::size_t part) const;
    // Per-vertex referral data of one part (x essential weight, y spillover weight, z skin
    // distance from the trigger point in mm); sizes must match the part's vertex count.
    void setVertexZones(std::size_t part, const std::vector<glm::vec4>& zones);
    void clearZones();
    std::size_t partCount() const { return ranges_.size(); }
    std::size_t gpuBytes() const { return bytes_; }

private:
    struct Range {
        GLsizei count = 0;
        std::size_t firstIndex = 0;
        GLint baseVertex = 0;
    };
    GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
    GLuint zoneVbo_ = 0;  // separate and dynamic: zones change with the selection, geometry never
    std::size_t vertexCount_ = 0;
    std::vector<std::size_t> vertexCounts_;
    std::vector<std::size_t> dirtyZoneParts_;
    std::vector<Range> ranges_;
    std::size_t bytes_ = 0;
};

}  // namespace tpa::render
