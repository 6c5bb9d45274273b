#include "importers/source_lines.hpp"

#include "core/text/annotations.hpp"
#include "core/text/normalize.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

// The hidden spans of a line: from `<span style="display:none">` up to `</span>` or the end.
Ranges hidden_span_ranges(std::string_view line) {
    static constexpr std::string_view open = "<span style=\"display:none\">";
    static constexpr std::string_view close = "</span>";
    Ranges ranges;
    std::size_t pos = 0;
    while (pos < line.size()) {
        const std::size_t start = line.find(open, pos);
        if (start == std::string_view::npos) break;
        const std::size_t end = line.find(close, start + open.size());
        pos = end == std::string_view::npos ? line.size() : end + close.size();
        ranges.emplace_back(start, pos);
    }
    return ranges;
}

std::string without(std::string_view text, const Ranges& ranges) {
    if (ranges.empty()) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t kept = 0;
    for (const auto& [first, last] : ranges) {
        out.append(text.substr(kept, first - kept));
        kept = last;
    }
    out.append(text.substr(kept));
    return out;
}

std::vector<std::size_t> cut_before(const Ranges& ranges) {
    std::vector<std::size_t> cut;
    std::size_t total = 0;
    for (const auto& [first, last] : ranges) {
        cut.push_back(total);
        total += last - first;
    }
    return cut;
}

}  // namespace

std::string remove_hidden_spans(std::string_view line) { return without(line, hidden_span_ranges(line)); }

CleanedLine::CleanedLine(std::string_view raw) : spans_(hidden_span_ranges(raw)), span_cut_(cut_before(spans_)) {
    const std::string visible = without(raw, spans_);
    annotations_ = pinyin_annotation_ranges(visible);
    annotation_cut_ = cut_before(annotations_);
    const std::string stripped = without(visible, annotations_);
    const std::string_view trimmed = trim(stripped);
    leading_ = static_cast<std::size_t>(trimmed.data() - stripped.data());
    text_ = std::string(trimmed);
}

std::size_t CleanedLine::through(const Ranges& ranges, const std::vector<std::size_t>& cut, std::size_t offset) {
    // The last range that starts before offset, if any.
    const auto after = std::upper_bound(ranges.begin(), ranges.end(), offset,
                                        [](std::size_t x, const auto& range) { return x <= range.first; });
    if (after == ranges.begin()) return offset;
    const std::size_t i = static_cast<std::size_t>(after - ranges.begin()) - 1;
    const auto [first, last] = ranges[i];
    if (offset < last) return first - cut[i];
    return offset - cut[i] - (last - first);
}

std::size_t CleanedLine::column(std::size_t raw_column) const {
    const std::size_t visible = through(spans_, span_cut_, raw_column);
    const std::size_t stripped = through(annotations_, annotation_cut_, visible);
    return std::min(stripped > leading_ ? stripped - leading_ : 0, text_.size());
}

std::vector<SourceLine> split_clean_lines(std::string_view text) {
    std::vector<SourceLine> lines;
    int number = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        ++number;
        const std::string_view raw = text.substr(pos, end - pos);
        std::string cleaned(trim(strip_pinyin_annotations(remove_hidden_spans(raw))));
        if (!cleaned.empty()) lines.push_back({std::move(cleaned), number});
        if (end == text.size()) break;
        pos = end + 1;
    }
    return lines;
}

}  // namespace glossgraph
