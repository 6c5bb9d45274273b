#include "core/compare/bounded_diff.hpp"

#include "core/compare/comparison_text.hpp"
#include "core/compare/items.hpp"
#include "core/compare/levenshtein.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace glossgraph {
namespace {

using Op = DiffSpan::Op;

bool ends_piece(char32_t cp) {
    static constexpr std::u32string_view separators = U"。；！？，、：;!?,:\n";
    return separators.find(cp) != std::u32string_view::npos;
}

// Each distinct piece of both texts as one symbol, the same symbol for the same text.
class PieceSymbols {
public:
    template <typename Piece>
    std::u32string symbols(const std::vector<Piece>& pieces) {
        std::u32string out;
        out.reserve(pieces.size());
        for (const Piece& piece : pieces) {
            const auto [at, added] = ids_.try_emplace(std::string_view(piece), static_cast<char32_t>(ids_.size()));
            out.push_back(at->second);
        }
        return out;
    }

private:
    std::unordered_map<std::string_view, char32_t> ids_;
};

// Appends a span, merging it into the last one when they are of one kind.
void append(std::vector<DiffSpan>& spans, Op op, std::string_view text) {
    if (text.empty()) return;
    if (!spans.empty() && spans.back().op == op) spans.back().text.append(text);
    else spans.push_back({op, std::string(text)});
}

std::size_t changed_code_points(const std::vector<DiffSpan>& spans) {
    std::size_t count = 0;
    for (const DiffSpan& span : spans) {
        if (span.op != Op::equal) count += utf8::length(span.text);
    }
    return count;
}

// The texts joined from pieces [first, last).
std::string joined(const std::vector<std::string_view>& pieces, std::size_t first, std::size_t last) {
    std::string text;
    for (std::size_t i = first; i < last; ++i) text.append(pieces[i]);
    return text;
}

// A run of changed pieces between equal ones: a character diff while the work lasts, else
// the pieces removed and inserted whole.
void refine(const std::string& removed, const std::string& inserted, std::size_t& work, BoundedDiff& out) {
    const std::size_t size = std::max<std::size_t>(utf8::length(removed) + utf8::length(inserted), 1);
    const std::optional<std::vector<DiffSpan>> spans =
        removed.empty() || inserted.empty() ? std::nullopt : char_diff_within(removed, inserted, work / size);
    if (!spans) {
        append(out.spans, Op::remove, removed);
        append(out.spans, Op::insert, inserted);
        out.exact = out.exact && (removed.empty() || inserted.empty());
        work -= std::min(work, size);
        return;
    }
    for (const DiffSpan& span : *spans) append(out.spans, span.op, span.text);
    work -= std::min(work, size * (changed_code_points(*spans) + 1));
}

bool continues_a_character(std::string_view text, std::size_t at) {
    return at < text.size() && utf8::is_continuation(text[at]);
}

// Everything between the texts' common start and end (whole characters), removed and inserted whole.
BoundedDiff whole(std::string_view from, std::string_view to) {
    const std::size_t shorter = std::min(from.size(), to.size());
    std::size_t prefix = 0;
    while (prefix < shorter && from[prefix] == to[prefix]) ++prefix;
    while (prefix > 0 && (continues_a_character(from, prefix) || continues_a_character(to, prefix))) --prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && from[from.size() - suffix - 1] == to[to.size() - suffix - 1]) ++suffix;
    while (suffix > 0 && (continues_a_character(from, from.size() - suffix) || continues_a_character(to, to.size() - suffix))) {
        --suffix;
    }
    BoundedDiff out;
    append(out.spans, Op::equal, from.substr(0, prefix));
    append(out.spans, Op::remove, from.substr(prefix, from.size() - prefix - suffix));
    append(out.spans, Op::insert, to.substr(prefix, to.size() - prefix - suffix));
    append(out.spans, Op::equal, from.substr(from.size() - suffix));
    out.exact = from.size() == prefix + suffix || to.size() == prefix + suffix;
    return out;
}

std::u32string joined_u32(const std::vector<std::u32string>& pieces, std::size_t first, std::size_t last) {
    std::u32string text;
    for (std::size_t i = first; i < last; ++i) text.append(pieces[i]);
    return text;
}

}  // namespace

std::vector<std::string_view> diff_pieces(std::string_view text) {
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        if (ends_piece(utf8::next(text, pos))) {
            pieces.push_back(text.substr(start, pos - start));
            start = pos;
        }
    }
    if (start < text.size()) pieces.push_back(text.substr(start));
    return pieces;
}

BoundedDiff bounded_diff(std::string_view from, std::string_view to, std::size_t work) {
    const std::size_t size = std::max<std::size_t>(utf8::length(from) + utf8::length(to), 1);
    if (auto spans = char_diff_within(from, to, work / size)) return {std::move(*spans), true};
    const std::vector<std::string_view> a = diff_pieces(from);
    const std::vector<std::string_view> b = diff_pieces(to);
    PieceSymbols symbols;
    const std::u32string x = symbols.symbols(a);
    const std::u32string y = symbols.symbols(b);
    const std::optional<std::vector<EditRange>> script =
        edit_script_within(x, y, work / std::max<std::size_t>(x.size() + y.size(), 1));
    if (!script) return whole(from, to);
    BoundedDiff out;
    std::size_t left = work;
    std::string removed;
    for (const EditRange& range : *script) {
        if (range.op == Op::remove) {
            removed = joined(a, range.first, range.last);
        } else if (range.op == Op::insert) {
            refine(removed, joined(b, range.first, range.last), left, out);
            removed.clear();
        } else {
            if (!removed.empty()) refine(removed, "", left, out);
            removed.clear();
            append(out.spans, Op::equal, joined(a, range.first, range.last));
        }
    }
    if (!removed.empty()) refine(removed, "", left, out);
    return out;
}

EditEstimate bounded_edit_distance(std::u32string_view x, std::u32string_view y, const std::vector<std::string>& items_x,
                                   const std::vector<std::string>& items_y, std::size_t work) {
    EditEstimate estimate{0, std::max(x.size(), y.size()), true};
    const std::size_t shorter = std::min(x.size(), y.size());
    if (shorter * estimate.longest <= work) {
        estimate.distance = levenshtein_distance(x, y);
        return estimate;
    }
    const std::size_t band = work / (2 * shorter + 1);
    if (const std::size_t within = levenshtein_distance_within(x, y, band); within <= band) {
        estimate.distance = within;
        return estimate;
    }
    estimate.exact = false;
    estimate.distance = estimate.longest;
    std::vector<std::u32string> px, py;
    for (const std::string& item : items_x) px.push_back(code_points(item));
    for (const std::string& item : items_y) py.push_back(code_points(item));
    PieceSymbols symbols;
    const std::u32string sx = symbols.symbols(items_x);
    const std::u32string sy = symbols.symbols(items_y);
    const std::optional<std::vector<EditRange>> script =
        edit_script_within(sx, sy, work / std::max<std::size_t>(sx.size() + sy.size(), 1));
    if (!script) return estimate;
    std::size_t distance = 0;
    std::size_t left = work;
    std::u32string removed;
    const auto changed = [&](const std::u32string& inserted) {
        if (removed.size() * inserted.size() <= left) {
            distance += levenshtein_distance(removed, inserted);
            left -= removed.size() * inserted.size();
        } else {
            distance += std::max(removed.size(), inserted.size());
        }
        removed.clear();
    };
    for (const EditRange& range : *script) {
        if (range.op == Op::remove) removed = joined_u32(px, range.first, range.last);
        else if (range.op == Op::insert) changed(joined_u32(py, range.first, range.last));
        else if (!removed.empty()) changed({});
    }
    if (!removed.empty()) changed({});
    estimate.distance = std::min(std::max(distance, estimate.longest - shorter), estimate.longest);
    return estimate;
}

SimilarityEstimate bounded_edit_similarity(std::string_view a, std::string_view b, std::size_t work) {
    const std::u32string x = code_points(comparison_text(a));
    const std::u32string y = code_points(comparison_text(b));
    if (std::min(x.size(), y.size()) * std::max(x.size(), y.size()) <= work) return {edit_similarity(a, b), true};
    const EditEstimate estimate = bounded_edit_distance(x, y, enumerated_items(a), enumerated_items(b), work);
    return {similarity_from_distance(estimate.distance, estimate.longest), estimate.exact};
}

}  // namespace glossgraph
