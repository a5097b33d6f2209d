// Mesh import: parts from nodes, names, tags, transforms, and exact errors for bad files.
#include "io/load_error.h"
#include "io/model_importer.h"
#include "io/part_tags.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using tpa::io::importModel;
using tpa::io::LoadError;

namespace {

fs::path tempDir() {
    fs::path dir = fs::temp_directory_path() / "tpatlas-io-tests";
    fs::create_directories(dir);
    return dir;
}

fs::path writeText(const std::string& name, const std::string& text) {
    const fs::path p = tempDir() / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

// Two named objects: a tetrahedron and a quad (two triangles).
const char* kTwoObjects =
    "o Left_Biceps_muscle\n"
    "v 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\n"
    "f 1 3 2\nf 1 2 4\nf 2 3 4\nf 3 1 4\n"
    "o Femur_bone\n"
    "v 0 0 20\nv 10 0 20\nv 10 10 20\nv 0 10 20\n"
    "f 5 6 7 8\n";

}  // namespace

TEST_CASE("an OBJ with two objects becomes two named, tagged parts") {
    auto scene = importModel(writeText("two.obj", kTwoObjects));
    REQUIRE(scene.parts.size() == 2);
    const auto& muscle = scene.parts[scene.findPart("left-biceps-muscle")];
    CHECK(muscle.name == "Left_Biceps_muscle");
    CHECK(muscle.kind == tpa::core::PartKind::Muscle);
    CHECK(muscle.side == tpa::core::Side::Left);
    CHECK(muscle.mesh.triangleCount() == 4);
    CHECK(muscle.mesh.normals.size() == muscle.mesh.positions.size());
    const int bone = scene.findPart("femur-bone");
    REQUIRE(bone >= 0);
    CHECK(scene.parts[bone].kind == tpa::core::PartKind::Bone);
    CHECK(scene.parts[bone].layer == tpa::core::Layer::Bone);
    CHECK(scene.parts[bone].mesh.triangleCount() == 2);  // the quad was triangulated
    CHECK(scene.triangleCount() == 6);
}

TEST_CASE("an ASCII STL opens as one part named after the file") {
    const char* stl =
        "solid\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\n"
        "endsolid\n";
    auto scene = importModel(writeText("plate.stl", stl));
    REQUIRE(scene.parts.size() == 1);
    CHECK(scene.parts[0].mesh.triangleCount() == 1);
    CHECK(scene.parts[0].id == "plate");
}

TEST_CASE("bad model files give messages naming the file") {
    const fs::path missing = tempDir() / "nope.obj";
    CHECK_THROWS_WITH_AS(importModel(missing), (missing.string() + ": file not found").c_str(), LoadError);

    const fs::path empty = writeText("empty.obj", "");
    CHECK_THROWS_WITH_AS(importModel(empty), (empty.string() + ": file is empty").c_str(), LoadError);

    CHECK_THROWS_WITH_AS(importModel(tempDir()),
                         (tempDir().string() + ": is a directory, not a mesh file (use --atlas for an atlas directory)").c_str(),
                         LoadError);

    const fs::path noTris = writeText("points.obj", "v 0 0 0\nv 1 0 0\n");
    CHECK_THROWS_AS(importModel(noTris), LoadError);

    const fs::path nan = writeText("nan.obj", "o Thing\nv nan 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    CHECK_THROWS_AS(importModel(nan), LoadError);

    const fs::path garbage = writeText("garbage.glb", std::string("glTF\x02\0\0\0garbage", 15));
    try {
        importModel(garbage);
        FAIL("garbage file was accepted");
    } catch (const LoadError& e) {
        CHECK(std::string(e.what()).rfind(garbage.string() + ": cannot read mesh: ", 0) == 0);
    }
}

TEST_CASE("name heuristics") {
    using tpa::io::guessPartTags;
    CHECK(guessPartTags("Right gluteus maximus muscle").side == tpa::core::Side::Right);
    CHECK(guessPartTags("skin").kind == tpa::core::PartKind::Skin);
    CHECK(guessPartTags("Skull").layer == tpa::core::Layer::Bone);
    CHECK(tpa::io::slugify("  Left Biceps_brachii ") == "left-biceps-brachii");
    CHECK(tpa::io::slugify("***") == "part");
}
