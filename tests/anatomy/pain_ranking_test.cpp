// Pain ranking on a small hand-made knowledge base: exact zones rank first, precision and
// coverage both count, essential beats spillover, sides and crossing zones, tie-breaks.
#include "anatomy/pain_ranking.h"

#include <doctest/doctest.h>

using namespace tpa::anatomy;
using tpa::core::Side;

namespace {

Zone zone(ZoneKind kind, std::vector<std::string> regions, ZoneSide side = ZoneSide::Same) {
    Zone z;
    z.kind = kind;
    z.regions = std::move(regions);
    z.side = side;
    return z;
}

Muscle muscle(std::string id, std::string name, std::vector<std::vector<Zone>> trps) {
    Muscle m;
    m.id = std::move(id);
    m.name = std::move(name);
    int n = 1;
    for (auto& zones : trps) {
        TriggerPoint t;
        t.id = "TrP" + std::to_string(n++);
        t.zones = std::move(zones);
        m.triggerPoints.push_back(std::move(t));
    }
    return m;
}

KnowledgeBase smallKb() {
    KnowledgeBase kb;
    for (const char* id : {"temple", "forehead", "jaw", "occiput", "neck-lateral", "lumbar",
                           "buttock", "sacrum", "thigh-lateral"}) {
        Region r;
        r.id = id;
        r.name = std::string(1, static_cast<char>(std::toupper(id[0]))) + (id + 1);
        r.sided = std::string(id) != "sacrum";
        kb.regions.push_back(r);
    }
    using K = ZoneKind;
    kb.muscles = {
        muscle("head-a", "Head A", {{zone(K::Essential, {"temple", "forehead"})}}),
        muscle("head-b", "Head B",
               {{zone(K::Essential, {"temple", "forehead", "occiput", "jaw"})}}),
        muscle("head-c", "Head C", {{zone(K::Essential, {"temple"})}}),
        muscle(
            "head-d", "Head D",
            {{zone(K::Essential, {"neck-lateral"}), zone(K::Spillover, {"temple", "forehead"})}}),
        muscle("back-a", "Back A",
               {{zone(K::Essential, {"lumbar"})},
                {zone(K::Essential, {"buttock"}), zone(K::Spillover, {"thigh-lateral"})}}),
        muscle("back-b", "Back B", {{zone(K::Essential, {"sacrum", "buttock"}, ZoneSide::Both)}}),
        muscle("cross", "Cross", {{zone(K::Essential, {"jaw"}, ZoneSide::Opposite)}}),
    };
    return kb;
}

std::vector<PainArea> painted(std::vector<std::string> regions, Side side) {
    std::vector<PainArea> out;
    for (auto& r : regions) out.push_back({r, side, 1.0f});
    return out;
}

}  // namespace

TEST_CASE("pain ranking: a drawing equal to one muscle's essential zone ranks it first") {
    const KnowledgeBase kb = smallKb();
    const auto results = rankPain(kb, painted({"temple", "forehead"}, Side::Right));
    REQUIRE(results.size() >= 4);
    CHECK(results[0].muscleId == "head-a");
    CHECK(results[0].side == Side::Right);
    CHECK(results[0].score == doctest::Approx(1.0));
    // Head B explains everything but is half painted; Head C fits exactly but explains half.
    CHECK(results[1].muscleId == "head-b");
    CHECK(results[1].score == doctest::Approx(std::sqrt(0.5)));
    CHECK(results[2].muscleId == "head-c");
    CHECK(results[2].score == doctest::Approx(std::sqrt(0.5)));
    // Spillover counts less than essential.
    CHECK(results[3].muscleId == "head-d");
    CHECK(results[3].coverage == doctest::Approx(0.4));
    CHECK(results[3].precision == doctest::Approx(0.8 / 1.8));
    CHECK(results[0].explanation ==
          "TrP1: essential zone covers temple and forehead (2 of 2 painted regions)");
    REQUIRE(results[0].matches.size() == 2);
    CHECK(results[0].matches[0].region == "temple");  // region order of the knowledge base
    CHECK(results[0].matches[0].kind == ZoneKind::Essential);
    CHECK(results[0].matches[0].triggerPoint == "TrP1");
    CHECK(results[3].explanation ==
          "TrP1: spillover covers temple and forehead (2 of 2); essential zone also includes "
          "neck-lateral");
}

TEST_CASE("pain ranking: sides, crossing zones and midline regions") {
    const KnowledgeBase kb = smallKb();
    auto left = rankPain(kb, painted({"temple", "forehead"}, Side::Left));
    for (const auto& r : left) CHECK(r.side == Side::Left);
    // "opposite": left jaw pain comes from the right-side trigger point.
    auto jaw = rankPain(kb, painted({"jaw"}, Side::Left));
    REQUIRE(!jaw.empty());
    CHECK(jaw[0].muscleId == "cross");
    CHECK(jaw[0].side == Side::Right);
    CHECK(jaw[0].score == doctest::Approx(1.0));
    CHECK(jaw[0].matches[0].side == Side::Left);
    CHECK(jaw[0].explanation == "TrP1: essential zone covers jaw (left) (1 of 1 painted regions)");
    // A sided region without a side means both sides; a midline region ignores the side.
    auto both = rankPain(kb, {{"buttock", Side::Midline, 1.0f}, {"sacrum", Side::Left, 1.0f}});
    REQUIRE(!both.empty());
    CHECK(both[0].muscleId == "back-b");
    CHECK(both[0].score == doctest::Approx(1.0));
    CHECK(both[1].muscleId == "back-b");  // the other side's trigger point fits equally
    CHECK(both[0].side == Side::Left);    // ties: name, then left before right
    CHECK(both[1].side == Side::Right);
}

TEST_CASE("pain ranking: single trigger points and the whole muscle are both tried") {
    const KnowledgeBase kb = smallKb();
    auto buttock = rankPain(kb, painted({"buttock", "thigh-lateral"}, Side::Right));
    REQUIRE(!buttock.empty());
    CHECK(buttock[0].muscleId == "back-a");
    CHECK(buttock[0].triggerPoints == std::vector<std::string>{"TrP2"});
    auto spanning = rankPain(kb, painted({"lumbar", "buttock"}, Side::Right));
    REQUIRE(!spanning.empty());
    CHECK(spanning[0].muscleId == "back-a");
    CHECK(spanning[0].triggerPoints == std::vector<std::string>{"TrP1", "TrP2"});
}

TEST_CASE("pain ranking: weights, unknown regions, empty drawings and options") {
    const KnowledgeBase kb = smallKb();
    CHECK(rankPain(kb, {}).empty());
    CHECK(rankPain(kb, {{"nowhere", Side::Left, 1.0f}}).empty());
    CHECK(rankPain(kb, {{"temple", Side::Left, 0.0f}}).empty());
    // A strong temple and a faint occiput: the temple-only muscle explains most of the pain.
    auto weighted = rankPain(kb, {{"temple", Side::Left, 9.0f}, {"occiput", Side::Left, 1.0f}});
    REQUIRE(!weighted.empty());
    CHECK(weighted[0].muscleId == "head-c");
    CHECK(weighted[0].coverage == doctest::Approx(0.9));
    PainRankingOptions top;
    top.maxResults = 2;
    CHECK(rankPain(kb, painted({"temple"}, Side::Left), top).size() == 2);
    PainRankingOptions strict;
    strict.minScore = 0.99f;
    auto exact = rankPain(kb, painted({"temple"}, Side::Left), strict);
    REQUIRE(exact.size() == 1);
    CHECK(exact[0].muscleId == "head-c");
}
