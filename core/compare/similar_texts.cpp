#include "core/compare/similar_texts.hpp"

#include "core/compare/bounded_diff.hpp"
#include "core/compare/comparison_text.hpp"
#include "core/compare/items.hpp"
#include "core/compare/levenshtein.hpp"
#include "core/errors.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <unordered_map>

namespace glossgraph {
namespace {

struct Text {
    std::u32string code_points;
    std::vector<std::uint64_t> bigrams;  // sorted; see bigrams_of
};

// Each bigram as (first << 21 | second), code points having 21 bits, and its occurrence in
// the text above them, so that a text's bigrams are a set whose intersections count as those
// of the multisets. A text of one character is its own gram.
std::vector<std::uint64_t> bigrams_of(const std::u32string& text) {
    std::vector<std::uint64_t> grams;
    if (text.size() == 1) grams.push_back((std::uint64_t{text[0]} << 21) | 0x1FFFFF);
    std::unordered_map<std::uint64_t, std::uint64_t> occurrences;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const std::uint64_t gram = (std::uint64_t{text[i]} << 21) | text[i + 1];
        grams.push_back(gram | (occurrences[gram]++ << 42));
    }
    std::sort(grams.begin(), grams.end());
    return grams;
}

void check(double threshold, std::size_t texts, std::size_t originals, std::size_t ranks) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {  // NaN fails too
        char shown[32];
        std::snprintf(shown, sizeof shown, "%g", threshold);
        throw usage_error(std::string("similarity threshold must be above 0 and at most 1, got ") + shown);
    }
    if (texts != originals || (ranks != 0 && ranks != texts)) {
        throw usage_error("similar_texts: one original (and one rank, if any) is needed for each text");
    }
}

// The similarity of x and y when it reaches the threshold, whose distance limit is given.
std::optional<SimilarText> compare(const Text& x, const Text& y, std::string_view x_original, std::string_view y_original,
                                   std::size_t limit) {
    const std::size_t longest = std::max(x.code_points.size(), y.code_points.size());
    const std::size_t shorter = std::min(x.code_points.size(), y.code_points.size());
    if (shorter * (2 * limit + 1) <= kCompareWork) {
        const std::size_t distance = levenshtein_distance_within(x.code_points, y.code_points, limit);
        if (distance > limit) return std::nullopt;
        return SimilarText{0, similarity_from_distance(distance, longest), true};
    }
    const EditEstimate estimate = bounded_edit_distance(x.code_points, y.code_points, enumerated_items(x_original),
                                                        enumerated_items(y_original));
    if (estimate.distance > limit) return std::nullopt;
    return SimilarText{0, similarity_from_distance(estimate.distance, longest), estimate.exact};
}

struct Candidate {
    std::uint32_t text = 0;
    std::uint32_t shared = 0;
    bool lower = false;  // of a lower rank than the text it is a candidate of
};

// The bigram count filter needs a pair to share at least most - 2 * limit bigrams, where most
// is the larger count (a text of n >= 2 characters has n - 1) and limit the distance the
// threshold allows their longer length L: nothing when that is not positive, as at low
// thresholds for short texts (at 0.6, two texts of five characters may share no bigram and be
// 0.6 alike). Texts of such a length L meet every earlier text of a length that may reach them.
bool needs_no_bigram(std::size_t longest, double threshold) {
    return std::max<std::size_t>(longest, 2) - 1 <= 2 * largest_distance_within(longest, threshold);
}

class Index {
public:
    Index(const std::vector<Text>& texts, double threshold, const std::vector<int>& ranks)
        : texts_(texts), threshold_(threshold), ranks_(ranks), shared_(texts.size(), 0), seen_(texts.size(), 0) {}

    // The earlier texts that may reach the threshold with text i: sharing enough bigrams, near
    // enough in length; those of a lower rank first, then those sharing most, the latest first.
    std::vector<Candidate> candidates(std::size_t i, bool& capped) {
        const Text& x = texts_[i];
        stamp_ = static_cast<std::uint32_t>(i + 1);
        std::vector<std::uint32_t> touched;
        for (const std::uint64_t gram : x.bigrams)
            if (const auto found = postings_.find(gram); found != postings_.end()) read(found->second, touched, capped, true);
        const std::size_t n = x.code_points.size();
        for (std::size_t length = 1; length <= n + largest_distance_within(n, threshold_) + 1; ++length) {
            const auto found = by_length_.find(length);
            if (found != by_length_.end() && needs_no_bigram(std::max(length, n), threshold_)) read(found->second, touched, capped, false);
        }
        std::vector<Candidate> found;
        for (const std::uint32_t j : touched) {
            const Text& y = texts_[j];
            const std::size_t longest = std::max(n, y.code_points.size());
            const std::size_t limit = largest_distance_within(longest, threshold_);
            const std::size_t most = std::max(x.bigrams.size(), y.bigrams.size());
            const bool enough = most <= 2 * limit || shared_[j] >= most - 2 * limit;
            const bool lower = !ranks_.empty() && ranks_[j] < ranks_[i];
            if (longest - std::min(n, y.code_points.size()) <= limit && enough) found.push_back({j, shared_[j], lower});
            shared_[j] = 0;
        }
        std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
            if (a.lower != b.lower) return a.lower;
            return a.shared != b.shared ? a.shared > b.shared : a.text > b.text;
        });
        if (found.size() > kSimilarCandidates) {
            capped = true;
            found.resize(kSimilarCandidates);
        }
        return found;
    }

    void add(std::size_t i) {
        const auto id = static_cast<std::uint32_t>(i);
        for (const std::uint64_t gram : texts_[i].bigrams) postings_[gram].push_back(id);
        by_length_[texts_[i].code_points.size()].push_back(id);
    }

private:
    // Of a list (earlier texts, in order), the latest kSimilarPostings of a lower rank than the
    // text being read and the latest kSimilarPostings of its own, counted (or only noted) in shared_.
    void read(const std::vector<std::uint32_t>& list, std::vector<std::uint32_t>& touched, bool& capped, bool count) {
        const auto lower = ranks_.empty() ? list.begin() : std::lower_bound(list.begin(), list.end(), ranks_[stamp_ - 1], [&](std::uint32_t j, int rank) {
            return ranks_[j] < rank;
        });
        const auto boundary = static_cast<std::size_t>(lower - list.begin());
        read_range(list, boundary > kSimilarPostings ? boundary - kSimilarPostings : 0, boundary, touched, count);
        read_range(list, std::max(boundary, list.size() > kSimilarPostings ? list.size() - kSimilarPostings : 0), list.size(), touched, count);
        capped = capped || boundary > kSimilarPostings || list.size() - boundary > kSimilarPostings;
    }

    void read_range(const std::vector<std::uint32_t>& list, std::size_t from, std::size_t to, std::vector<std::uint32_t>& touched,
                    bool count) {
        for (std::size_t at = from; at < to; ++at) {
            const std::uint32_t j = list[at];
            if (seen_[j] != stamp_) {
                seen_[j] = stamp_;
                touched.push_back(j);
            }
            if (count) ++shared_[j];
        }
    }

    const std::vector<Text>& texts_;
    double threshold_;
    const std::vector<int>& ranks_;
    std::vector<std::uint32_t> shared_;  // bigrams shared with the text being read; 0 between reads
    std::vector<std::uint32_t> seen_;    // stamp_ for the texts met while reading one text
    std::uint32_t stamp_ = 0;            // the text being read, plus one
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings_;
    std::unordered_map<std::size_t, std::vector<std::uint32_t>> by_length_;
};

}  // namespace

SimilarTexts similar_texts(const std::vector<std::string>& texts, const std::vector<std::string>& originals,
                           double threshold, const std::vector<int>& ranks) {
    check(threshold, texts.size(), originals.size(), ranks.size());
    std::vector<Text> prepared;
    prepared.reserve(texts.size());
    for (const std::string& text : texts) {
        std::u32string points = code_points(text);
        std::vector<std::uint64_t> grams = bigrams_of(points);
        prepared.push_back({std::move(points), std::move(grams)});
    }
    SimilarTexts result;
    result.neighbours.resize(texts.size());
    Index index(prepared, threshold, ranks);
    for (std::size_t i = 0; i < prepared.size(); ++i) {
        std::size_t matches = 0;
        for (const Candidate& c : index.candidates(i, result.capped)) {
            if (matches == kSimilarMatches) {
                result.capped = true;
                break;
            }
            const Text& y = prepared[c.text];
            const std::size_t longest = std::max(prepared[i].code_points.size(), y.code_points.size());
            ++result.compared;
            auto similar = compare(prepared[i], y, originals[i], originals[c.text], largest_distance_within(longest, threshold));
            if (!similar) continue;
            ++matches;
            similar->other = c.text;
            result.neighbours[i].push_back(*similar);
            similar->other = i;
            result.neighbours[c.text].push_back(*similar);
        }
        index.add(i);
    }
    for (auto& list : result.neighbours) {
        std::sort(list.begin(), list.end(), [](const SimilarText& a, const SimilarText& b) {
            return a.similarity != b.similarity ? a.similarity > b.similarity : a.other < b.other;
        });
    }
    return result;
}

}  // namespace glossgraph
