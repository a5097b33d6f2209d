// Embedded body: determinism, closed manifold meshes, and every knowledge-base muscle on both
// sides.
#include "body/embedded_body.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "body/mesh_ops.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;

namespace {

// The muscle table of docs/knowledge-schema.md: id -> layer.
std::map<std::string, std::string> schemaMuscles() {
    std::ifstream in(std::string(TPA_SOURCE_DIR) + "/docs/knowledge-schema.md");
    std::map<std::string, std::string> out;
    const std::regex row(R"(^\| [a-z-]+ \| ([a-z0-9-]+) \| (superficial|intermediate|deep) \|)");
    std::string line;
    std::smatch m;
    while (std::getline(in, line))
        if (std::regex_search(line, m, row)) out[m[1]] = m[2];
    return out;
}

}  // namespace

TEST_CASE("the embedded body builds deterministically and quickly") {
    const auto start = std::chrono::steady_clock::now();
    const auto scene = tpa::body::buildEmbeddedBody();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("embedded body: %.0f ms, %zu parts, %zu triangles\n", ms, scene.parts.size(),
                scene.triangleCount());
    const auto& cached = embeddedScene();
    REQUIRE(scene.parts.size() == cached.parts.size());
    for (std::size_t i = 0; i < scene.parts.size(); ++i) {
        CAPTURE(scene.parts[i].id);
        CHECK(scene.parts[i].id == cached.parts[i].id);
        CHECK(tpa::body::meshHash(scene.parts[i].mesh) ==
              tpa::body::meshHash(cached.parts[i].mesh));
    }
    CHECK(scene.source == "embedded body");
    // Budget for a software renderer orbiting at 60 fps.
    CHECK(scene.triangleCount() <= 400000);
}

TEST_CASE("skin is one closed, manifold, smooth-shaded surface of the right size") {
    const auto& scene = embeddedScene();
    const int i = scene.findPart("skin");
    REQUIRE(i >= 0);
    const auto& skin = scene.parts[static_cast<std::size_t>(i)];
    CHECK(skin.kind == tpa::core::PartKind::Skin);
    CHECK(skin.layer == tpa::core::Layer::Skin);
    CHECK(skin.side == tpa::core::Side::Midline);
    CHECK(tpa::body::test::closedManifoldError(skin.mesh) == "");
    CHECK(skin.mesh.normals.size() == skin.mesh.positions.size());
    CHECK(skin.mesh.triangleCount() >= 40000);
    CHECK(skin.mesh.triangleCount() <= 100000);
}

TEST_CASE("every muscle part is a closed manifold with outward winding") {
    for (const auto& part : embeddedScene().parts) {
        if (part.kind != tpa::core::PartKind::Muscle) continue;
        CAPTURE(part.id);
        CHECK(tpa::body::test::closedManifoldError(part.mesh) == "");
        double volume = 0.0;
        const auto& p = part.mesh.positions;
        for (std::size_t t = 0; t < part.mesh.indices.size(); t += 3)
            volume += glm::dot(p[part.mesh.indices[t]], glm::cross(p[part.mesh.indices[t + 1]],
                                                                   p[part.mesh.indices[t + 2]])) /
                      6.0;
        CHECK(volume > 100.0);  // mm^3: positive means outward, and not collapsed flat
        CHECK(part.mesh.normals.size() == part.mesh.positions.size());
    }
}

TEST_CASE("every schema muscle exists on both sides with the schema's layer") {
    const auto schema = schemaMuscles();
    CHECK(schema.size() == 89);
    const auto& scene = embeddedScene();
    for (const auto& [id, layer] : schema) {
        for (const char* side : {"left", "right"}) {
            CAPTURE(id);
            const int i = scene.findPart(id + "." + side);
            REQUIRE(i >= 0);
            const auto& part = scene.parts[static_cast<std::size_t>(i)];
            CHECK(part.kind == tpa::core::PartKind::Muscle);
            CHECK(part.muscleId == id);
            CHECK(tpa::core::toText(part.layer) == layer);
            CHECK(part.side ==
                  (std::string(side) == "left" ? tpa::core::Side::Left : tpa::core::Side::Right));
            CHECK(part.name.find(std::string("(") + side + ")") != std::string::npos);
        }
    }
    // Every knowledge-base muscle part is one of those; the context muscles carry no id.
    std::size_t muscles = 0;
    for (const auto& part : scene.parts)
        muscles += part.kind == tpa::core::PartKind::Muscle && !part.muscleId.empty();
    CHECK(muscles == 2 * schema.size());
}

TEST_CASE("every knowledge-base muscle file entry has a left and right part") {
    const std::filesystem::path dir =
        std::filesystem::path(TPA_SOURCE_DIR) / "assets/knowledge/muscles";
    if (!std::filesystem::exists(dir)) return;
    const auto& scene = embeddedScene();
    std::set<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".json") files.insert(entry.path());
    for (const auto& file : files) {
        std::ifstream in(file);
        const auto json = nlohmann::json::parse(in, nullptr, false);
        CAPTURE(file.filename().string());
        REQUIRE(!json.is_discarded());
        for (const auto& m : json.value("muscles", nlohmann::json::array())) {
            const std::string id = m.value("id", "");
            CAPTURE(id);
            CHECK(scene.findPart(id + ".left") >= 0);
            CHECK(scene.findPart(id + ".right") >= 0);
        }
    }
}

TEST_CASE("the skeleton has the major bones") {
    const auto& scene = embeddedScene();
    for (const char* id : {"skull", "mandible", "spine", "rib-cage", "sternum", "pelvis"}) {
        CAPTURE(id);
        const int i = scene.findPart(id);
        REQUIRE(i >= 0);
        CHECK(scene.parts[static_cast<std::size_t>(i)].kind == tpa::core::PartKind::Bone);
        CHECK(scene.parts[static_cast<std::size_t>(i)].layer == tpa::core::Layer::Bone);
    }
    for (const char* id : {"clavicle", "scapula", "humerus", "radius", "ulna", "hand", "femur",
                           "patella", "tibia", "fibula", "foot"})
        for (const char* side : {".left", ".right"}) {
            CAPTURE(std::string(id) + side);
            CHECK(scene.findPart(std::string(id) + side) >= 0);
        }
}

TEST_CASE("every part is closed, manifold and wound outward, left and right") {
    // The renderer culls back faces of parts that pass exactly this check: a triangle facing
    // into its part would become a hole.
    int bad = 0;
    for (const auto& part : embeddedScene().parts) {
        CAPTURE(part.id);
        const std::string error = tpa::body::test::outwardError(part.mesh);
        if (!error.empty()) std::printf("%s: %s\n", part.id.c_str(), error.c_str());
        bad += !error.empty();
        CHECK(error == "");
    }
    CHECK(bad == 0);
}

TEST_CASE("bones are closed meshes") {
    int open = 0;
    for (const auto& part : embeddedScene().parts) {
        if (part.kind != tpa::core::PartKind::Bone) continue;
        const std::string error = tpa::body::test::closedManifoldError(part.mesh);
        if (!error.empty()) std::printf("bone %s: %s\n", part.id.c_str(), error.c_str());
        open += !error.empty();
    }
    CHECK(open == 0);
}

TEST_CASE("vertexPieces gives every vertex of one connected piece the same name") {
    // Two triangles sharing an edge, a third on its own, and a vertex no triangle uses.
    tpa::core::Mesh mesh;
    mesh.positions.assign(8, glm::vec3(0.0f));
    mesh.indices = {0, 1, 2, 2, 1, 3, 4, 5, 6};
    const auto piece = tpa::body::vertexPieces(mesh);
    REQUIRE(piece.size() == 8);
    CHECK(piece[0] == piece[1]);
    CHECK(piece[0] == piece[2]);
    CHECK(piece[0] == piece[3]);
    CHECK(piece[4] == piece[5]);
    CHECK(piece[4] == piece[6]);
    CHECK(piece[0] != piece[4]);
    CHECK(piece[7] == 7);
    CHECK(piece[7] != piece[0]);
    CHECK(piece[7] != piece[4]);
}
