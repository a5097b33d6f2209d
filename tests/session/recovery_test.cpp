// Autosave recovery, the autosave timer, the recent list and a client's history.
#include "session/client_history.h"
#include "session/recovery_store.h"
#include "session/session_format.h"
#include "session_test_util.h"

#include <doctest/doctest.h>

using namespace tpa;

TEST_CASE("an autosave newer than the last save is offered back after a crash") {
    const auto dir = test::freshDir("recovery");
    const session::RecoveryStore store(dir / "data");
    CHECK_FALSE(store.pending());

    auto s = test::sampleSession();
    session::writeSessionFile(dir / "jd.tpsession", s);
    s.notes += " Changed after saving.";
    std::filesystem::last_write_time(dir / "jd.tpsession",
                                     std::filesystem::file_time_type::clock::now() - std::chrono::minutes(2));
    store.write(s, dir / "jd.tpsession");  // the autosave; then the program "crashes"

    const auto offered = store.pending();
    REQUIRE(offered);
    CHECK(offered->session == s);
    CHECK(offered->sessionPath == dir / "jd.tpsession");

    // Saving afterwards makes the file on disk the newer one: nothing to offer.
    session::writeSessionFile(dir / "jd.tpsession", s);
    std::filesystem::last_write_time(store.file(),
                                     std::filesystem::file_time_type::clock::now() - std::chrono::minutes(1));
    CHECK_FALSE(store.pending());
    store.discard();
    CHECK_FALSE(std::filesystem::exists(store.file()));
}

TEST_CASE("a never-saved session is recovered; a damaged recovery is reported, not loaded") {
    const auto dir = test::freshDir("recovery-unsaved");
    const session::RecoveryStore store(dir);
    store.write(test::sampleSession(), {});
    REQUIRE(store.pending());
    CHECK(store.pending()->sessionPath.empty());

    std::ofstream(store.file()) << "{\"format\": \"tpatlas-recovery\", \"sessionPath\": \"\", \"session\": {\"version\": 1}}";
    std::string problem;
    CHECK_FALSE(store.pending(&problem));
    CHECK(problem == store.file().string() + ": " + store.file().string() +
                         " (session): session: field 'format': expected \"tpatlas-session\", got nothing (missing)");
}

TEST_CASE("the autosave timer fires every interval while there are unsaved changes") {
    session::AutosaveTimer timer(30.0);
    CHECK_FALSE(timer.due(0.0, false));
    CHECK_FALSE(timer.due(10.0, true));
    CHECK_FALSE(timer.due(39.0, true));
    CHECK(timer.due(40.0, true));
    CHECK_FALSE(timer.due(50.0, true));
    CHECK(timer.due(70.5, true));
    CHECK_FALSE(timer.due(71.0, false));
    CHECK_FALSE(timer.due(90.0, true));
}

TEST_CASE("the recent list keeps the newest first, without duplicates, and survives a restart") {
    const auto dir = test::freshDir("recent");
    session::RecentSessions recent;
    for (int i = 0; i < 15; ++i) recent.add({dir / ("s" + std::to_string(i) + ".tpsession"), "C", "2026-01-01"});
    recent.add({dir / "s5.tpsession", "C", "2026-02-02"});
    CHECK(recent.entries().size() == session::RecentSessions::kMaxEntries);
    CHECK(recent.entries()[0].path == dir / "s5.tpsession");
    recent.save(dir / "recent.json");
    CHECK(session::RecentSessions::load(dir / "recent.json").entries() == recent.entries());

    std::ofstream(dir / "bad.json") << "not json";
    std::string problem;
    CHECK(session::RecentSessions::load(dir / "bad.json", &problem).entries().empty());
    CHECK(problem == (dir / "bad.json").string() + ": not a recent-sessions list; starting a new one");
}

TEST_CASE("a client's history lists their sessions by date with painted regions and intensities") {
    const auto dir = test::freshDir("history");
    auto first = test::sampleSession();
    first.date = "2026-10-01";
    auto second = test::sampleSession();
    second.date = "2026-11-01";
    second.client = " jd-0412 ";
    second.drawing.marks.resize(1);
    second.drawing.marks[0].intensity = 3.0f;
    auto other = test::sampleSession();
    other.client = "AB-1";
    session::writeSessionFile(dir / "b.tpsession", second);
    session::writeSessionFile(dir / "a.tpsession", first);
    session::writeSessionFile(dir / "c.tpsession", other);
    std::ofstream(dir / "broken.tpsession") << "{";

    const auto history = session::clientHistory("JD-0412", {}, dir);
    REQUIRE(history.size() == 2);
    CHECK(history[0].date == "2026-10-01");
    CHECK(history[1].date == "2026-11-01");
    // Sample drawing: neck 7, temple 4, and an eraser over the occiput that clears nothing painted.
    REQUIRE(history[0].regions.size() == 2);
    CHECK(history[0].regions[0] == session::RegionIntensity{"neck-posterior", core::Side::Right, 7.0f});
    CHECK(history[0].regions[1] == session::RegionIntensity{"temple", core::Side::Right, 4.0f});
    REQUIRE(history[1].regions.size() == 1);
    CHECK(history[1].regions[0].intensity == 3.0f);
}
