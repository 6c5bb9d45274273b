#pragma once
// A character-level diff for showing how two readings of a term differ.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

struct DiffSpan {
    enum class Op { equal, insert, remove };
    Op op;
    std::string text;

    friend bool operator==(const DiffSpan&, const DiffSpan&) = default;
};

std::string_view to_string(DiffSpan::Op op);  // "equal", "insert", "remove"

// A shortest edit script turning from into to, over code points of the texts as given (pass
// display text or comparison_text(), as the view needs). Spans follow the texts' order and
// none is empty; between two equal spans (and before the first, after the last) there is at
// most one remove span and then at most one insert span. Concatenating the equal and remove spans gives from, the equal and insert
// spans gives to; the spans' text is copied from the input bytes (equal spans from from). The
// number of inserted plus removed code points is minimal (the LCS distance); which of several
// minimal scripts is returned is fixed by the algorithm, so the output is deterministic.
// Identical texts give one equal span; two empty texts give none. An ill-formed UTF-8 byte is
// one code point, equal to any other ill-formed byte and to U+FFFD.
// Myers' O((n + m) * D) algorithm with linear-space middle-snake bisection: O(n + m) memory,
// where D is the number of edits.
std::vector<DiffSpan> char_diff(std::string_view from, std::string_view to);

// char_diff() when at most max_edits code points need to be inserted or removed; nothing
// otherwise, found in O((n + m) * max_edits) time at most: the way to diff texts that may be
// long and far apart.
std::optional<std::vector<DiffSpan>> char_diff_within(std::string_view from, std::string_view to, std::size_t max_edits);

// One step of an edit script over two sequences: symbols [first, last) of `from` (equal,
// remove) or of `to` (insert).
struct EditRange {
    DiffSpan::Op op;
    std::size_t first = 0;
    std::size_t last = 0;

    friend bool operator==(const EditRange&, const EditRange&) = default;
};

// The script char_diff() is made from, over any sequences of 32-bit symbols (code points, or
// the ids of pieces of text), with the same order and merging; nothing when more than
// max_edits symbols need to be inserted or removed (O((n + m) * max_edits) time at most).
std::optional<std::vector<EditRange>> edit_script_within(std::u32string_view from, std::u32string_view to,
                                                         std::size_t max_edits);

}  // namespace glossgraph
