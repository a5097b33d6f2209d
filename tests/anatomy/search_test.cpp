// Search semantics on a hand-made knowledge base: normalization, match tiers, typos, kinds,
// ordering and limits.
#include "anatomy/search.h"

#include <doctest/doctest.h>

using namespace tpa::anatomy;

namespace {

KnowledgeBase searchKb() {
    KnowledgeBase kb;
    Muscle trap;
    trap.id = "upper-trapezius";
    trap.name = "Upper trapezius";
    trap.latin = "Musculus trapezius, pars descendens";
    trap.synonyms = {"traps"};
    Muscle scm;
    scm.id = "scm-sternal";
    scm.name = "Sternocleidomastoid (sternal head)";
    scm.latin = "Musculus sternocleidomastoideus";
    scm.synonyms = {"SCM"};
    Muscle fib;
    fib.id = "fibularis-longus";
    fib.name = "Fibularis longus";
    fib.latin = "Musculus fibularis longus";
    fib.synonyms = {"peroneus longus"};
    kb.muscles = {trap, scm, fib};
    Condition elbow;
    elbow.id = "tennis-elbow";
    elbow.name = "Tennis elbow and outer elbow pain";
    elbow.aliases = {"lateral epicondylitis"};
    Condition back;
    back.id = "low-back-pain";
    back.name = "Low back pain";
    back.aliases = {"lumbago"};
    kb.conditions = {elbow, back};
    Region temple;
    temple.id = "temple";
    temple.name = "Temple";
    Region lumbar;
    lumbar.id = "lumbar";
    lumbar.name = "Low back";
    kb.regions = {temple, lumbar};
    return kb;
}

}  // namespace

TEST_CASE("search: normalization folds case, accents and punctuation") {
    CHECK(SearchIndex::normalize("  Sterno-Cleido  (Mastoid) ") == "sterno cleido mastoid");
    CHECK(SearchIndex::normalize("Trapèze Ŝtraße ÆON") == "trapeze strasse aeon");
    CHECK(SearchIndex::normalize("--") == "");
}

TEST_CASE("search: tiers rank equal over prefix over word prefix over substring over typos") {
    const std::vector<std::string> qw = {"trap"};
    const std::vector<std::string> tw = {"upper", "trapezius"};
    CHECK(matchScore("trap", qw, "trap", {"trap"}) == 1.0f);
    const float prefix = matchScore("trap", qw, "traps", {"traps"});
    const float word = matchScore("trap", qw, "upper trapezius", tw);
    const float sub = matchScore("rape", {"rape"}, "upper trapezius", tw);
    const float typo = matchScore("trapezus", {"trapezus"}, "upper trapezius", tw);
    CHECK(prefix > word);
    CHECK(word > sub);
    CHECK(sub > typo);
    CHECK(typo > 0.0f);
    CHECK(matchScore("xyz", {"xyz"}, "upper trapezius", tw) == 0.0f);
    CHECK(matchScore("trpaezius", {"trpaezius"}, "trapezius", {"trapezius"}) > 0.0f);  // swap
}

TEST_CASE("search: typical queries find the intended entry first") {
    const SearchIndex index(searchKb());
    CHECK(index.entryCount() == 7);
    auto first = [&](const char* q) {
        auto hits = index.search(q);
        return hits.empty() ? std::string("(none)") : hits[0].id;
    };
    CHECK(first("trapezus") == "upper-trapezius");
    CHECK(first("TRAP") == "upper-trapezius");
    CHECK(first("peroneus") == "fibularis-longus");
    CHECK(first("SCM") == "scm-sternal");
    CHECK(first("sternocleido") == "scm-sternal");
    CHECK(first("tennis elbow") == "tennis-elbow");
    CHECK(first("tenis elbw") == "tennis-elbow");
    CHECK(first("lumbago") == "low-back-pain");
    CHECK(first("templ") == "temple");
    CHECK(first("epicondylitis") == "tennis-elbow");
    CHECK(index.search("").empty());
    CHECK(index.search("zzzz").empty());
}

TEST_CASE("search: hits are typed, say what matched, and are ordered and limited") {
    const SearchIndex index(searchKb());
    auto hits = index.search("low back");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].kind == SearchKind::Region);  // "Low back" equals the region's name
    CHECK(hits[0].matched == "Low back");
    CHECK(hits[0].score == 1.0f);
    CHECK(hits[1].kind == SearchKind::Condition);
    CHECK(hits[1].name == "Low back pain");
    CHECK(hits[1].score < hits[0].score);
    auto peroneus = index.search("peroneus");
    REQUIRE(!peroneus.empty());
    CHECK(peroneus[0].matched == "peroneus longus");
    CHECK(peroneus[0].name == "Fibularis longus");
    CHECK(index.search("u", 1).size() == 1);
    CHECK(toText(SearchKind::Condition) == "condition");
}
