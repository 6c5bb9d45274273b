#include "core/compare/diff.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
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

// Collects the spans in order, merging runs. Between two equal spans, everything removed is
// written before everything inserted, whatever order the recursion found them in.
class SpanWriter {
public:
    SpanWriter(std::string_view from, std::string_view to, const Decoded& a, const Decoded& b)
        : from_(from), to_(to), a_(a), b_(b) {}

    // Code points [first, last) of from (equal, remove) or of to (insert).
    void emit(Op op, std::size_t first, std::size_t last) {
        if (first == last) return;
        const bool from_side = op != Op::insert;
        const std::vector<std::size_t>& offsets = from_side ? a_.offsets : b_.offsets;
        const std::string_view bytes = (from_side ? from_ : to_).substr(offsets[first], offsets[last] - offsets[first]);
        if (op == Op::remove) removed_.append(bytes);
        if (op == Op::insert) inserted_.append(bytes);
        if (op != Op::equal) return;
        flush();
        if (spans_.empty() || spans_.back().op != Op::equal) spans_.push_back({Op::equal, {}});
        spans_.back().text.append(bytes);
    }

    std::vector<DiffSpan> take() {
        flush();
        return std::move(spans_);
    }

private:
    void flush() {
        if (!removed_.empty()) spans_.push_back({Op::remove, std::move(removed_)});
        if (!inserted_.empty()) spans_.push_back({Op::insert, std::move(inserted_)});
        removed_.clear();
        inserted_.clear();
    }

    std::string_view from_, to_;
    const Decoded& a_;
    const Decoded& b_;
    std::string removed_, inserted_;
    std::vector<DiffSpan> spans_;
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

// Myers' middle snake: a point on a shortest edit path from (0, 0) to (n, m), found by running
// the forward and the reverse search in turns until they meet on a diagonal. From the forward
// end point, the rest costs no more than the reverse path's edits, since moving along a
// diagonal towards (n, m) never makes the rest dearer. a and b differ in their first and in
// their last code points, so the point is neither (0, 0) nor (n, m) and both halves shrink.
Point middle_snake(std::u32string_view a, std::u32string_view b) {
    const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
    const long max_d = (n + m + 1) / 2, delta = n - m;
    const bool odd = delta % 2 != 0;
    const auto forward_match = [&](long x, long y) { return a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]; };
    const auto reverse_match = [&](long x, long y) {
        return a[static_cast<std::size_t>(n - x - 1)] == b[static_cast<std::size_t>(m - y - 1)];
    };
    Frontier forward(n, m, max_d), reverse(n, m, max_d);
    for (long d = 0; d <= max_d; ++d) {
        for (long k = -d; k <= d; k += 2) {
            const long x = forward.advance(k, d, forward_match), met = reverse.at(delta - k);
            if (odd && x >= 0 && met >= 0 && x + met >= n) return {static_cast<std::size_t>(x), static_cast<std::size_t>(x - k)};
        }
        for (long k = -d; k <= d; k += 2) {
            const long x = reverse.advance(k, d, reverse_match), met = forward.at(delta - k);
            if (!odd && x >= 0 && met >= 0 && met + x >= n)
                return {static_cast<std::size_t>(met), static_cast<std::size_t>(met - (delta - k))};
        }
    }
    return {0, 0};  // not reached: the searches meet by d = max_d
}

// Diffs a[a_first, a_last) against b[b_first, b_last), emitting spans in order.
void diff_range(const Decoded& a, const Decoded& b, std::size_t a_first, std::size_t a_last, std::size_t b_first,
                std::size_t b_last, SpanWriter& out) {
    std::size_t prefix = 0;
    while (a_first + prefix < a_last && b_first + prefix < b_last &&
           a.code_points[a_first + prefix] == b.code_points[b_first + prefix])
        ++prefix;
    out.emit(Op::equal, a_first, a_first + prefix);
    a_first += prefix;
    b_first += prefix;
    std::size_t suffix = 0;
    while (a_first + suffix < a_last && b_first + suffix < b_last &&
           a.code_points[a_last - suffix - 1] == b.code_points[b_last - suffix - 1])
        ++suffix;
    if (a_first == a_last - suffix || b_first == b_last - suffix) {
        out.emit(Op::remove, a_first, a_last - suffix);
        out.emit(Op::insert, b_first, b_last - suffix);
    } else {
        const std::u32string_view a_view(a.code_points.data() + a_first, a_last - suffix - a_first);
        const std::u32string_view b_view(b.code_points.data() + b_first, b_last - suffix - b_first);
        const Point split = middle_snake(a_view, b_view);
        diff_range(a, b, a_first, a_first + split.x, b_first, b_first + split.y, out);
        diff_range(a, b, a_first + split.x, a_last - suffix, b_first + split.y, b_last - suffix, out);
    }
    out.emit(Op::equal, a_last - suffix, a_last);
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

std::vector<DiffSpan> char_diff(std::string_view from, std::string_view to) {
    const Decoded a = decode(from);
    const Decoded b = decode(to);
    SpanWriter out(from, to, a, b);
    diff_range(a, b, 0, a.code_points.size(), 0, b.code_points.size(), out);
    return out.take();
}

}  // namespace glossgraph
