#include "core/link/mention_scan.hpp"

#include "core/link/linker.hpp"
#include "core/link/variants.hpp"
#include "core/text/normalize.hpp"
#include "core/text/quotes.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace glossgraph {
namespace {

// A marker explains the words it follows in the same phrase: "“专精特新”企业(3)", but also
// "医保“一个总额”支付改革(10)" and "“蓝鲸倍增”“升规入统”(16)". Between the mention and the
// marker there may be quotes and at most marker_window other characters, none of them
// punctuation or space.
bool in_same_phrase(std::string_view body, std::size_t from, std::size_t marker) {
    std::size_t words = 0;
    for (std::size_t pos = from; pos < marker;) {
        const char32_t cp = utf8::next(body, pos);
        if (is_opening_quote(cp) || is_closing_quote(cp)) continue;
        const bool word = utf8::is_han(cp) || (cp >= U'0' && cp <= U'9');
        if (!word || ++words > marker_window) return false;
    }
    return true;
}

// One occurrence, located in the body as written.
struct Occurrence {
    std::size_t begin = 0;  // first byte of the match
    std::size_t end = 0;    // just after its last character
    bool quoted = false;
    const FootnoteAnchor* anchor = nullptr;  // the marker right after it, if any
};

Occurrence locate(const LinkReport& report, const KeyedText& keyed, const PatternMatch& match) {
    const std::string_view body = report.body;
    Occurrence at;
    at.begin = keyed.origin[match.begin];
    const std::size_t last = keyed.origin[match.end - 1];
    at.end = last;
    utf8::next(body, at.end);
    at.quoted = is_opening_quote(utf8::before(body, at.begin));
    const auto anchor = std::lower_bound(report.anchors.begin(), report.anchors.end(), at.end,
                                         [](const FootnoteAnchor& a, std::size_t offset) { return a.offset < offset; });
    if (anchor != report.anchors.end() && in_same_phrase(body, at.end, anchor->offset)) at.anchor = &*anchor;
    return at;
}

// A short bare form counts only where it stands as a word (see linker.hpp).
bool counts(const Occurrence& at, std::size_t form_length, std::string_view body) {
    if (at.quoted || at.anchor || form_length > short_form_length) return true;
    return !utf8::is_han(utf8::before(body, at.begin)) || !utf8::is_han(utf8::at(body, at.end));
}

// Adds one occurrence; occurrences arrive by start offset, so the first ones are kept.
void add(MentionRecord& record, const Occurrence& at, bool variant, const std::string& form, const LinkReport& report) {
    ++record.count;
    if (at.quoted) ++record.quoted;
    if (at.anchor) {
        ++record.marked;
        const auto footnotes = report.footnotes_of_term.find(record.term_id);
        if (footnotes != report.footnotes_of_term.end() &&
            std::count(footnotes->second.begin(), footnotes->second.end(), at.anchor->footnote) > 0) {
            record.anchored = true;
        }
    }
    if (record.offsets.size() < kept_offsets) record.offsets.push_back(at.begin);
    // The key names the mention when it matched anywhere; a variant form only otherwise.
    if (record.via.empty() || (!variant && record.via_variant)) {
        record.via = form;
        record.via_variant = variant;
    }
}

}  // namespace

MentionPatterns mention_patterns(const std::vector<LinkTerm>& terms, const std::vector<std::size_t>& which) {
    MentionPatterns patterns;
    std::unordered_map<std::string, std::size_t> index;
    auto add_form = [&](const std::string& form, long long term_id, bool variant) {
        const auto [it, added] = index.emplace(form, patterns.forms.size());
        if (added) {
            patterns.forms.push_back(form);
            patterns.targets.emplace_back();
            patterns.form_lengths.push_back(utf8::length(form));
        }
        patterns.targets[it->second].push_back({term_id, variant});
    };
    for (std::size_t i : which) {
        add_form(terms[i].key, terms[i].id, false);
        for (const std::string& stem : generic_stems(terms[i].key, min_stem_length)) add_form(stem, terms[i].id, true);
    }
    return patterns;
}

std::vector<MentionRecord> scan_mentions(const LinkReport& report, const MentionPatterns& patterns,
                                         const MultiMatcher& matcher) {
    // One buffer per scanning thread: bodies are tens of kilobytes, scanned one after another.
    thread_local KeyedText keyed;
    thread_local std::vector<PatternMatch> matches;
    to_key_text(report.body, keyed);
    matches.clear();
    matcher.find_all(keyed.text, matches);
    // Per term and start, the longest form found there: the key “专精特新”企业 wins over its
    // stem 专精特新 at the same place, and with it the marker that follows the whole key.
    std::map<std::pair<long long, std::size_t>, std::pair<PatternMatch, bool>> longest;
    for (const PatternMatch& match : matches) {
        for (const MentionPatterns::Target& target : patterns.targets[match.pattern]) {
            auto [it, added] = longest.try_emplace({target.term_id, match.begin}, match, target.variant);
            if (!added && match.end > it->second.first.end) it->second = {match, target.variant};
        }
    }
    std::map<long long, MentionRecord> records;
    for (const auto& [where, found] : longest) {
        const auto& [match, variant] = found;
        const Occurrence at = locate(report, keyed, match);
        if (!counts(at, patterns.form_lengths[match.pattern], report.body)) continue;
        MentionRecord& record = records[where.first];
        record.report_id = report.id;
        record.term_id = where.first;
        add(record, at, variant, patterns.forms[match.pattern], report);
    }
    std::vector<MentionRecord> out;
    out.reserve(records.size());
    for (auto& [id, record] : records) out.push_back(std::move(record));
    return out;
}

}  // namespace glossgraph
