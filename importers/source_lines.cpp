#include "importers/source_lines.hpp"

#include "core/text/annotations.hpp"
#include "core/text/normalize.hpp"

namespace glossgraph {

std::string remove_hidden_spans(std::string_view line) {
    static constexpr std::string_view open = "<span style=\"display:none\">";
    static constexpr std::string_view close = "</span>";
    std::string out;
    std::size_t pos = 0;
    while (pos < line.size()) {
        const std::size_t start = line.find(open, pos);
        if (start == std::string_view::npos) break;
        out.append(line.substr(pos, start - pos));
        const std::size_t end = line.find(close, start + open.size());
        pos = end == std::string_view::npos ? line.size() : end + close.size();
    }
    if (pos == 0) return std::string(line);
    if (pos < line.size()) out.append(line.substr(pos));
    return out;
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
