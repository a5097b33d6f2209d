// Bad atlas directories and lists, one case per row of docs/robustness.md: each is refused
// with the list, line and column (or the file) named; none crashes or half-loads.
#include "atlas_test_util.h"
#include "io/load_error.h"

#include <doctest/doctest.h>
#include <sstream>
#include <unistd.h>

using namespace tpa;

namespace {

std::string manifestError(const std::string& text) {
    std::istringstream in(text);
    try {
        io::parsePreparedManifest(in, "/atlas", "parts.tsv");
    } catch (const io::LoadError& e) {
        return e.what();
    }
    return "(accepted)";
}

std::string elementListError(const std::string& text) {
    std::istringstream in(text);
    try {
        io::parseElementList(in, "isa_element_parts.txt");
    } catch (const io::LoadError& e) {
        return e.what();
    }
    return "(accepted)";
}

std::string conceptListError(const std::string& text) {
    std::istringstream in(text);
    try {
        io::parseConceptNames(in, "parts_list_e.txt");
    } catch (const io::LoadError& e) {
        return e.what();
    }
    return "(accepted)";
}

const std::string kHeader = "file\tfj_id\tname\tkind\tside\n";

}  // namespace

TEST_CASE("parts.tsv: empty, header only, truncated row, wrong type, missing column") {
    CHECK(manifestError("") == "parts.tsv: file is empty");
    CHECK(manifestError(kHeader) == "parts.tsv: lists no parts");
    CHECK(manifestError(kHeader + "a.obj\ta\tA") ==
          "parts.tsv:2: column 'side': unknown side '' (expected left, right or midline)");
    CHECK(manifestError(kHeader + "a.obj\ta\tA\t3\tleft\n") ==
          "parts.tsv:2: column 'kind': unknown kind '3' (expected muscle, bone, cartilage, ligament or skin)");
    CHECK(manifestError("file\tname\tkind\n") == "parts.tsv:1: missing column 'side'");
    CHECK(manifestError("\x7f" "ELF\x02\x01\x01") == "parts.tsv:1: missing column 'file'");
    CHECK(manifestError(kHeader + "../etc/passwd\ta\tA\tmuscle\tleft\n") ==
          "parts.tsv:2: column 'file': '../etc/passwd' must be a file name in the atlas directory");
}

TEST_CASE("parts.tsv: duplicate files, ids and columns, and non-UTF-8 names") {
    CHECK(manifestError(kHeader + "a.obj\ta\tA\tmuscle\tleft\nb.obj\tb\tB\tbone\tleft\na.obj\tc\tC\tbone\tleft\n") ==
          "parts.tsv:4: column 'file': 'a.obj' is already listed on line 2");
    CHECK(manifestError(kHeader + "a.obj\tFJ1\tA\tmuscle\tleft\nb.obj\tFJ1\tB\tbone\tleft\n") ==
          "parts.tsv:3: duplicate part id 'FJ1' (already on line 2)");
    CHECK(manifestError("file\tname\tkind\tside\tname\n") == "parts.tsv:1: column 'name' appears twice");
    CHECK(manifestError(kHeader + "a.obj\ta\tTrap\xe8ze\tmuscle\tleft\n") ==
          "parts.tsv:2: column 'name': not UTF-8 text; save parts.tsv with UTF-8 encoding");
}

TEST_CASE("parts.tsv: a huge row is read without trouble") {
    const std::string longName(1 << 20, 'x');
    std::istringstream in(kHeader + "a.obj\ta\t" + longName + "\tmuscle\tleft\n");
    const auto layout = io::parsePreparedManifest(in, "/atlas", "parts.tsv");
    REQUIRE(layout.elements.size() == 1);
    CHECK(layout.elements[0].name.size() == longName.size());
}

TEST_CASE("official lists: malformed rows, huge cells and non-UTF-8 names name the line") {
    CHECK(elementListError("") == "(accepted)");  // empty: the layout then finds no named OBJ
    CHECK(elementListError("concept\telement\tname\nFMA1\tFJ1\tA\nFMA2\tB\n") ==
          "isa_element_parts.txt:3: expected a concept id (FMA...), an element id (FJ...) and a name, tab-separated");
    CHECK(elementListError("h\nFMA1\tFJ1\t" + std::string(1 << 20, '9') + "\n") == "(accepted)");
    CHECK(elementListError("h\n" + std::string(1 << 20, 'F') + "\tFJ1\n") ==
          "isa_element_parts.txt:2: expected a concept id (FMA...), an element id (FJ...) and a name, tab-separated");
    CHECK(elementListError("h\nFMA1\tFJ1\tm\xfascle\n") ==
          "isa_element_parts.txt:2: the name is not UTF-8 text; save the list with UTF-8 encoding");
    CHECK(conceptListError("id\ten\nFMA1\n") ==
          "parts_list_e.txt:2: expected an FMA id and an English name, tab-separated");
    CHECK(conceptListError("id\ten\nFMA1\tm\xfascle\n") ==
          "parts_list_e.txt:2: the name is not UTF-8 text; save the list with UTF-8 encoding");
    CHECK(io::isAtlasId("FJ1521M", "FJ", true));
    CHECK_FALSE(io::isAtlasId("FJM", "FJ", true));
    CHECK_FALSE(io::isAtlasId("FMA12a", "FMA"));
}

TEST_CASE("atlas directory: missing, a file, a listed OBJ missing or broken, no usable parts") {
    CHECK_THROWS_WITH_AS(io::detectAtlasLayout("/nonexistent/atlas"), "/nonexistent/atlas: atlas directory not found",
                         io::LoadError);
    io::AtlasLoadOptions options;
    options.useCache = false;
    options.registerLandmarks = false;
    const auto dir = test::writePreparedFixture("robust-missing-obj");
    std::filesystem::remove(dir / "FJ1521M.obj");
    CHECK_THROWS_WITH_AS(io::loadAtlasFull(dir, options),
                         ((dir / "FJ1521M.obj").string() + ": cannot open file (No such file or directory)").c_str(),
                         io::LoadError);
    test::writeFile(dir / "FJ1521M.obj", "v 0 0 0\nv 1 0 0\nv 0 1 inf\nf 1 2 3\n");
    CHECK_THROWS_WITH_AS(io::loadAtlasFull(dir, options),
                         ((dir / "FJ1521M.obj").string() + ":3: vertex coordinate 3 is not a finite number").c_str(),
                         io::LoadError);
    test::writeFile(dir / "FJ1521M.obj", "v 0 0 0\nv 0 0 0\n");
    CHECK_THROWS_WITH_AS(io::loadAtlasFull(dir, options),
                         ((dir / "FJ1521M.obj").string() + ": contains no triangles").c_str(), io::LoadError);
    std::filesystem::remove_all(dir / "FJ1521M.obj");
    std::filesystem::create_directory(dir / "FJ1521M.obj");
    CHECK_THROWS_WITH_AS(io::loadAtlasFull(dir, options),
                         ((dir / "FJ1521M.obj").string() + ": is a directory, not an OBJ file").c_str(),
                         io::LoadError);
    if (geteuid() == 0) {
        MESSAGE("running as root, which reads any file: the unreadable parts.tsv case is checked by the app suite");
    } else {
        std::filesystem::permissions(dir / "parts.tsv", std::filesystem::perms::none);
        CHECK_THROWS_WITH_AS(io::detectAtlasLayout(dir), ((dir / "parts.tsv").string() + ": cannot open file").c_str(),
                             io::LoadError);
        std::filesystem::permissions(dir / "parts.tsv", std::filesystem::perms::owner_all);
    }
}
