// Uploads every part straight from its mesh into shared buffers, without an interleaved
// copy: all positions, then all normals, in one vertex buffer; all indices in another. Full
// meshes come first, then the simplified ones when they are wanted.
#include "render/gpu_scene.h"

#include <algorithm>

namespace tpa::render {
namespace {

const std::vector<glm::vec3>& normalsOf(const core::Mesh& mesh, std::vector<glm::vec3>& fallback) {
    if (mesh.normals.size() >= mesh.positions.size()) return mesh.normals;
    fallback.assign(mesh.positions.size(), glm::vec3(0, 0, 1));  // unlit but drawn
    std::copy(mesh.normals.begin(), mesh.normals.end(), fallback.begin());
    return fallback;
}

}  // namespace

GpuScene::GpuScene(const core::Scene& scene, bool withLods) {
    std::vector<const core::Mesh*> meshes;  // upload order: full meshes, then LODs
    for (const auto& p : scene.parts) meshes.push_back(&p.mesh);
    if (withLods)
        for (const auto& p : scene.parts) meshes.push_back(&p.lod);
    std::size_t indexCount = 0;
    for (const auto* m : meshes) {
        Range r;
        r.firstIndex = indexCount;
        r.count = GLsizei(m->indices.size());
        r.baseVertex = GLint(vertexCount_);
        (full_.size() < scene.parts.size() ? full_ : lod_).push_back(r);
        vertexCount_ += m->positions.size();
        indexCount += m->indices.size();
    }
    for (const auto& p : scene.parts) vertexCounts_.push_back(p.mesh.positions.size());
    if (!withLods) lod_.assign(full_.size(), Range{});
    zoned_.assign(full_.size(), false);

    const std::size_t vec3Bytes = sizeof(glm::vec3);
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(2 * vertexCount_ * vec3Bytes), nullptr, GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(indexCount * sizeof(std::uint32_t)), nullptr, GL_STATIC_DRAW);
    std::vector<glm::vec3> fallback;
    for (std::size_t i = 0; i < meshes.size(); ++i) {
        const core::Mesh& m = *meshes[i];
        if (m.positions.empty()) continue;
        const Range& r = i < full_.size() ? full_[i] : lod_[i - full_.size()];
        const std::size_t first = std::size_t(r.baseVertex);
        glBufferSubData(GL_ARRAY_BUFFER, GLintptr(first * vec3Bytes), GLsizeiptr(m.positions.size() * vec3Bytes),
                        m.positions.data());
        glBufferSubData(GL_ARRAY_BUFFER, GLintptr((vertexCount_ + first) * vec3Bytes),
                        GLsizeiptr(m.positions.size() * vec3Bytes), normalsOf(m, fallback).data());
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, GLintptr(r.firstIndex * sizeof(std::uint32_t)),
                        GLsizeiptr(m.indices.size() * sizeof(std::uint32_t)), m.indices.data());
    }
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 0, reinterpret_cast<void*>(vertexCount_ * vec3Bytes));
    // Zones (attribute 2) stay a constant zero until a part first gets some: most pictures
    // have none, and a zeroed buffer for every vertex would cost as much as the normals.
    glDisableVertexAttribArray(2);
    glBindVertexArray(0);
    bytes_ = 2 * vertexCount_ * vec3Bytes + indexCount * sizeof(std::uint32_t);
}

void GpuScene::bind() const {
    glBindVertexArray(vao_);
    // The constant value of a disabled attribute belongs to the context, not the VAO.
    if (!zoneVbo_) glVertexAttrib4f(2, 0.0f, 0.0f, 0.0f, 0.0f);
}

void GpuScene::ensureZoneBuffer() {
    if (zoneVbo_) return;
    glGenBuffers(1, &zoneVbo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    const std::vector<glm::vec4> noZones(vertexCount_, glm::vec4(0.0f));
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertexCount_ * sizeof(glm::vec4)), noZones.data(), GL_DYNAMIC_DRAW);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, sizeof(glm::vec4), nullptr);
    glBindVertexArray(0);
    bytes_ += vertexCount_ * sizeof(glm::vec4);
}

void GpuScene::setVertexZones(std::size_t part, const std::vector<glm::vec4>& zones) {
    if (part >= full_.size() || zones.size() != vertexCounts_[part]) return;
    // Data without any zone weight or paint (z is only a distance) still lets the part use its
    // LOD, and draws like the constant zero: no buffer is needed for it yet.
    zoned_[part] = std::any_of(zones.begin(), zones.end(), [](const glm::vec4& z) { return z.x > 0.0f || z.y > 0.0f || z.w > 0.0f; });
    if (!zoned_[part] && !zoneVbo_) return;
    ensureZoneBuffer();
    glBindBuffer(GL_ARRAY_BUFFER, zoneVbo_);
    glBufferSubData(GL_ARRAY_BUFFER, GLintptr(std::size_t(full_[part].baseVertex) * sizeof(glm::vec4)),
                    GLsizeiptr(zones.size() * sizeof(glm::vec4)), zones.data());
}

void GpuScene::clearZones() {
    if (!zoneVbo_) return;
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
    if (zoneVbo_) glDeleteBuffers(1, &zoneVbo_);
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
