#include "core/compare/diff.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace glossgraph {
namespace {

// A text as code points, with the byte offset of each (offsets has one more, the end).
struct Decoded {
    std::u32string code_points;
    std::vector<std::size_t> offsets;
};

Decoded decode(std::string_view text) {
    Decoded decoded;
    std::size_t pos = 0;
    while (pos < text.size()) {
        decoded.offsets.push_back(pos);
        decoded.code_points.push_back(utf8::next(text, pos));
    }
    decoded.offsets.push_back(text.size());
    return decoded;
}

using Op = DiffSpan::Op;

// Collects the edit script as ranges, merging runs. Between two equal ranges, everything
// removed (one range of `from`) is written before everything inserted (one range of `to`),
// whatever order the recursion found them in.
class RangeWriter {
public:
    // Symbols [first, last) of from (equal, remove) or of to (insert).
    void emit(Op op, std::size_t first, std::size_t last) {
        if (first == last) return;
        if (op != Op::equal) {
            std::optional<EditRange>& pending = op == Op::remove ? removed_ : inserted_;
            if (pending) pending->last = last;
            else pending = EditRange{op, first, last};
            return;
        }
        flush();
        if (!ranges_.empty() && ranges_.back().op == Op::equal && ranges_.back().last == first) ranges_.back().last = last;
        else ranges_.push_back({Op::equal, first, last});
    }

    std::vector<EditRange> take() {
        flush();
        return std::move(ranges_);
    }

private:
    void flush() {
        if (removed_) ranges_.push_back(*removed_);
        if (inserted_) ranges_.push_back(*inserted_);
        removed_.reset();
        inserted_.reset();
    }

    std::optional<EditRange> removed_, inserted_;
    std::vector<EditRange> ranges_;
};

struct Point {
    std::size_t x, y;
};

// The furthest-reaching paths of one search direction of Myers' algorithm: for each diagonal
// k = x - y, the largest x reached with d edits, or -1 when no such path stays inside the
// n x m grid. The reverse search uses the same coordinates counted from the texts' ends.
class Frontier {
public:
    Frontier(long n, long m, long max_d)
        : n_(n), m_(m), offset_(max_d + 1), x_(static_cast<std::size_t>(2 * max_d + 3), -1) {}

    long at(long k) const {
        return k < -offset_ || k > offset_ ? -1 : x_[static_cast<std::size_t>(k + offset_)];
    }

    // Extends the paths of diagonals k - 1 (one step right) and k + 1 (one step down) onto
    // diagonal k, then along it while matches(x, y) holds; stores and returns the new x.
    template <typename Matches>
    long advance(long k, long d, Matches matches) {
        long x = d == 0 ? 0 : -1;
        const long from_left = at(k - 1);
        if (d > 0 && from_left >= 0 && from_left < n_) x = from_left + 1;
        const long from_above = at(k + 1);
        if (d > 0 && from_above >= 0 && from_above - k - 1 < m_) x = std::max(x, from_above);
        while (x >= 0 && x < n_ && x - k < m_ && matches(x, x - k)) ++x;
        x_[static_cast<std::size_t>(k + offset_)] = x;
        return x;
    }

private:
    long n_, m_, offset_;
    std::vector<long> x_;
};

struct Snake {
    Point point;
    std::size_t edits = 0;  // of the whole shortest path
};

// Myers' middle snake: a point on a shortest edit path from (0, 0) to (n, m), found by running
// the forward and the reverse search in turns until they meet on a diagonal. From the forward
// end point, the rest costs no more than the reverse path's edits, since moving along a
// diagonal towards (n, m) never makes the rest dearer. a and b differ in their first and in
// their last code points, so the point is neither (0, 0) nor (n, m) and both halves shrink.
// Nothing when the path needs more than max_edits edits: the searches give up after
// max_edits / 2 + 1 rounds, so the time is O((n + m) * min(D, max_edits)).
std::optional<Snake> middle_snake(std::u32string_view a, std::u32string_view b, std::size_t max_edits) {
    const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
    const long delta = n - m;
    const long max_d = static_cast<long>(std::min<std::size_t>((a.size() + b.size() + 1) / 2, max_edits / 2 + 1));
    const bool odd = delta % 2 != 0;
    const auto forward_match = [&](long x, long y) { return a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]; };
    const auto reverse_match = [&](long x, long y) {
        return a[static_cast<std::size_t>(n - x - 1)] == b[static_cast<std::size_t>(m - y - 1)];
    };
    Frontier forward(n, m, max_d), reverse(n, m, max_d);
    for (long d = 0; d <= max_d; ++d) {
        for (long k = -d; k <= d; k += 2) {
            const long x = forward.advance(k, d, forward_match), met = reverse.at(delta - k);
            if (odd && x >= 0 && met >= 0 && x + met >= n) {
                return Snake{{static_cast<std::size_t>(x), static_cast<std::size_t>(x - k)}, static_cast<std::size_t>(2 * d - 1)};
            }
        }
        for (long k = -d; k <= d; k += 2) {
            const long x = reverse.advance(k, d, reverse_match), met = forward.at(delta - k);
            if (!odd && x >= 0 && met >= 0 && met + x >= n) {
                return Snake{{static_cast<std::size_t>(met), static_cast<std::size_t>(met - (delta - k))},
                             static_cast<std::size_t>(2 * d)};
            }
        }
    }
    return std::nullopt;  // more than max_edits (without a cap, the searches meet by (n + m + 1) / 2)
}

constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();

// Diffs a[a_first, a_last) against b[b_first, b_last), emitting ranges in order; false (and
// nothing sure emitted) when more than max_edits edits are needed. The halves of a middle
// snake need no more edits than the whole, so they are not bounded again.
bool diff_range(std::u32string_view a, std::u32string_view b, std::size_t a_first, std::size_t a_last,
                std::size_t b_first, std::size_t b_last, RangeWriter& out, std::size_t max_edits = kUnbounded) {
    std::size_t prefix = 0;
    while (a_first + prefix < a_last && b_first + prefix < b_last && a[a_first + prefix] == b[b_first + prefix]) ++prefix;
    out.emit(Op::equal, a_first, a_first + prefix);
    a_first += prefix;
    b_first += prefix;
    std::size_t suffix = 0;
    while (a_first + suffix < a_last && b_first + suffix < b_last && a[a_last - suffix - 1] == b[b_last - suffix - 1]) ++suffix;
    if (a_first == a_last - suffix || b_first == b_last - suffix) {
        if ((a_last - suffix - a_first) + (b_last - suffix - b_first) > max_edits) return false;
        out.emit(Op::remove, a_first, a_last - suffix);
        out.emit(Op::insert, b_first, b_last - suffix);
    } else {
        const std::optional<Snake> split = middle_snake(a.substr(a_first, a_last - suffix - a_first),
                                                        b.substr(b_first, b_last - suffix - b_first), max_edits);
        if (!split || split->edits > max_edits) return false;
        diff_range(a, b, a_first, a_first + split->point.x, b_first, b_first + split->point.y, out);
        diff_range(a, b, a_first + split->point.x, a_last - suffix, b_first + split->point.y, b_last - suffix, out);
    }
    out.emit(Op::equal, a_last - suffix, a_last);
    return true;
}

// The spans of an edit script over the code points of from and to.
std::vector<DiffSpan> spans_of(const std::vector<EditRange>& ranges, std::string_view from, std::string_view to,
                               const Decoded& a, const Decoded& b) {
    std::vector<DiffSpan> spans;
    spans.reserve(ranges.size());
    for (const EditRange& range : ranges) {
        const bool from_side = range.op != Op::insert;
        const std::vector<std::size_t>& offsets = from_side ? a.offsets : b.offsets;
        const std::string_view text = from_side ? from : to;
        spans.push_back({range.op, std::string(text.substr(offsets[range.first], offsets[range.last] - offsets[range.first]))});
    }
    return spans;
}

}  // namespace

std::string_view to_string(DiffSpan::Op op) {
    switch (op) {
        case Op::equal: return "equal";
        case Op::insert: return "insert";
        case Op::remove: return "remove";
    }
    return "unknown";
}

std::optional<std::vector<EditRange>> edit_script_within(std::u32string_view from, std::u32string_view to,
                                                         std::size_t max_edits) {
    RangeWriter out;
    if (!diff_range(from, to, 0, from.size(), 0, to.size(), out, max_edits)) return std::nullopt;
    return out.take();
}

std::optional<std::vector<DiffSpan>> char_diff_within(std::string_view from, std::string_view to, std::size_t max_edits) {
    const Decoded a = decode(from);
    const Decoded b = decode(to);
    const std::optional<std::vector<EditRange>> script = edit_script_within(a.code_points, b.code_points, max_edits);
    if (!script) return std::nullopt;
    return spans_of(*script, from, to, a, b);
}

std::vector<DiffSpan> char_diff(std::string_view from, std::string_view to) {
    return *char_diff_within(from, to, kUnbounded);
}

}  // namespace glossgraph
