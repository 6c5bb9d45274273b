#include "core/link/variants.hpp"

#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace glossgraph {
namespace {

constexpr std::array<std::pair<RelationKind, std::string_view>, 5> kKindNames{{
    {RelationKind::variant_suffix, "variant_suffix"},
    {RelationKind::variant_numeral, "variant_numeral"},
    {RelationKind::variant_expansion, "variant_expansion"},
    {RelationKind::family, "family"},
    {RelationKind::refers_to, "refers_to"},
}};

// One table for the suffix rule and for the stems refers_to looks for, so the two agree.
constexpr std::array<std::string_view, 26> kGenericSuffixes{
    "改革", "要求", "工程", "行动", "机制", "体系", "模式", "企业", "制度",
    "战略", "理念", "计划", "活动", "政策", "建设", "试点", "专项行动", "工作",
    "工作法", "原则", "目标", "任务", "思想", "精神", "格局", "路径",
};

constexpr std::size_t kMinSuffixStem = 2;
constexpr std::size_t kMinNamedKey = 3;   // shorter keys occur by chance in any text
constexpr std::size_t kMinNamedStem = 4;
constexpr std::size_t kMinShapeChars = 2;
constexpr std::size_t kMinExpansion = 2;
constexpr std::size_t kMaxExpansionTail = 4;
// U+FFFD: term_key removes it, so the placeholder can never stand for a character of a key.
constexpr std::string_view kPlaceholder = "\xEF\xBF\xBD";

using Indices = std::vector<std::size_t>;
using KeyMap = std::unordered_map<std::string_view, Indices>;

struct Split {
    std::string_view stem;
    std::string_view suffix;
};

// Every way key splits into a stem of at least min_stem characters and a generic suffix.
// Comparing bytes is safe: UTF-8 never matches a suffix from inside a character.
std::vector<Split> stems_of(std::string_view key, std::size_t min_stem) {
    std::vector<Split> splits;
    for (const std::string_view suffix : kGenericSuffixes) {
        if (!key.ends_with(suffix)) continue;
        const std::string_view stem = key.substr(0, key.size() - suffix.size());
        if (utf8::length(stem) >= min_stem) splits.push_back({stem, suffix});
    }
    return splits;
}

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

// A key seen through its numerals.
struct NumeralForm {
    std::string normal;                  // numerals replaced by their values
    std::string shape;                   // each run of numerals replaced by kPlaceholder
    std::vector<std::string_view> runs;  // those runs as written (views into the key)
    std::size_t other_chars = 0;         // characters that are not numerals
};

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

// Whether a run of numerals counts something. A run of ASCII digits with a leading zero or of
// more than two digits names a thing instead: a code or a year (03专项行动, 491工程, 2035远景
// 目标), so two terms that differ there are not one pattern with another count.
bool is_count(std::string_view run) {
    if (!std::all_of(run.begin(), run.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    return run.size() <= 2 && run.front() != '0';
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

// The terms with their keys indexed. The maps view the keys in terms and the strings in
// forms, so a Context is built in place and never copied.
struct Context {
    Context(const std::vector<TermFacts>& all, const Indices& changed_list);
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const Indices& lookup(const KeyMap& map, std::string_view text) const {
        static const Indices none;
        const auto found = map.find(text);
        return found == map.end() ? none : found->second;
    }
    bool touches_changed(std::size_t a, std::size_t b) const { return changed[a] || changed[b]; }

    const std::vector<TermFacts>& terms;
    std::vector<bool> changed;
    std::vector<NumeralForm> forms;
    KeyMap by_key;
    KeyMap by_normal;
    KeyMap by_shape;
};

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
        if (forms[i].runs.empty()) continue;
        by_normal[forms[i].normal].push_back(i);
        by_shape[forms[i].shape].push_back(i);
    }
}

void add_pair(std::vector<TermRelation>& out, std::size_t a, std::size_t b, RelationKind kind, std::string rule) {
    out.push_back({std::min(a, b), std::max(a, b), kind, std::move(rule), 0});
}

void add_suffix_relations(const Context& ctx, std::size_t c, std::vector<TermRelation>& out) {
    const std::string& key = ctx.terms[c].key;
    for (const Split& split : stems_of(key, kMinSuffixStem)) {
        for (const std::size_t b : ctx.lookup(ctx.by_key, split.stem)) {
            add_pair(out, c, b, RelationKind::variant_suffix, "suffix " + std::string(split.suffix));
        }
    }
    if (utf8::length(key) < kMinSuffixStem) return;
    for (const std::string_view suffix : kGenericSuffixes) {
        for (const std::size_t b : ctx.lookup(ctx.by_key, key + std::string(suffix))) {
            add_pair(out, c, b, RelationKind::variant_suffix, "suffix " + std::string(suffix));
        }
    }
}

void add_numeral_relations(const Context& ctx, std::size_t c, std::vector<TermRelation>& out) {
    const NumeralForm& form = ctx.forms[c];
    if (form.runs.empty()) return;
    for (const std::size_t b : ctx.lookup(ctx.by_normal, form.normal)) {
        if (ctx.terms[b].key == ctx.terms[c].key) continue;
        const auto [lo, hi] = std::minmax(b, c);
        add_pair(out, lo, hi, RelationKind::variant_numeral,
                 "numeral " + first_run_difference(ctx.forms[lo], ctx.forms[hi], "="));
    }
    if (form.other_chars < kMinShapeChars) return;
    for (const std::size_t b : ctx.lookup(ctx.by_shape, form.shape)) {
        if (ctx.forms[b].normal == form.normal) continue;
        const auto [lo, hi] = std::minmax(b, c);
        add_pair(out, lo, hi, RelationKind::family, "count " + first_run_difference(ctx.forms[lo], ctx.forms[hi], "≠"));
    }
}

struct Expansion {
    std::string key;
    std::string_view evidence;  // 即“…”… as written, a view into the definition
};

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kQuotePairs{{
    {"“", "”"}, {"「", "」"}, {"『", "』"}, {"‘", "’"}, {"\"", "\""},
}};

bool ends_expansion_tail(char32_t cp) {
    static constexpr std::u32string_view stops = U"，。、；：？！,.;:?!（）()[]【】“”‘’\"「」『』《》的";
    return cp <= U' ' || cp == U'\u3000' || stops.find(cp) != std::u32string_view::npos;
}

std::string_view expansion_tail(std::string_view after_quote) {
    std::size_t end = 0;
    std::size_t chars = 0;
    while (end < after_quote.size()) {
        std::size_t next = end;
        if (ends_expansion_tail(utf8::next(after_quote, next))) break;
        end = next;
        ++chars;
    }
    return chars <= kMaxExpansionTail ? after_quote.substr(0, end) : after_quote.substr(0, 0);
}

std::string_view skip_lead_in(std::string_view text) {
    static constexpr std::array<std::string_view, 3> leads{"是指", "就是", "指"};
    text = trim(text);
    for (const std::string_view lead : leads) {
        if (text.starts_with(lead)) return trim(text.substr(lead.size()));
    }
    return text;
}

std::optional<Expansion> find_expansion(std::string_view definition) {
    static constexpr std::string_view marker = "即";
    const std::string_view from_marker = skip_lead_in(definition);
    if (!from_marker.starts_with(marker)) return std::nullopt;
    const std::string_view quoted = trim(from_marker.substr(marker.size()));
    for (const auto& [open, close] : kQuotePairs) {
        if (!quoted.starts_with(open)) continue;
        const std::size_t close_at = quoted.find(close, open.size());
        if (close_at == std::string_view::npos) return std::nullopt;
        const std::string_view inner = quoted.substr(open.size(), close_at - open.size());
        const std::string_view tail = expansion_tail(quoted.substr(close_at + close.size()));
        Expansion expansion{term_key(std::string(inner) + std::string(tail)), {}};
        if (utf8::length(expansion.key) < kMinExpansion) return std::nullopt;
        const char* end = tail.empty() ? quoted.data() + close_at + close.size() : tail.data() + tail.size();
        expansion.evidence = std::string_view(from_marker.data(), static_cast<std::size_t>(end - from_marker.data()));
        return expansion;
    }
    return std::nullopt;
}

void add_expansion_relations(const Context& ctx, std::vector<TermRelation>& out) {
    for (std::size_t a = 0; a < ctx.terms.size(); ++a) {
        const TermFacts& term = ctx.terms[a];
        if (term.key.empty()) continue;
        for (std::size_t d = 0; d < term.definitions.size(); ++d) {
            const std::optional<Expansion> expansion = find_expansion(term.definitions[d]);
            if (!expansion) continue;
            for (const std::size_t b : ctx.lookup(ctx.by_key, expansion->key)) {
                if (ctx.terms[b].key == term.key || !ctx.touches_changed(a, b)) continue;
                out.push_back({a, b, RelationKind::variant_expansion, std::string(expansion->evidence), d});
            }
        }
    }
}

// A byte trie over the names, for the leftmost-longest scan of definitions.
class NameTrie {
public:
    void add(std::string_view name, std::uint32_t id) {
        std::uint32_t node = 0;
        for (const char byte : name) {
            const auto [edge, inserted] = edges_.try_emplace(edge_key(node, byte), static_cast<std::uint32_t>(terminal_.size()));
            if (inserted) terminal_.push_back(0);
            node = edge->second;
        }
        terminal_[node] = id + 1;
    }

    // The longest name starting at text[pos]: its id and the offset where it ends.
    std::optional<std::pair<std::uint32_t, std::size_t>> longest_at(std::string_view text, std::size_t pos) const {
        std::optional<std::pair<std::uint32_t, std::size_t>> best;
        std::uint32_t node = 0;
        for (std::size_t i = pos; i < text.size(); ++i) {
            const auto edge = edges_.find(edge_key(node, text[i]));
            if (edge == edges_.end()) break;
            node = edge->second;
            if (terminal_[node] != 0) best = {{terminal_[node] - 1, i + 1}};
        }
        return best;
    }

private:
    static std::uint64_t edge_key(std::uint32_t node, char byte) {
        return (std::uint64_t{node} << 8) | static_cast<unsigned char>(byte);
    }
    std::unordered_map<std::uint64_t, std::uint32_t> edges_;
    std::vector<std::uint32_t> terminal_{0};  // per node: name id + 1, or 0
};

struct Name {
    std::string_view text;
    Indices terms;  // the terms with this key, or with this stem
    bool is_stem = false;
};

struct Names {
    std::vector<Name> names;  // indexed by the ids in trie
    NameTrie trie;
};

Names collect_names(const Context& ctx) {
    Names result;
    std::unordered_map<std::string_view, std::uint32_t> ids;
    const auto name_for = [&](std::string_view text, bool is_stem) -> Name& {
        const auto [it, inserted] = ids.try_emplace(text, static_cast<std::uint32_t>(result.names.size()));
        if (inserted) result.names.push_back({text, {}, is_stem});
        return result.names[it->second];
    };
    for (const auto& [key, indices] : ctx.by_key) {
        if (utf8::length(key) >= kMinNamedKey) name_for(key, false).terms = indices;
    }
    for (std::size_t i = 0; i < ctx.terms.size(); ++i) {
        for (const Split& split : stems_of(ctx.terms[i].key, kMinNamedStem)) {
            if (!ctx.by_key.contains(split.stem)) name_for(split.stem, true).terms.push_back(i);
        }
    }
    for (std::uint32_t id = 0; id < result.names.size(); ++id) result.trie.add(result.names[id].text, id);
    return result;
}

std::uint64_t pair_id(std::size_t a, std::size_t b) {
    return (std::uint64_t{std::min(a, b)} << 32) | std::uint64_t{std::max(a, b)};
}

using PairSet = std::unordered_set<std::uint64_t>;

void add_named(const Context& ctx, const PairSet& variants, const Name& name, std::size_t a, std::size_t d,
               std::vector<TermRelation>& out) {
    if (std::find(name.terms.begin(), name.terms.end(), a) != name.terms.end()) return;
    for (const std::size_t b : name.terms) {
        if (!ctx.touches_changed(a, b) || variants.contains(pair_id(a, b))) continue;
        std::string rule = "names " + std::string(name.text);
        if (name.is_stem) rule += ", stem of " + ctx.terms[b].key;
        out.push_back({a, b, RelationKind::refers_to, std::move(rule), d});
    }
}

void add_refers_relations(const Context& ctx, const PairSet& variants, std::vector<TermRelation>& out) {
    const Names names = collect_names(ctx);
    for (std::size_t a = 0; a < ctx.terms.size(); ++a) {
        if (ctx.terms[a].key.empty()) continue;
        for (std::size_t d = 0; d < ctx.terms[a].definitions.size(); ++d) {
            const std::string text = term_key(ctx.terms[a].definitions[d]);
            for (std::size_t pos = 0; pos < text.size();) {
                const auto match = names.trie.longest_at(text, pos);
                if (!match) {
                    utf8::next(text, pos);
                    continue;
                }
                add_named(ctx, variants, names.names[match->first], a, d, out);
                pos = match->second;
            }
        }
    }
}

PairSet variant_pairs(const std::vector<TermRelation>& relations) {
    PairSet pairs;
    for (const TermRelation& relation : relations) {
        if (is_variant(relation.kind)) pairs.insert(pair_id(relation.from, relation.to));
    }
    return pairs;
}

// Sorted by (from, to, kind); of equal triples the first found (first evidence) is kept.
void sort_unique(std::vector<TermRelation>& relations) {
    const auto order = [](const TermRelation& r) { return std::tie(r.from, r.to, r.kind); };
    std::stable_sort(relations.begin(), relations.end(),
                     [&](const TermRelation& x, const TermRelation& y) { return order(x) < order(y); });
    const auto last = std::unique(relations.begin(), relations.end(),
                                  [&](const TermRelation& x, const TermRelation& y) { return order(x) == order(y); });
    relations.erase(last, relations.end());
}

}  // namespace

std::vector<std::string> generic_stems(std::string_view key, std::size_t min_characters) {
    std::vector<std::string> stems;
    for (const Split& split : stems_of(key, min_characters)) stems.emplace_back(split.stem);
    std::sort(stems.begin(), stems.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

std::string_view to_string(RelationKind kind) {
    for (const auto& [k, name] : kKindNames) {
        if (k == kind) return name;
    }
    throw std::invalid_argument("unknown relation kind");
}

RelationKind parse_relation_kind(std::string_view name) {
    for (const auto& [kind, n] : kKindNames) {
        if (n == name) return kind;
    }
    throw std::invalid_argument("unknown relation kind '" + std::string(name) + "'");
}

bool is_variant(RelationKind kind) {
    return kind == RelationKind::variant_suffix || kind == RelationKind::variant_numeral ||
           kind == RelationKind::variant_expansion;
}

std::optional<std::string> expansion_of(std::string_view definition) {
    std::optional<Expansion> expansion = find_expansion(definition);
    if (!expansion) return std::nullopt;
    return std::move(expansion->key);
}

std::vector<TermRelation> find_relations(const std::vector<TermFacts>& terms, const std::vector<std::size_t>& changed) {
    const Context ctx(terms, changed);
    std::vector<TermRelation> out;
    for (std::size_t c = 0; c < terms.size(); ++c) {
        if (!ctx.changed[c] || terms[c].key.empty()) continue;
        add_suffix_relations(ctx, c, out);
        add_numeral_relations(ctx, c, out);
    }
    add_expansion_relations(ctx, out);
    add_refers_relations(ctx, variant_pairs(out), out);
    sort_unique(out);
    return out;
}

}  // namespace glossgraph
