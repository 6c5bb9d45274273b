#pragma once
// A character-level diff for showing how two readings of a term differ.
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

}  // namespace glossgraph
