#include "importers/footnote_anchors.hpp"

#include "core/text/quotes.hpp"
#include "core/text/utf8.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/u32.hpp"

namespace glossgraph {
namespace {

bool can_precede_marker(char32_t cp) {
    const bool latin = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    return utf8::is_han(cp) || latin || is_closing_quote(cp);
}

// '(' '[' （ ［ 【 〖 〔 〈 and the circled and parenthesised numbers (① ⑴ ⒈ ㉑ ㊱): what read_marker
// can start with. Checked on the code point, since most CJK text shares those lead bytes.
bool may_open_marker(std::string_view body, std::size_t offset) {
    const auto byte = static_cast<unsigned char>(body[offset]);
    if (byte == '(' || byte == '[') return true;
    if (byte != 0xEF && byte != 0xE3 && byte != 0xE2) return false;
    const char32_t cp = utf8::next(body, offset);
    return cp == U'（' || cp == U'【' || cp == U'〔' || cp == U'［' || cp == U'〖' || cp == U'〈' || (cp >= 0x2460 && cp <= 0x249B) || (cp >= 0x3251 && cp <= 0x325F) ||
           (cp >= 0x32B1 && cp <= 0x32BF);
}

}  // namespace

std::optional<MarkerAt> marker_at(std::string_view body, std::size_t offset) {
    if (offset >= body.size() || !may_open_marker(body, offset)) return std::nullopt;
    const auto marker = read_marker(body.substr(offset, 24));
    if (!marker || is_han_numeral(marker->style)) return std::nullopt;  // （一） numbers a section
    const char last = marker->text.back();
    if (marker->text.size() > 1 && (last == '.' || last == ',')) return std::nullopt;  // "1." numbers a list
    const std::u32string text = code_points(marker->text);
    if (text.back() == U'、' || text.back() == U'．') return std::nullopt;
    return MarkerAt{marker->number, marker->text.size()};
}

std::vector<FootnoteAnchor> find_footnote_anchors(std::string_view body, const std::set<int>& footnotes) {
    std::vector<FootnoteAnchor> anchors;
    if (footnotes.empty()) return anchors;
    for (std::size_t offset = 0; offset < body.size(); ++offset) {
        const auto byte = static_cast<unsigned char>(body[offset]);
        if (byte != '(' && byte != '[' && byte != 0xEF && byte != 0xE3 && byte != 0xE2) continue;
        const auto marker = marker_at(body, offset);
        if (!marker || !footnotes.contains(marker->number)) continue;
        if (!can_precede_marker(utf8::before(body, offset))) continue;
        anchors.push_back({marker->number, offset, std::string(body.substr(offset, marker->length))});
        offset += marker->length - 1;
    }
    return anchors;
}

}  // namespace glossgraph
