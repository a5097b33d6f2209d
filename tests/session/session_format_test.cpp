// .tpsession round trip, atomic writes, and exact messages for damaged and newer files.
#include "session/session_format.h"
#include "session_test_util.h"

#include "io/load_error.h"

#include <csignal>
#include <doctest/doctest.h>
#include <sys/resource.h>

using namespace tpa;
using tpa::session::parseSession;

namespace {

// The sample session's JSON with one field changed by a text replacement.
std::string sampleWith(const std::string& from, const std::string& to) {
    std::string text = session::serializeSession(test::sampleSession());
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string errorOf(const std::string& text) {
    const auto parsed = parseSession(text, "visit.tpsession");
    CHECK_FALSE(parsed);
    return parsed.error;
}

}  // namespace

TEST_CASE("a session survives save and open unchanged") {
    const auto dir = test::freshDir("roundtrip");
    const auto original = test::sampleSession();
    session::writeSessionFile(dir / "jd.tpsession", original);
    const auto reread = session::readSessionFile(dir / "jd.tpsession");
    CHECK(reread == original);
    CHECK(reread.drawing.marks.size() == 3);
    CHECK(reread.drawing.marks[0].qualities == std::vector<std::string>{"aching", "burning"});
    CHECK(reread.examined[0].jumpSign);
    CHECK(test::slurp(dir / "jd.tpsession").find("\"format\": \"tpatlas-session\"") != std::string::npos);
}

TEST_CASE("an empty session round-trips and optional lists may be left out") {
    session::ClientSession empty;
    empty.date = "2026-01-02";
    CHECK(parseSession(session::serializeSession(empty), "x").session == empty);
    const auto minimal = parseSession(R"({"format":"tpatlas-session","version":1,"client":"A","date":"2026-01-02"})", "x");
    REQUIRE(minimal);
    CHECK(minimal.session->examined.empty());
}

TEST_CASE("damaged JSON names the file, line and column") {
    CHECK(errorOf("{\n  \"format\": \"tpatlas-session\",\n  \"version\": 1,\n  oops\n}") ==
          "visit.tpsession: line 4, column 3: not valid JSON (the file is damaged or not a session)");
}

TEST_CASE("a number too large for a double is damage, not a crash (found by the session fuzzer)") {
    CHECK(errorOf("{\"format\": 444444E4444444444444444444444444444444, \"x\": 1}") ==
          "visit.tpsession: not valid JSON: a number is too large to represent (the file is damaged)");
    CHECK(errorOf(sampleWith("\"pressure\": 6", "\"pressure\": 6E999")) ==
          "visit.tpsession: not valid JSON: a number is too large to represent (the file is damaged)");
}

TEST_CASE("a newer version is refused with the reason, not half-read") {
    CHECK(errorOf(sampleWith("\"version\": 1", "\"version\": 2")) ==
          "visit.tpsession: session: field 'version': expected 1, got 2 (written by a newer tpatlas; update it to open "
          "this file)");
}

TEST_CASE("malformed fields give file, entry, field and what was expected") {
    CHECK(errorOf(sampleWith("\"format\": \"tpatlas-session\"", "\"format\": \"tpatlas-model\"")) ==
          "visit.tpsession: session: field 'format': expected \"tpatlas-session\", got \"tpatlas-model\"");
    CHECK(errorOf(sampleWith("\"date\": \"2026-11-20\"", "\"date\": \"20/11/2026\"")) ==
          "visit.tpsession: session: field 'date': expected a date YYYY-MM-DD, got \"20/11/2026\"");
    CHECK(errorOf(sampleWith("\"pressure\": 6", "\"pressure\": 12")) ==
          "visit.tpsession: examined[0]: field 'pressure': expected a whole number 0-10, got 12");
    CHECK(errorOf(sampleWith("\"side\": \"right\",\n      \"pressure\"", "\"side\": \"up\",\n      \"pressure\"")) ==
          "visit.tpsession: examined[0]: field 'side': expected \"left\" or \"right\", got \"up\"");
    CHECK(errorOf(sampleWith("\"intensity\": 4.0", "\"intensity\": 11")) ==
          "visit.tpsession: painDrawing.marks[1]: field 'intensity': expected a number 0-10, got 11");
    CHECK(errorOf(sampleWith("\"burning\"", "\"itchy\"")) ==
          "visit.tpsession: painDrawing.marks[0]: field 'qualities': expected words from aching, burning, sharp, "
          "tingling, throbbing, numb, got \"itchy\"");
    CHECK(errorOf(sampleWith("\"upper-trapezius/1\"", "\"stretch\"")) ==
          "visit.tpsession: selfCare: field 'items': expected ids of the form muscle-id/N, got \"stretch\"");
    CHECK(errorOf(R"({"format":"tpatlas-session","version":1,"date":"2026-01-02"})") ==
          "visit.tpsession: session: field 'client': expected a string, got nothing (missing)");
    CHECK(errorOf("[1, 2]") == "visit.tpsession: session: expected an object {...}, got [1,2]");
}

TEST_CASE("a file that cannot be read is a LoadError naming it") {
    CHECK_THROWS_WITH_AS(session::readSessionFile("/nonexistent/a.tpsession"),
                         "/nonexistent/a.tpsession: cannot open the file for reading", io::LoadError);
}

TEST_CASE("a failure in the middle of a save leaves the last good file whole") {
    const auto dir = test::freshDir("atomic");
    const auto path = dir / "client.tpsession";
    const auto good = test::sampleSession();
    session::writeSessionFile(path, good);
    const std::string before = test::slurp(path);

    auto bigger = good;
    bigger.notes = std::string(1 << 16, 'n');  // far beyond the file-size limit set below
    // RLIMIT_FSIZE makes write() fail partway, as a full disk would.
    struct rlimit old {};
    ::getrlimit(RLIMIT_FSIZE, &old);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = old;
    tiny.rlim_cur = before.size() / 2;
    ::setrlimit(RLIMIT_FSIZE, &tiny);
    CHECK_THROWS_AS(session::writeSessionFile(path, bigger), std::runtime_error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    CHECK(test::slurp(path) == before);
    CHECK(session::readSessionFile(path) == good);
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("self-care ids split back into muscle and index") {
    std::string muscle;
    std::size_t index = 99;
    CHECK(session::splitSelfCareId(session::selfCareId("levator-scapulae", 2), muscle, index));
    CHECK(muscle == "levator-scapulae");
    CHECK(index == 2);
    CHECK_FALSE(session::splitSelfCareId("levator-scapulae/0", muscle, index));
    CHECK_FALSE(session::splitSelfCareId("/3", muscle, index));
    CHECK(std::string(session::pressureWord(2)) == "light");
    CHECK(std::string(session::pressureWord(5)) == "moderate");
    CHECK(std::string(session::pressureWord(9)) == "firm");
}
