#pragma once
// Which of many texts are alike: every pair whose edit similarity reaches a threshold, found
// without comparing every pair (a similarity join). For lineage (core/graph/lineage.hpp),
// which asks it of the distinct comparison texts of one term's definitions.
#include <cstddef>
#include <string>
#include <vector>

namespace glossgraph {

// How many candidates one text is compared with at most, and how far back one list of the
// index is read (see similar_texts). Far above what a term's definitions need: a term
// defined by 3,000 regions has a few dozen distinct texts.
inline constexpr std::size_t kSimilarCandidates = 64;
inline constexpr std::size_t kSimilarPostings = 128;
// A text stops being compared once this many candidates reached the threshold: the closest
// ones, as the candidates come most alike first (by shared bigrams).
inline constexpr std::size_t kSimilarMatches = 6;

struct SimilarText {
    std::size_t other = 0;    // index of the other text
    double similarity = 0;    // edit similarity: 1 - distance / longer length
    bool exact = true;        // false: a lower bound, for texts too long to compare exactly
};

struct SimilarTexts {
    // For each text, the others whose similarity reaches the threshold: most similar first,
    // then by index. Symmetric: j is among i's when i is among j's, with the same similarity.
    std::vector<std::vector<SimilarText>> neighbours;
    std::size_t compared = 0;  // pairs whose edit distance was computed
    bool capped = false;       // a cap below was reached: a similar pair may be missing
};

// The pairs of `texts` (comparison forms, comparison_text(), ideally distinct) whose edit
// similarity (edit_similarity(): 1 - Levenshtein distance / longer length, on code points)
// reaches threshold. `originals` holds, for each text, a definition it was made from, whose
// enumerated_items() estimate the distance of texts too long to compare within kCompareWork
// steps (then the similarity is a lower bound and SimilarText::exact is false).
//
// Candidates come from an inverted index of character bigrams (each occurrence its own
// entry, so the counts are those of the bigram multisets): text i meets the earlier texts
// that share a bigram with it, each counted by how many it shares. A pair within the edit
// distance d the threshold allows shares at least max(|bigrams|) - 2d bigrams and differs in
// length by at most d; pairs that fail either test are dropped unread, and of the rest the
// kSimilarCandidates that share the most are compared, with a banded Levenshtein distance
// (O(n * d)), until kSimilarMatches of them reach the threshold. Texts that share no bigram are never found alike (below three characters, two
// texts can be alike at a low threshold without one).
//
// Bounds: each text reads at most 2 * kSimilarPostings entries of each of its bigrams' lists:
// the latest ones, and with `ranks` (one per text, never decreasing along the texts, such as
// the year a text first appears) the latest of a lower rank than its own and the latest of its
// own rank; it is compared with at most kSimilarCandidates others, those of a lower rank
// first, and fewer once kSimilarMatches are found, so that a cap cuts the texts least likely
// to matter to the caller. The work is
// O(k * b * kSimilarPostings) counts and O(k * kSimilarCandidates) comparisons of at most
// kCompareWork steps each, for k texts of at most b bigrams: linear in k, never k * k.
// Whenever a cap cuts anything, `capped` says so.
// Throws usage_error when threshold is not in (0, 1] or the lists differ in length (ranks may
// be empty: all of one rank).
SimilarTexts similar_texts(const std::vector<std::string>& texts, const std::vector<std::string>& originals,
                           double threshold, const std::vector<int>& ranks = {});

}  // namespace glossgraph
