// Instant fuzzy search over the knowledge base's muscles, conditions and regions: case- and
// accent-insensitive, prefix above word-prefix above substring above typo-tolerant matches.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "anatomy/knowledge_base.h"

namespace tpa::anatomy {

enum class SearchKind { Muscle, Condition, Region };
std::string_view toText(SearchKind kind);

struct SearchHit {
    SearchKind kind = SearchKind::Muscle;
    std::string id;
    std::string name;     // display name
    std::string matched;  // the text that matched (a name, Latin name, synonym, alias or id)
    float score = 0.0f;   // 0..1, higher is better
};

// Built once from a knowledge base (it copies what it needs); queries do not allocate much
// and take microseconds on the shipped data.
class SearchIndex {
public:
    explicit SearchIndex(const KnowledgeBase& kb);

    // Best hits first (score, then kind, then name); at most one hit per entry; maxHits 0: all.
    std::vector<SearchHit> search(std::string_view query, std::size_t maxHits = 20) const;

    std::size_t entryCount() const { return entries_.size(); }

    // Lower case, accents stripped (Latin-1 and common Latin Extended-A letters), every run of
    // non-alphanumeric characters turned into one space, trimmed.
    static std::string normalize(std::string_view text);

private:
    struct Text {
        std::string original;
        std::string normalized;
        std::vector<std::string> words;
        float weight = 1.0f;  // names count a little more than synonyms and ids
    };
    struct Entry {
        SearchKind kind = SearchKind::Muscle;
        std::string id;
        std::string name;
        std::vector<Text> texts;
    };
    void add(SearchKind kind, const std::string& id, const std::string& name,
             const std::vector<std::pair<std::string, float>>& texts);

    std::vector<Entry> entries_;
};

// The match quality of a normalized query against one normalized text (0: no match): 1 equal,
// 0.9 prefix, 0.8 word prefix, 0.75 every word starts a word, 0.6 substring, 0.55 every word
// inside, 0.4 and less for typos (0.1 less per edit; 0 edits for words up to 3 letters, 1 up
// to 6, else 2; the first letter must be right or swapped). Up to +0.04 for matching more of
// the text, which never lifts a match into the tier above.
float matchScore(std::string_view query, const std::vector<std::string>& queryWords,
                 std::string_view text, const std::vector<std::string>& textWords);

}  // namespace tpa::anatomy
