// Uploads interleaved position+normal vertices and 32-bit indices for every part: all full
// meshes first, then all simplified ones, in the same two buffers.
#include "render/gpu_scene.h"

#include <algorithm>

namespace tpa::render {
namespace {

struct Vertex {
    glm::vec3 position;
    glm::vec3 normal;
};

struct Buffers {
    std::vector<Vertex> vertices;
    std::vector<std::uint32_t> indices;
};

template <typename Range>
Range append(const core::Mesh& mesh, Buffers& b) {
    Range r;
    r.firstIndex = b.indices.size();
    r.count = GLsizei(mesh.indices.size());
    r.baseVertex = GLint(b.vertices.size());
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 n = i < mesh.normals.size() ? mesh.normals[i] : glm::vec3(0, 0, 1);
        b.vertices.push_back({mesh.positions[i], n});
    }
    b.indices.insert(b.indices.end(), mesh.indices.begin(), mesh.indices.end());
    return r;
}

}  // namespace

GpuScene::GpuScene(const core::Scene& scene) {
    std::size_t vertexCount = 0, indexCount = 0;
    for (const auto& p : scene.parts) {
        vertexCount += p.mesh.positions.size() + p.lod.positions.size();
        indexCount += p.mesh.indices.size() + p.lod.indices.size();
    }
    Buffers b;
    b.vertices.reserve(vertexCount);
    b.indices.reserve(indexCount);
    for (const auto& p : scene.parts) {
        full_.push_back(append<Range>(p.mesh, b));
        vertexCounts_.push_back(p.mesh.positions.size());
    }
    for (const auto& p : scene.parts) lod_.push_back(append<Range>(p.lod, b));
    zoned_.assign(full_.size(), false);
    vertexCount_ = b.vertices.size();
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(b.vertices.size() * sizeof(Vertex)), b.vertices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(b.indices.size() * sizeof(std::uint32_t)), b.indices.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, normal)));
    glGenBuffers(1, &zoneVbo_);
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    const std::vector<glm::vec4> noZones(vertexCount_, glm::vec4(0.0f));
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertexCount_ * sizeof(glm::vec4)), noZones.data(), GL_DYNAMIC_DRAW);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, sizeof(glm::vec4), nullptr);
    glBindVertexArray(0);
    bytes_ = b.vertices.size() * sizeof(Vertex) + b.indices.size() * sizeof(std::uint32_t) +
             vertexCount_ * sizeof(glm::vec4);
}

void GpuScene::setVertexZones(std::size_t part, const std::vector<glm::vec4>& zones) {
    if (part >= full_.size() || zones.size() != vertexCounts_[part]) return;
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    glBufferSubData(GL_ARRAY_BUFFER, GLintptr(std::size_t(full_[part].baseVertex) * sizeof(glm::vec4)),
                    GLsizeiptr(zones.size() * sizeof(glm::vec4)), zones.data());
    // Data without any zone weight or paint (z is only a distance) still lets the part use its LOD.
    zoned_[part] = std::any_of(zones.begin(), zones.end(), [](const glm::vec4& z) { return z.x > 0.0f || z.y > 0.0f || z.w > 0.0f; });
}

void GpuScene::clearZones() {
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    for (std::size_t part = 0; part < zoned_.size(); ++part) {
        if (!zoned_[part]) continue;
        const std::vector<glm::vec4> zero(vertexCounts_[part], glm::vec4(0.0f));
        glBufferSubData(GL_ARRAY_BUFFER, GLintptr(std::size_t(full_[part].baseVertex) * sizeof(glm::vec4)),
                        GLsizeiptr(zero.size() * sizeof(glm::vec4)), zero.data());
        zoned_[part] = false;
    }
}

GpuScene::~GpuScene() {
    glDeleteBuffers(1, &zoneVbo_);
    glDeleteBuffers(1, &ibo_);
    glDeleteBuffers(1, &vbo_);
    glDeleteVertexArrays(1, &vao_);
}

std::size_t GpuScene::drawPart(std::size_t part, bool lod) const {
    const Range& r = lod && lod_[part].count > 0 && !zoned_[part] ? lod_[part] : full_[part];
    if (r.count == 0) return 0;
    glDrawElementsBaseVertex(GL_TRIANGLES, r.count, GL_UNSIGNED_INT,
                             reinterpret_cast<void*>(r.firstIndex * sizeof(std::uint32_t)), r.baseVertex);
    return std::size_t(r.count) / 3;
}

}  // namespace tpa::render
