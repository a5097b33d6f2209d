// Uploads interleaved position+normal vertices and 32-bit indices for every part.
#include "render/gpu_scene.h"

namespace tpa::render {
namespace {

struct Vertex {
    glm::vec3 position;
    glm::vec3 normal;
};

}  // namespace

GpuScene::GpuScene(const core::Scene& scene) {
    std::size_t vertexCount = 0, indexCount = 0;
    for (const auto& p : scene.parts) {
        vertexCount += p.mesh.positions.size();
        indexCount += p.mesh.indices.size();
    }
    std::vector<Vertex> vertices;
    vertices.reserve(vertexCount);
    std::vector<std::uint32_t> indices;
    indices.reserve(indexCount);
    for (const auto& p : scene.parts) {
        Range r;
        r.firstIndex = indices.size();
        r.count = GLsizei(p.mesh.indices.size());
        r.baseVertex = GLint(vertices.size());
        for (std::size_t i = 0; i < p.mesh.positions.size(); ++i) {
            const glm::vec3 n = i < p.mesh.normals.size() ? p.mesh.normals[i] : glm::vec3(0, 0, 1);
            vertices.push_back({p.mesh.positions[i], n});
        }
        indices.insert(indices.end(), p.mesh.indices.begin(), p.mesh.indices.end());
        ranges_.push_back(r);
        vertexCounts_.push_back(p.mesh.positions.size());
    }
    vertexCount_ = vertices.size();
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertices.size() * sizeof(Vertex)), vertices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(indices.size() * sizeof(std::uint32_t)), indices.data(),
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
    bytes_ = vertices.size() * sizeof(Vertex) + indices.size() * sizeof(std::uint32_t) +
             vertexCount_ * sizeof(glm::vec4);
}

void GpuScene::setVertexZones(std::size_t part, const std::vector<glm::vec4>& zones) {
    if (part >= ranges_.size() || zones.size() != vertexCounts_[part]) return;
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    glBufferSubData(GL_ARRAY_BUFFER, GLintptr(std::size_t(ranges_[part].baseVertex) * sizeof(glm::vec4)),
                    GLsizeiptr(zones.size() * sizeof(glm::vec4)), zones.data());
    dirtyZoneParts_.push_back(part);
}

void GpuScene::clearZones() {
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    for (std::size_t part : dirtyZoneParts_) {
        const std::vector<glm::vec4> zero(vertexCounts_[part], glm::vec4(0.0f));
        glBufferSubData(GL_ARRAY_BUFFER, GLintptr(std::size_t(ranges_[part].baseVertex) * sizeof(glm::vec4)),
                        GLsizeiptr(zero.size() * sizeof(glm::vec4)), zero.data());
    }
    dirtyZoneParts_.clear();
}

GpuScene::~GpuScene() {
    glDeleteBuffers(1, &zoneVbo_);
    glDeleteBuffers(1, &ibo_);
    glDeleteBuffers(1, &vbo_);
    glDeleteVertexArrays(1, &vao_);
}

void GpuScene::drawPart(std::size_t part) const {
    const Range& r = ranges_[part];
    if (r.count == 0) return;
    glDrawElementsBaseVertex(GL_TRIANGLES, r.count, GL_UNSIGNED_INT,
                             reinterpret_cast<void*>(r.firstIndex * sizeof(std::uint32_t)), r.baseVertex);
}

}  // namespace tpa::render
