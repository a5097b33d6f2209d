// Assimp import: node hierarchy flattened with transforms, one part per node, checked input.
#include "io/model_importer.h"

#include "io/atlas_lod.h"
#include "io/load_error.h"
#include "io/obj_reader.h"
#include "io/part_tags.h"
#include "io/utf8.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>

namespace tpa::io {
namespace {

glm::mat4 toGlm(const aiMatrix4x4& m) {
    // Assimp matrices are row-major; GLM is column-major.
    return glm::mat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4, m.d4);
}

struct Builder {
    const std::filesystem::path& file;
    const aiScene& ai;
    core::Scene& scene;
    std::set<std::string> ids;

    std::string uniqueId(const std::string& base) {
        std::string id = base;
        for (int n = 2; ids.count(id); ++n) id = base + "-" + std::to_string(n);
        ids.insert(id);
        return id;
    }

    std::string nodeName(const aiNode& node, std::size_t partNumber) const {
        // Names come from the file's author: keep them printable in messages and JSON output.
        std::string name = sanitizedUtf8(node.mName.C_Str());
        // Formats without object names give generic node names; the file name reads better.
        if (name.empty() || name == "defaultobject" || name.front() == '<' || name == "RootNode" ||
            name == "Scene")
            name = node.mNumMeshes > 0 && ai.mMeshes[node.mMeshes[0]]->mName.length > 0
                       ? sanitizedUtf8(ai.mMeshes[node.mMeshes[0]]->mName.C_Str())
                       : file.stem().string() + (partNumber > 0 ? " " + std::to_string(partNumber + 1) : "");
        return name;
    }

    void addNode(const aiNode& node, const glm::mat4& parent) {
        const glm::mat4 world = parent * toGlm(node.mTransformation);
        if (node.mNumMeshes > 0) {
            core::Part part;
            part.name = nodeName(node, scene.parts.size());
            const auto tags = guessPartTags(part.name);
            part.kind = tags.kind;
            part.side = tags.side;
            part.layer = tags.layer;
            part.id = uniqueId(slugify(part.name));
            for (unsigned m = 0; m < node.mNumMeshes; ++m) appendMesh(part, *ai.mMeshes[node.mMeshes[m]]);
            part.mesh.transform(world);
            for (const auto& p : part.mesh.positions)
                if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z) ||
                    std::max({std::abs(p.x), std::abs(p.y), std::abs(p.z)}) > kMaxMeshCoordinate)
                    throw LoadError(file.string() + ": part '" + part.name +
                                    "': its node transform puts vertices out of range (not finite or more than 1e7)");
            if (part.mesh.triangleCount() > 0) scene.parts.push_back(std::move(part));
        }
        for (unsigned c = 0; c < node.mNumChildren; ++c) addNode(*node.mChildren[c], world);
    }

    void appendMesh(core::Part& part, const aiMesh& mesh) {
        core::Mesh m;
        m.positions.reserve(mesh.mNumVertices);
        for (unsigned v = 0; v < mesh.mNumVertices; ++v) {
            const aiVector3D& p = mesh.mVertices[v];
            if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
                throw LoadError(file.string() + ": part '" + part.name + "': vertex " + std::to_string(v + 1) +
                                ": coordinate is not a finite number");
            if (std::max({std::abs(p.x), std::abs(p.y), std::abs(p.z)}) > kMaxMeshCoordinate)
                throw LoadError(file.string() + ": part '" + part.name + "': vertex " + std::to_string(v + 1) +
                                ": coordinate is out of range (more than 1e7 in magnitude)");
            m.positions.emplace_back(p.x, p.y, p.z);
            if (mesh.mNormals) m.normals.emplace_back(mesh.mNormals[v].x, mesh.mNormals[v].y, mesh.mNormals[v].z);
        }
        for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
            const aiFace& face = mesh.mFaces[f];
            if (face.mNumIndices != 3) continue;  // points and lines left by the triangulator
            for (int k = 0; k < 3; ++k) m.indices.push_back(face.mIndices[k]);
        }
        if (m.normals.size() != m.positions.size()) m.normals.clear();
        if (m.normals.empty()) m.computeNormals();
        part.mesh.append(m);
    }
};

}  // namespace

core::Scene importModel(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw LoadError(path.string() + ": file not found");
    if (std::filesystem::is_directory(path, ec))
        throw LoadError(path.string() + ": is a directory, not a mesh file (use --atlas for an atlas directory)");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) throw LoadError(path.string() + ": cannot read: " + ec.message());
    if (size == 0) throw LoadError(path.string() + ": file is empty");
    if (size > kMaxModelBytes)
        throw LoadError(path.string() + ": file is " + std::to_string(size >> 20) + " MiB, more than the " +
                        std::to_string(kMaxModelBytes >> 20) + " MiB a model may have");

    // Assimp's OBJ reader turns "nan" and "inf" into ordinary numbers; ours refuses them
    // with the line, so an OBJ is checked by it first (it is fast) and never half-loads.
    std::string ext = path.extension().string();
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".obj") (void)readObj(path);

    Assimp::Importer importer;
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    const aiScene* ai = importer.ReadFile(
        path.string(), aiProcess_Triangulate | aiProcess_JoinIdenticalVertices | aiProcess_SortByPType |
                           aiProcess_FindDegenerates | aiProcess_GenSmoothNormals | aiProcess_ValidateDataStructure);
    if (!ai || !ai->mRootNode || (ai->mFlags & AI_SCENE_FLAGS_INCOMPLETE))
        throw LoadError(path.string() + ": cannot read mesh: " + importer.GetErrorString());

    core::Scene scene;
    scene.source = path.string();
    Builder builder{path, *ai, scene, {}};
    builder.addNode(*ai->mRootNode, glm::mat4(1.0f));
    if (scene.parts.empty()) throw LoadError(path.string() + ": contains no triangles");
    prepareForDrawing(scene);
    return scene;
}

}  // namespace tpa::io
