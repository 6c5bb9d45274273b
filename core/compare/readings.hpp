#pragma once
// Readings: groups of regions' definitions of one term that say the same thing.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// Two definitions are one reading when their edit_similarity() or the jaccard of their
// enumerated_items() reaches the threshold. 0.88 is chosen on the sample pairs that
// tests/core/compare/readings_test.cpp measures (CompareReadings.DefaultThreshold...):
//   pair                                                 edit            items  wanted
//   四个最严, 罗江区 vs 陵城区 (Traditional, damaged)     0.917 (2/24)    0.600  one reading
//   两品一标 vs 二品一标, identical definitions           1.000           1.000  one reading
//   三线一单, 环境准入负面清单 vs 生态环境准入清单        0.852 (4/27)    0.600  two readings
//   五社联动, 罗江区 vs 曾都区                            0.245           0.000  two readings
// The gap lies between 0.852 (must stay apart) and 0.917 (must join); 0.88 sits near its
// middle, 0.028 above the one and 0.037 below the other, leaving a little more room to the
// damaged pair because damage comes in larger doses than this one spot. In edit terms it
// allows about one edit in eight code points: script, width, punctuation and a damaged spot
// pass, one changed item of a short list does not. For items it asks for the same set
// unless eight or more items are shared (8 of 9 is 0.889), so a reordered list is one reading.
// The margins are thin: a 30-character definition differing in 4 characters is 0.867 and
// splits, with 3 it is 0.9 and joins, so callers that show readings should also show the diff.
inline constexpr double kDefaultReadingThreshold = 0.88;

// One reading: indices into the definitions given to group_readings(), ascending, and its
// representative: the first member of the comparison_text() shared by the most members; on
// a tie, of the text whose definition carries the fewest damage markers ('?', U+FFFD), so an
// intact text represents a reading rather than a mis-decoded one; then the earliest text.
struct Reading {
    std::vector<std::size_t> members;
    std::size_t representative = 0;
};

// Groups definitions into readings. Definitions with the same comparison_text() always fall
// together, and only the distinct texts are compared, so the cost grows with the number of
// distinct texts k (k * (k - 1) / 2 comparisons, each a banded edit distance bounded by the
// threshold), not with the number of regions. Each comparison takes at most about
// kCompareWork steps (bounded_diff.hpp): texts too long for that are compared item by item,
// and may fall into two readings where an exact distance would join them. The readings are
// the connected components of the graph whose vertices are the distinct texts and whose edges
// join the pairs that same_reading() accepts: a chain of close texts is one reading even when
// its ends differ more than the threshold allows. Items are taken from the first definition
// of each distinct text. Every definition is in exactly one reading; readings are ordered
// largest first, ties by smallest first member. No definitions give no readings.
// Throws usage_error when threshold is not in [0, 1].
std::vector<Reading> group_readings(const std::vector<std::string>& definitions,
                                    double threshold = kDefaultReadingThreshold);

// Throws usage_error, with the message the CLI shows, when threshold is not in [0, 1] (NaN
// included); group_readings() and same_reading() check it first.
void check_reading_threshold(double threshold);

// True when a and b are one reading on their own: edit_similarity(a, b) >= threshold or
// item_overlap(enumerated_items(a), enumerated_items(b)).jaccard >= threshold.
// Throws usage_error when threshold is not in [0, 1].
bool same_reading(std::string_view a, std::string_view b, double threshold = kDefaultReadingThreshold);

}  // namespace glossgraph
