#include "importers/footnote_anchors.hpp"

#include "core/text/utf8.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/u32.hpp"

namespace glossgraph {
namespace {

bool is_closing_quote(char32_t cp) {
    return cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == U'》' || cp == U'"';
}

bool can_precede_marker(char32_t cp) {
    const bool latin = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    return utf8::is_han(cp) || latin || is_closing_quote(cp);
}

// The code point that ends just before offset (0 when there is none).
char32_t previous_code_point(std::string_view body, std::size_t offset) {
    if (offset == 0) return 0;
    const std::string_view last = utf8::suffix(body.substr(0, offset), 1);
    std::size_t pos = 0;
    return utf8::next(last, pos);
}

bool may_open_marker(unsigned char byte) {
    // '(' '[' and the lead bytes of （ 【 〔 and of the circled and parenthesised numbers.
    return byte == '(' || byte == '[' || byte == 0xEF || byte == 0xE3 || byte == 0xE2;
}

}  // namespace

std::optional<MarkerAt> marker_at(std::string_view body, std::size_t offset) {
    if (offset >= body.size() || !may_open_marker(static_cast<unsigned char>(body[offset]))) return std::nullopt;
    const auto marker = read_marker(body.substr(offset, 24));
    if (!marker) return std::nullopt;
    const char last = marker->text.back();
    if (marker->text.size() > 1 && (last == '.' || last == ',')) return std::nullopt;  // "1." numbers a list
    const std::u32string text = to_u32(marker->text);
    if (text.back() == U'、' || text.back() == U'．') return std::nullopt;
    return MarkerAt{marker->number, marker->text.size()};
}

std::vector<FootnoteAnchor> find_footnote_anchors(std::string_view body, const std::set<int>& footnotes) {
    std::vector<FootnoteAnchor> anchors;
    if (footnotes.empty()) return anchors;
    for (std::size_t offset = 0; offset < body.size(); ++offset) {
        const auto marker = marker_at(body, offset);
        if (!marker || !footnotes.contains(marker->number)) continue;
        if (!can_precede_marker(previous_code_point(body, offset))) continue;
        anchors.push_back({marker->number, offset, std::string(body.substr(offset, marker->length))});
        offset += marker->length - 1;
    }
    return anchors;
}

}  // namespace glossgraph
