// The rules that read definitions: the expansion a definition opens with (即“…”), and the
// names of other terms it mentions (refers_to).
#include "core/link/variant_rules.hpp"

#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace glossgraph::detail {
namespace {

constexpr std::size_t kMinNamedKey = 3;   // shorter keys occur by chance in any text
constexpr std::size_t kMinNamedStem = 4;
constexpr std::size_t kMinExpansion = 2;
constexpr std::size_t kMaxExpansionTail = 4;

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

}  // namespace

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

namespace {

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

}  // namespace

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

}  // namespace glossgraph::detail

namespace glossgraph {

std::optional<std::string> expansion_of(std::string_view definition) {
    std::optional<detail::Expansion> expansion = detail::find_expansion(definition);
    if (!expansion) return std::nullopt;
    return std::move(expansion->key);
}

}  // namespace glossgraph
