#pragma once
// Diffs and edit similarities with bounded work, for definitions of any length. A character
// diff or Levenshtein distance of two texts of n code points costs up to n * n steps (two
// definitions of 40,000 characters took 9-19 s in `diff`, 400,000 would take half an hour):
// texts too long for that are compared a piece at a time instead — sentences and list items
// first, characters only inside the pieces that changed — and the result says it is not exact.
#include "core/compare/diff.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// The steps a bounded comparison of two texts may take: symbol comparisons of the diff or
// cells of the edit distance table, about 10-50 ms. Two definitions of 2,000 characters are
// always compared exactly; longer ones when they are alike enough to be cheap.
inline constexpr std::size_t kCompareWork = std::size_t{1} << 24;

// The pieces a text is diffed in when a character diff of the whole is too dear: each ends
// after a sentence or list separator (。；！？，、：and ; ! ? , :) or a line break, or at the
// text's end. Their concatenation is the text.
std::vector<std::string_view> diff_pieces(std::string_view text);

struct BoundedDiff {
    // As char_diff() gives them: in order, merged, removals before insertions between equal
    // spans; the equal and remove spans give `from`, the equal and insert spans give `to`.
    std::vector<DiffSpan> spans;
    // False when some changed piece (or, if even the pieces are too far apart, all that lies
    // between the common start and end of the texts) is shown as removed and inserted whole.
    bool exact = true;
};

// char_diff(from, to) when it fits in `work` steps; otherwise the diff of the texts'
// diff_pieces() (each piece one symbol), refined by a character diff inside each run of
// changed pieces while the work lasts. At most about 2 * work steps in all.
BoundedDiff bounded_diff(std::string_view from, std::string_view to, std::size_t work = kCompareWork);

struct EditEstimate {
    std::size_t distance = 0;  // Levenshtein distance, or when not exact an upper bound of it
    std::size_t longest = 0;   // code points of the longer text
    bool exact = true;
};

// The Levenshtein distance between the code points x and y, exact when the table (or a band
// of it wide enough to hold the distance) fits in `work` cells. Otherwise it is estimated from
// items_x and items_y, the texts cut into pieces in the same form (enumerated_items()): the
// pieces are diffed as symbols and the distance is the sum over each run of changed pieces of
// their exact distance while the work lasts, else of the longer side's length.
EditEstimate bounded_edit_distance(std::u32string_view x, std::u32string_view y, const std::vector<std::string>& items_x,
                                   const std::vector<std::string>& items_y, std::size_t work = kCompareWork);

// edit_similarity(a, b) with bounded work: exact for texts that bounded_edit_distance()
// compares exactly, else a lower bound estimated from their enumerated_items().
struct SimilarityEstimate {
    double similarity = 1.0;
    bool exact = true;
};
SimilarityEstimate bounded_edit_similarity(std::string_view a, std::string_view b, std::size_t work = kCompareWork);

}  // namespace glossgraph
