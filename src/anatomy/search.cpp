// Search index: normalized texts per entry, matched in tiers (equal, prefix, word prefix,
// substring, then typo-tolerant word matches by optimal-string-alignment distance).
#include "anatomy/search.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace tpa::anatomy {
namespace {

// U+00C0..U+00FF; '#' marks letters written as two (ae, th, ss), ' ' a symbol.
constexpr std::string_view kLatin1 =
    "aaaaaa#ceeeeiiiidnooooo ouuuuy##"
    "aaaaaa#ceeeeiiiidnooooo ouuuuy#y";
// U+0100..U+017F, the base letter of each (U+0152/U+0153 are "oe").
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 64);
static_assert(kLatinExtendedA.size() == 128);

std::vector<std::string> splitWords(std::string_view text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) words.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Typos tolerated in a query word of this length.
int allowedEdits(std::size_t length) { return length <= 3 ? 0 : length <= 6 ? 1 : 2; }

// Optimal-string-alignment distance between `q` and the closest prefix of `t` (a word being
// typed matches the start of a longer word); above `limit` returns limit + 1.
int prefixDistance(std::string_view q, std::string_view t, int limit) {
    constexpr int kMax = 32;
    if (q.size() >= kMax) return limit + 1;
    const int n = static_cast<int>(q.size());
    const int m = std::min<int>(static_cast<int>(t.size()), n + limit);
    if (m >= kMax) return limit + 1;
    std::array<std::array<int, kMax>, kMax> d{};
    for (int j = 0; j <= m; ++j) d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        d[i][0] = i;
        int rowMin = d[i][0];
        for (int j = 1; j <= m; ++j) {
            const int cost = q[i - 1] == t[j - 1] ? 0 : 1;
            int v = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && q[i - 1] == t[j - 2] && q[i - 2] == t[j - 1])
                v = std::min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit) return limit + 1;
    }
    int best = limit + 1;
    // A prefix shorter than the query by more than the limit cannot be within it.
    for (int j = std::max(0, n - limit); j <= m; ++j) best = std::min(best, d[n][j]);
    return best;
}

bool isWordStart(std::string_view text, std::size_t at) { return at == 0 || text[at - 1] == ' '; }

}  // namespace

std::string_view toText(SearchKind kind) {
    switch (kind) {
        case SearchKind::Muscle:
            return "muscle";
        case SearchKind::Condition:
            return "condition";
        case SearchKind::Region:
            return "region";
    }
    return "?";
}

std::string SearchIndex::normalize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = true;  // no leading space
    auto put = [&](std::string_view letters) {
        if (letters == " ") {
            if (!space) out += ' ';
            space = true;
            return;
        }
        out += letters;
        space = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (std::isalnum(c))
                put(std::string(1, static_cast<char>(std::tolower(c))));
            else
                put(" ");
            continue;
        }
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const int code = ((c & 0x1F) << 6) | (next & 0x3F);
        if ((c & 0xE0) == 0xC0 && (next & 0xC0) == 0x80 && code >= 0xC0 && code <= 0x17F) {
            ++i;
            if (code == 0xC6 || code == 0xE6)
                put("ae");
            else if (code == 0xDE || code == 0xFE)
                put("th");
            else if (code == 0xDF)
                put("ss");
            else if (code == 0x152 || code == 0x153)
                put("oe");
            else if (code < 0x100)
                put(std::string(1, kLatin1[static_cast<std::size_t>(code - 0xC0)]));
            else
                put(std::string(1, kLatinExtendedA[static_cast<std::size_t>(code - 0x100)]));
            continue;
        }
        out += static_cast<char>(c);  // other scripts pass through unchanged
        space = false;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

float matchScore(std::string_view q, const std::vector<std::string>& queryWords, std::string_view t,
                 const std::vector<std::string>& textWords) {
    if (q.empty() || t.empty()) return 0.0f;
    // A small bonus for matching more of the text keeps tiers apart (tiers differ by >= 0.1).
    const float closeness = 0.04f * static_cast<float>(q.size()) / static_cast<float>(t.size());
    if (t == q) return 1.0f;
    if (t.starts_with(q)) return 0.9f + closeness;
    for (std::size_t at = t.find(q); at != std::string_view::npos; at = t.find(q, at + 1))
        if (isWordStart(t, at)) return 0.8f + closeness;
    // Every query word starts a word of the text, in any order ("trapezius upper").
    bool allPrefix = queryWords.size() > 1;
    for (const auto& w : queryWords) {
        bool found = false;
        for (const auto& tw : textWords) found = found || tw.starts_with(w);
        allPrefix = allPrefix && found;
    }
    if (allPrefix) return 0.75f + closeness;
    if (t.find(q) != std::string_view::npos) return 0.6f + closeness;
    // Every query word inside the text, in any order ("musculus psoas").
    bool allInside = queryWords.size() > 1;
    for (const auto& w : queryWords) allInside = allInside && t.find(w) != std::string_view::npos;
    if (allInside) return 0.55f + closeness;
    // Typos: every query word is within its allowed edits of the start of some text word.
    int total = 0;
    for (const auto& w : queryWords) {
        const int limit = allowedEdits(w.size());
        int best = limit + 1;
        for (const auto& tw : textWords) {
            if (best == 0) break;
            if (limit == 0) {
                if (tw.starts_with(w)) best = 0;
                continue;
            }
            // Typos rarely hit the first letter; checking it first keeps queries fast.
            const bool plausible = tw[0] == w[0] || (tw.size() > 1 && tw[1] == w[0]) ||
                                   (w.size() > 1 && tw[0] == w[1]);
            if (plausible) best = std::min(best, prefixDistance(w, tw, limit));
        }
        if (best > limit) return 0.0f;
        total += best;
    }
    return std::max(0.1f, 0.5f - 0.1f * static_cast<float>(total)) + closeness;
}

SearchIndex::SearchIndex(const KnowledgeBase& kb) {
    for (const Muscle& m : kb.muscles) {
        std::vector<std::pair<std::string, float>> texts = {
            {m.name, 1.0f}, {m.id, 0.98f}, {m.latin, 0.97f}};
        for (const auto& s : m.synonyms) texts.emplace_back(s, 0.96f);
        add(SearchKind::Muscle, m.id, m.name, texts);
    }
    for (const Condition& c : kb.conditions) {
        std::vector<std::pair<std::string, float>> texts = {{c.name, 1.0f}, {c.id, 0.98f}};
        for (const auto& a : c.aliases) texts.emplace_back(a, 0.96f);
        add(SearchKind::Condition, c.id, c.name, texts);
    }
    for (const Region& r : kb.regions)
        add(SearchKind::Region, r.id, r.name, {{r.name, 1.0f}, {r.id, 0.98f}});
}

void SearchIndex::add(SearchKind kind, const std::string& id, const std::string& name,
                      const std::vector<std::pair<std::string, float>>& texts) {
    Entry e{kind, id, name, {}};
    for (const auto& [original, weight] : texts) {
        std::string norm = normalize(original);
        if (norm.empty()) continue;
        std::vector<std::string> words = splitWords(norm);
        e.texts.push_back({original, std::move(norm), std::move(words), weight});
    }
    entries_.push_back(std::move(e));
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t maxHits) const {
    const std::string q = normalize(query);
    std::vector<SearchHit> hits;
    if (q.empty()) return hits;
    const std::vector<std::string> words = splitWords(q);
    for (const Entry& e : entries_) {
        float best = 0.0f;
        const Text* bestText = nullptr;
        for (const Text& t : e.texts) {
            const float s = matchScore(q, words, t.normalized, t.words) * t.weight;
            if (s > best) {
                best = s;
                bestText = &t;
            }
        }
        if (bestText)
            hits.push_back({e.kind, e.id, e.name, bestText->original, std::min(best, 1.0f)});
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.kind != b.kind) return a.kind < b.kind;
        return a.name < b.name;
    });
    if (maxHits > 0 && hits.size() > maxHits) hits.resize(maxHits);
    return hits;
}

}  // namespace tpa::anatomy
