// The rules that compare keys: a generic suffix added, numerals written differently, another count.
#include "core/link/variant_rules.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace glossgraph::detail {
namespace {

// One table for the suffix rule and for the stems refers_to looks for, so the two agree.
constexpr std::array<std::string_view, 26> kGenericSuffixes{
    "改革", "要求", "工程", "行动", "机制", "体系", "模式", "企业", "制度",
    "战略", "理念", "计划", "活动", "政策", "建设", "试点", "专项行动", "工作",
    "工作法", "原则", "目标", "任务", "思想", "精神", "格局", "路径",
};

constexpr std::size_t kMinSuffixStem = 2;
constexpr std::size_t kMinShapeChars = 2;
// U+FFFD: term_key removes it, so the placeholder can never stand for a character of a key.
constexpr std::string_view kPlaceholder = "\xEF\xBF\xBD";

// The count a numeral character writes ("0".."9", or 十 for ten); empty for other characters.
std::string_view numeral_value(char32_t cp) {
    static constexpr std::string_view digits = "0123456789";
    if (cp >= U'0' && cp <= U'9') return digits.substr(cp - U'0', 1);
    switch (cp) {
    case U'〇': case U'零': return "0";
    case U'一': case U'壹': return "1";
    case U'二': case U'两': case U'贰': return "2";
    case U'三': case U'叁': return "3";
    case U'四': case U'肆': return "4";
    case U'五': case U'伍': return "5";
    case U'六': case U'陆': return "6";
    case U'七': case U'柒': return "7";
    case U'八': case U'捌': return "8";
    case U'九': case U'玖': return "9";
    case U'十': case U'拾': return "十";
    default: return {};
    }
}

std::size_t numeral_run_end(std::string_view key, std::size_t pos) {
    while (pos < key.size()) {
        std::size_t next = pos;
        if (numeral_value(utf8::next(key, next)).empty()) break;
        pos = next;
    }
    return pos;
}

void append_run_value(std::string_view run, std::string& out) {
    if (run == "10") {
        out += "十";
        return;
    }
    for (std::size_t pos = 0; pos < run.size();) out += numeral_value(utf8::next(run, pos));
}

// Whether a run of numerals counts something. A number written digit by digit with more than
// two digits, or with a leading zero, names a thing instead: a code or a year, in either
// script (03专项行动, 491工程, 2035远景目标, 二〇三五年远景目标), so two terms that differ there
// are not one pattern with another count. A run with 十 is a count (十三五, 二十).
bool is_count(std::string_view run) {
    std::string values;  // one ASCII digit per numeral, 十 as itself
    append_run_value(run, values);
    if (values.find("十") != std::string::npos) return true;
    return values.size() <= 2 && !(values.size() == 2 && values.front() == '0');
}

NumeralForm numeral_form(std::string_view key) {
    NumeralForm form;
    std::size_t pos = 0;
    while (pos < key.size()) {
        const std::size_t start = pos;
        if (numeral_value(utf8::next(key, pos)).empty()) {
            form.normal.append(key.substr(start, pos - start));
            form.shape.append(key.substr(start, pos - start));
            ++form.other_chars;
            continue;
        }
        pos = numeral_run_end(key, start);
        const std::string_view run = key.substr(start, pos - start);
        append_run_value(run, form.normal);
        if (is_count(run)) {
            form.shape += kPlaceholder;
        } else {
            form.shape.append(run);
        }
        form.runs.push_back(run);
    }
    return form;
}

// "两=二": the first runs of numerals in which a and b differ, joined by sep.
std::string first_run_difference(const NumeralForm& a, const NumeralForm& b, std::string_view sep) {
    const std::size_t n = std::min(a.runs.size(), b.runs.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (a.runs[i] != b.runs[i]) return std::string(a.runs[i]) + std::string(sep) + std::string(b.runs[i]);
    }
    return std::string(sep);
}

void add_pair(std::vector<TermRelation>& out, std::size_t a, std::size_t b, RelationKind kind, std::string rule) {
    out.push_back({std::min(a, b), std::max(a, b), kind, std::move(rule), 0});
}

}  // namespace

std::vector<Split> stems_of(std::string_view key, std::size_t min_stem) {
    std::vector<Split> splits;
    for (const std::string_view suffix : kGenericSuffixes) {
        if (!key.ends_with(suffix)) continue;
        const std::string_view stem = key.substr(0, key.size() - suffix.size());
        if (utf8::length(stem) >= min_stem) splits.push_back({stem, suffix});
    }
    return splits;
}

Context::Context(const std::vector<TermFacts>& all, const Indices& changed_list)
    : terms(all), changed(all.size(), false) {
    for (const std::size_t c : changed_list) {
        if (c >= terms.size()) throw std::out_of_range("find_relations: changed index out of range");
        changed[c] = true;
    }
    forms.reserve(terms.size());
    for (const TermFacts& term : terms) forms.push_back(numeral_form(term.key));
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (terms[i].key.empty()) continue;
        by_key[terms[i].key].push_back(i);
        for (const Split& split : stems_of(terms[i].key, kMinSuffixStem)) by_stem[split.stem].push_back(i);
        if (forms[i].runs.empty()) continue;
        by_normal[forms[i].normal].push_back(i);
        by_shape[forms[i].shape].push_back(i);
    }
}

void add_suffix_relations(const Context& ctx, std::size_t c, std::vector<TermRelation>& out) {
    const std::string& key = ctx.terms[c].key;
    for (const Split& split : stems_of(key, kMinSuffixStem)) {
        for (const std::size_t b : ctx.lookup(ctx.by_key, split.stem)) {
            add_pair(out, c, b, RelationKind::variant_suffix, "suffix " + std::string(split.suffix));
        }
    }
    // The keys that are this one plus a suffix: one lookup, not one per suffix.
    for (const std::size_t b : ctx.lookup(ctx.by_stem, key)) {
        add_pair(out, c, b, RelationKind::variant_suffix, "suffix " + ctx.terms[b].key.substr(key.size()));
    }
}

void add_numeral_relations(const Context& ctx, std::size_t c, std::vector<TermRelation>& out) {
    const NumeralForm& form = ctx.forms[c];
    if (form.runs.empty()) return;
    const Indices& same_normal = ctx.lookup(ctx.by_normal, form.normal);
    if (same_normal.size() <= kMaxNumeralGroup) {
        for (const std::size_t b : same_normal) {
            if (ctx.terms[b].key == ctx.terms[c].key) continue;
            const auto [lo, hi] = std::minmax(b, c);
            add_pair(out, lo, hi, RelationKind::variant_numeral,
                     "numeral " + first_run_difference(ctx.forms[lo], ctx.forms[hi], "="));
        }
    }
    if (form.other_chars < kMinShapeChars) return;
    const Indices& same_shape = ctx.lookup(ctx.by_shape, form.shape);
    if (same_shape.size() > kMaxNumeralGroup) return;
    for (const std::size_t b : same_shape) {
        if (ctx.forms[b].normal == form.normal) continue;
        const auto [lo, hi] = std::minmax(b, c);
        add_pair(out, lo, hi, RelationKind::family, "count " + first_run_difference(ctx.forms[lo], ctx.forms[hi], "≠"));
    }
}

}  // namespace glossgraph::detail

namespace glossgraph {

std::vector<std::string> generic_stems(std::string_view key, std::size_t min_characters) {
    std::vector<std::string> stems;
    for (const detail::Split& split : detail::stems_of(key, min_characters)) stems.emplace_back(split.stem);
    std::sort(stems.begin(), stems.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

}  // namespace glossgraph
