// Atlas layout detection: the prepared layout, BodyParts3D 4.0 and 3.0 fixtures the tests write,
// exact messages for directories that are none of these, and the shared atlas copy.
#include "io/atlas_layout.h"

#include "atlas_test_util.h"
#include "io/load_error.h"

using namespace tpa;
using core::Side;
using io::AtlasKind;
using io::AtlasLayoutKind;

namespace {

const io::AtlasElement& element(const io::AtlasLayout& layout, const std::string& id) {
    for (const auto& e : layout.elements)
        if (e.elementId == id) return e;
    FAIL("no element " << id);
    return layout.elements.front();
}

}  // namespace

TEST_CASE("the prepared layout is read from parts.tsv") {
    const auto dir = test::writePreparedFixture("prepared");
    const auto layout = io::detectAtlasLayout(dir);
    CHECK(layout.kind == AtlasLayoutKind::Prepared);
    REQUIRE(layout.elements.size() == 3);
    CHECK(element(layout, "FJ1521").name == "Descending part of right trapezius");
    CHECK(element(layout, "FJ1521").side == Side::Right);
    CHECK(element(layout, "FJ1521M").side == Side::Left);
    CHECK(element(layout, "FJ2810").kind == AtlasKind::Skin);
    CHECK(element(layout, "FJ1521").fmaId == "FMA33586");
}

TEST_CASE("a parts.tsv row with an unknown side names the file, line and column") {
    const auto dir = test::writePreparedFixture("prepared-bad");
    test::writeFile(dir / "parts.tsv", "file\tname\tkind\tside\nFJ1521.obj\tX\tmuscle\tup\n");
    CHECK_THROWS_WITH_AS(io::detectAtlasLayout(dir),
                         ((dir / "parts.tsv").string() +
                          ":2: column 'side': unknown side 'up' (expected left, right or midline)")
                             .c_str(),
                         io::LoadError);
}

TEST_CASE("the BodyParts3D 4.0 layout names each element by its most specific concept") {
    const auto dir = test::freshDir("bp3d40");
    const auto objs = dir / "isa_BP3D_4.0_obj_99";
    test::writeFile(objs / "FJ1521.obj", test::tetraObj(-80, 20, 1450));
    test::writeFile(objs / "FJ3384.obj", test::tetraObj(-150, 0, 1300));
    test::writeFile(objs / "FJ1451.obj", test::tetraObj(-100, -100, 1200));
    test::writeFile(objs / "FJ9999.obj", test::tetraObj(0, 0, 0));  // not in the list: skipped
    test::writeFile(dir / "isa_element_parts.txt",
                    "concept id\tEnglish name\trepresentation id\n"
                    "FMA33586\tdescending part of right trapezius\tFJ1521\n"
                    "FMA9626\ttrapezius\tFJ1521\n"
                    "FMA72954\tmuscular system\tFJ1521\n"
                    "FMA72954\tmuscular system\tFJ1451\n"
                    "FMA9756\texternal intercostal muscle\tFJ1451\n"
                    "FMA13395\tright scapula\tFJ3384\n"
                    "FMA23881\tskeletal system\tFJ3384\n");
    const auto layout = io::detectAtlasLayout(dir);
    CHECK(layout.kind == AtlasLayoutKind::BodyParts3D40);
    REQUIRE(layout.elements.size() == 3);
    const auto& trapezius = element(layout, "FJ1521");
    CHECK(trapezius.name == "Descending part of right trapezius");
    CHECK(trapezius.fmaId == "FMA33586");
    CHECK(trapezius.kind == AtlasKind::Muscle);
    CHECK(trapezius.side == Side::Right);
    CHECK(element(layout, "FJ3384").kind == AtlasKind::Bone);
    // No side in the name: the loader sides it from the geometry (it lies at negative x).
    CHECK(element(layout, "FJ1451").side == Side::Midline);
    io::AtlasLoadOptions options;
    options.useCache = false;
    options.registerLandmarks = false;
    const auto scene = io::loadAtlasFull(dir, options).scene;
    CHECK(scene.parts[std::size_t(scene.findPart("FJ1451"))].side == Side::Right);
}

TEST_CASE("the BodyParts3D 3.0 layout reads FMA*.obj and parts_list_e.txt") {
    const auto dir = test::freshDir("bp3d30");
    test::writeFile(dir / "FMA13395.obj", test::tetraObj(-150, 0, 1300));
    test::writeFile(dir / "FMA13396.obj", test::tetraObj(140, 0, 1300));
    test::writeFile(dir / "FMA7163.obj", test::tetraObj(-5, -5, 0, 1700));
    test::writeFile(dir / "FMA49001.obj", test::tetraObj(-50, -150, 1580));
    test::writeFile(dir / "parts_list_e.txt",
                    "\"id\"\ten\nFMA13395\tright scapula\nFMA13396\tleft scapula\nFMA7163\tskin\n"
                    "FMA49001\tsuperficial part of right masseter\nFMA9626\ttrapezius\n");
    const auto layout = io::detectAtlasLayout(dir);
    CHECK(layout.kind == AtlasLayoutKind::BodyParts3D30);
    REQUIRE(layout.elements.size() == 4);
    CHECK(element(layout, "FMA13395").kind == AtlasKind::Bone);
    CHECK(element(layout, "FMA13396").side == Side::Left);
    CHECK(element(layout, "FMA7163").kind == AtlasKind::Skin);
    CHECK(element(layout, "FMA49001").kind == AtlasKind::Muscle);
    CHECK(element(layout, "FMA49001").name == "Superficial part of right masseter");
}

TEST_CASE("a directory that is no atlas says what was looked for") {
    const auto dir = test::freshDir("not-an-atlas");
    const std::string looked =
        ": not a BodyParts3D atlas directory: looked for parts.tsv (prepared copy), FJ*.obj with "
        "isa_element_parts.txt or partof_element_parts.txt (BodyParts3D 4.0), and FMA*.obj with "
        "parts_list_e.txt (BodyParts3D 3.0), here and one folder down";
    CHECK_THROWS_WITH_AS(io::detectAtlasLayout(dir), (dir.string() + looked).c_str(),
                         io::LoadError);
    test::writeFile(dir / "FJ1.obj", test::tetraObj(0, 0, 0));
    CHECK_THROWS_WITH_AS(
        io::detectAtlasLayout(dir),
        (dir.string() + looked + " (found FJ*.obj files but no *_element_parts.txt list)").c_str(),
        io::LoadError);
    CHECK_THROWS_WITH_AS(io::detectAtlasLayout(dir / "missing"),
                         ((dir / "missing").string() + ": atlas directory not found").c_str(),
                         io::LoadError);
}

TEST_CASE("kind and side from FMA names") {
    using io::kindFromName;
    CHECK(kindFromName("Right trapezoid") == AtlasKind::Bone);
    CHECK(kindFromName("Seventh cervical vertebra") == AtlasKind::Bone);
    CHECK(kindFromName("Hyoid bone") == AtlasKind::Bone);
    CHECK(kindFromName("Right sternocleidomastoid") == AtlasKind::Muscle);
    CHECK(kindFromName("Long head of right biceps brachii") == AtlasKind::Muscle);
    CHECK(kindFromName("Right platysma") == AtlasKind::Muscle);
    CHECK(kindFromName("Diaphragm") == AtlasKind::Muscle);
    CHECK(kindFromName("Right arytenoid cartilage") == AtlasKind::Cartilage);
    CHECK(kindFromName("Right iliotibial tract") == AtlasKind::Ligament);
    CHECK(kindFromName("Skin") == AtlasKind::Skin);
    CHECK(kindFromName("Left coronary artery") == AtlasKind::Other);
    CHECK(io::sideFromName("Descending part of left trapezius") == Side::Left);
    CHECK(io::sideFromName("Diaphragm") == Side::Midline);
}

TEST_CASE("the shared atlas copy is detected as the prepared layout" *
          doctest::test_suite("atlas")) {
    TPA_REQUIRE_ATLAS();
    const auto layout = io::detectAtlasLayout(*test::atlasDir());
    CHECK(layout.kind == AtlasLayoutKind::Prepared);
    CHECK(layout.elements.size() > 700);
    std::size_t skins = 0, muscles = 0;
    for (const auto& e : layout.elements) {
        skins += e.kind == AtlasKind::Skin;
        muscles += e.kind == AtlasKind::Muscle;
        // The name heuristic agrees with the curated kind for every muscle and bone.
        if (e.kind == AtlasKind::Muscle || e.kind == AtlasKind::Bone)
            CHECK_MESSAGE(io::kindFromName(e.name) == e.kind, e.name);
    }
    CHECK(skins == 1);
    CHECK(muscles > 400);
}
