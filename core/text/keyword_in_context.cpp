#include "core/text/keyword_in_context.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x3000 ||
           cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029;
}

// Code points of text from `from` backwards, at most n of them: the offset where they start.
std::size_t back_by(std::string_view text, std::size_t from, std::size_t n) {
    std::size_t at = from;
    for (std::size_t i = 0; i < n && at > 0; ++i) {
        at = utf8::character_start(text, at - 1);
    }
    return at;
}

std::size_t forward_by(std::string_view text, std::size_t from, std::size_t n) {
    std::size_t at = from;
    for (std::size_t i = 0; i < n && at < text.size(); ++i) utf8::next(text, at);
    return at;
}

}  // namespace

std::vector<TextSpan> find_words(std::string_view text, std::span<const std::string> word_keys, KeyedText& keyed) {
    std::vector<TextSpan> spans;
    to_key_text(text, keyed);
    const std::string_view key_text = keyed.text;
    for (const std::string& word : word_keys) {
        if (word.empty()) continue;
        for (std::size_t at = key_text.find(word); at != std::string_view::npos; at = key_text.find(word, at + 1)) {
            // Only at character boundaries of the key form: a word never starts inside a character.
            if (utf8::is_continuation(key_text[at])) continue;
            const std::size_t last = at + word.size() - 1;  // the last byte of the match
            std::size_t end = keyed.origin[last];
            utf8::next(text, end);  // past the character the last byte came from
            spans.push_back({keyed.origin[at], end});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<TextSpan> merged;
    for (const TextSpan& span : spans) {
        if (!merged.empty() && span.begin <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, span.end);
        } else {
            merged.push_back(span);
        }
    }
    return merged;
}

bool has_all_words(std::string_view text, std::span<const std::string> word_keys, KeyedText& keyed) {
    to_key_text(text, keyed);
    bool any = false;
    for (const std::string& word : word_keys) {
        if (word.empty()) continue;
        if (keyed.text.find(word) == std::string::npos) return false;
        any = true;
    }
    return any;
}

std::string one_line(std::string_view text) {
    std::string line;
    line.reserve(text.size());
    bool in_space = false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const char32_t cp = utf8::next(text, at);
        if (is_space(cp)) {
            in_space = true;
            continue;
        }
        if (in_space && !line.empty()) line += ' ';
        in_space = false;
        line.append(text.substr(start, at - start));
    }
    return line;
}

Context context_of(std::string_view text, TextSpan match, std::size_t width) {
    match.end = std::min(match.end, text.size());
    match.begin = std::min(match.begin, match.end);
    const std::size_t from = back_by(text, match.begin, width);
    const std::size_t to = forward_by(text, match.end, width);
    Context context;
    context.before = one_line(text.substr(from, match.begin - from));
    context.match = one_line(text.substr(match.begin, match.end - match.begin));
    context.after = one_line(text.substr(match.end, to - match.end));
    // one_line drops the space at the outer ends; keep one where the match meets white space.
    if (!context.before.empty() && match.begin > from) {
        std::size_t at = back_by(text, match.begin, 1);  // the character just before the match
        if (is_space(utf8::next(text, at))) context.before += ' ';
    }
    if (!context.after.empty() && to > match.end) {
        std::size_t at = match.end;
        if (is_space(utf8::next(text, at))) {
            std::string spaced(1, ' ');  // not insert(0, " "): GCC 12 -O3 warns (-Wrestrict) of that
            spaced += context.after;
            context.after = std::move(spaced);
        }
    }
    context.cut_before = from > 0;
    context.cut_after = to < text.size();
    return context;
}

}  // namespace glossgraph
