#include "core/gazetteer.hpp"

#include "core/errors.hpp"
#include "core/gazetteer_csv.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {

namespace gazetteer_data {
extern const std::string_view provinces_csv;
extern const std::string_view cities_csv;
extern const std::string_view areas_csv;
}  // namespace gazetteer_data

namespace {

// Ethnic names as they occur in autonomous divisions (自治区/州/县/旗), without 族,
// longest first. A one-character name is stripped only before 族 (三江侗族 -> 三江,
// but 融水 keeps its 水).
constexpr std::string_view ethnic_names[] = {
    "柯尔克孜", "乌孜别克", "达斡尔", "维吾尔", "哈萨克", "鄂伦春", "鄂温克", "塔吉克", "俄罗斯", "塔塔尔",
    "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
    "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
    "高山", "满", "回", "藏", "苗", "彝", "壮", "侗", "瑶", "白", "傣", "黎", "畲", "羌", "佤", "水", "土",
    "京", "怒", "各"};

bool strips_ethnic(std::string_view base, std::string_view ethnic, bool before_zu) {
    return base.ends_with(ethnic) && (before_zu || utf8::length(ethnic) > 1) &&
           utf8::length(base) >= utf8::length(ethnic) + 2;
}

// "凉山彝族" -> "凉山", "双江拉祜族佤族布朗族傣族" -> "双江": strips ethnic names from the end
// while at least two characters remain; "鄂温克族" keeps "鄂温克".
std::string_view strip_ethnic(std::string_view base) {
    while (true) {
        const bool zu = base.ends_with("族");
        const std::string_view bare = zu ? base.substr(0, base.size() - std::string_view("族").size()) : base;
        const auto* found = std::find_if(std::begin(ethnic_names), std::end(ethnic_names),
                                         [&](std::string_view ethnic) { return strips_ethnic(bare, ethnic, zu); });
        if (found == std::end(ethnic_names)) return bare;
        base = bare.substr(0, bare.size() - found->size());
    }
}

constexpr std::array<std::string_view, 4> autonomous_suffixes = {"自治区", "自治州", "自治县", "自治旗"};

// A name without its administrative suffix, or empty when it has none of at least two
// characters: 四川省 -> 四川, 广西壮族自治区 -> 广西, 凉山彝族自治州 -> 凉山, 罗江区 -> 罗江.
std::string stem_of(std::string_view name, RegionLevel level) {
    for (std::string_view suffix : autonomous_suffixes) {
        if (!name.ends_with(suffix)) continue;
        const std::string_view stem = strip_ethnic(name.substr(0, name.size() - suffix.size()));
        return utf8::length(stem) >= 2 ? std::string(stem) : std::string();
    }
    static const std::vector<std::string_view> province{"省", "市"}, prefecture{"地区", "盟", "市"},
        county{"区", "县", "市", "旗"};
    const auto& suffixes = level == RegionLevel::province ? province
                           : level == RegionLevel::prefecture ? prefecture
                                                              : county;
    for (std::string_view suffix : suffixes) {
        if (!name.ends_with(suffix)) continue;
        const std::string_view stem = name.substr(0, name.size() - suffix.size());
        return utf8::length(stem) >= 2 ? std::string(stem) : std::string();
    }
    return {};
}

// The usual short form of an autonomous prefecture or county: 凉山州, 本溪县, 鄂温克旗.
std::string autonomous_alias(std::string_view name, const std::string& stem) {
    if (stem.empty()) return {};
    if (name.ends_with("自治州")) return stem + "州";
    if (name.ends_with("自治县")) return stem + "县";
    if (name.ends_with("自治旗")) return stem + "旗";
    return {};
}

// One way of naming a region. Official names serve find_by_name; a name that needs its
// parent is recognised only directly after a name of that parent.
struct Entry {
    std::uint32_t region = 0;
    bool official = false;
    bool needs_parent = false;
};

// Names keyed by code point; walk() reports every name that starts at a position.
class NameTrie {
public:
    void insert(std::string_view key, Entry entry) {
        std::uint32_t node = 0;
        for (std::size_t pos = 0; pos < key.size();) {
            const std::uint64_t edge = edge_key(node, utf8::next(key, pos));
            const auto [it, added] = edges_.emplace(edge, static_cast<std::uint32_t>(nodes_.size()));
            if (added) nodes_.emplace_back();
            node = it->second;
        }
        nodes_[node].push_back(entry);
    }

    // Calls visit(end, entries) for each name that text[pos, end) spells, shortest first.
    template <class Visit>
    void walk(std::string_view text, std::size_t pos, Visit&& visit) const {
        std::uint32_t node = 0;
        while (pos < text.size()) {
            const auto it = edges_.find(edge_key(node, utf8::next(text, pos)));
            if (it == edges_.end()) return;
            node = it->second;
            if (!nodes_[node].empty()) visit(pos, nodes_[node]);
        }
    }

    // The entries of exactly `key`; empty when it names nothing.
    std::vector<Entry> exact(std::string_view key) const {
        std::vector<Entry> found;
        walk(key, 0, [&](std::size_t end, const std::vector<Entry>& entries) {
            if (end == key.size()) found = entries;
        });
        return found;
    }

private:
    static std::uint64_t edge_key(std::uint32_t node, char32_t cp) {
        return (static_cast<std::uint64_t>(node) << 32) | cp;
    }
    std::vector<std::vector<Entry>> nodes_{1};
    std::unordered_map<std::uint64_t, std::uint32_t> edges_;
};

// A name recognised in a phrase: the regions it may stand for, where it ends, and
// whether one of them is a child of the name just before it.
struct Match {
    std::vector<std::uint32_t> regions;
    std::size_t end = 0;
    bool chains = false;
};

bool by_code(const Region* a, const Region* b) { return a->code < b->code; }

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000'; }

void add_unique(std::vector<std::uint32_t>& into, std::uint32_t value) {
    if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

// Keeps the items whose score is the highest, provided it is above zero; else all of them.
std::vector<std::uint32_t> keep_top(const std::vector<std::uint32_t>& items, const std::vector<int>& scores) {
    const int top = scores.empty() ? 0 : *std::max_element(scores.begin(), scores.end());
    if (top == 0) return items;
    std::vector<std::uint32_t> kept;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (scores[i] == top) kept.push_back(items[i]);
    return kept;
}

}  // namespace

struct Gazetteer::Index {
    std::vector<std::int32_t> parent;              // index of each region's parent; -1 for provinces
    std::vector<std::vector<std::string>> names;   // each region's official name and short forms
    std::unordered_map<std::string, std::uint32_t> by_code;
    NameTrie trie;

    explicit Index(const std::vector<Region>& regions);
    void add_short_forms(const std::vector<Region>& regions);
    bool on_path(std::uint32_t ancestor, std::uint32_t region) const;
    bool child_of_any(std::uint32_t region, const std::vector<std::uint32_t>& parents) const;
    std::optional<Match> match_at(std::string_view phrase, std::size_t pos,
                                  const std::vector<std::uint32_t>* previous) const;
    std::vector<Match> scan(std::string_view phrase) const;
    std::vector<std::uint32_t> most_specific(const std::vector<Match>& matches) const;
    bool mentioned(std::uint32_t region, std::string_view context) const;
    std::vector<std::uint32_t> narrow(const std::vector<std::uint32_t>& candidates, std::string_view context) const;
};

Gazetteer::Index::Index(const std::vector<Region>& regions) : parent(regions.size(), -1), names(regions.size()) {
    for (std::uint32_t i = 0; i < regions.size(); ++i) by_code.emplace(regions[i].code, i);
    for (std::uint32_t i = 0; i < regions.size(); ++i) {
        const Region& region = regions[i];
        if (const auto it = by_code.find(region.parent_code); it != by_code.end())
            parent[i] = static_cast<std::int32_t>(it->second);
        // 城区, 郊区, 东区 ... are words as much as names: recognised only after their parent.
        const bool generic = utf8::length(region.name) == 2 && region.name.ends_with("区");
        trie.insert(region.name, {i, true, generic});
        names[i].push_back(region.name);
        // Phrases reach resolve() converted by to_simplified, which also turns the 乾 of 乾县
        // into 干: the converted name must find the division too.
        const std::string converted = to_simplified(region.name);
        if (converted != region.name) {
            trie.insert(converted, {i, true, generic});
            names[i].push_back(converted);
        }
    }
    add_short_forms(regions);
}

// Province short forms stand alone; stems of prefectures and counties need their parent.
// An alias such as 凉山州 stands alone unless it is some division's official name.
void Gazetteer::Index::add_short_forms(const std::vector<Region>& regions) {
    for (std::uint32_t i = 0; i < regions.size(); ++i) {
        const Region& region = regions[i];
        const std::string stem = stem_of(region.name, region.level);
        if (stem.empty()) continue;
        trie.insert(stem, {i, false, region.level != RegionLevel::province});
        names[i].push_back(stem);
        if (const std::string converted = to_simplified(stem); converted != stem) {
            trie.insert(converted, {i, false, region.level != RegionLevel::province});
            names[i].push_back(converted);
        }
        const std::string alias = autonomous_alias(region.name, stem);
        const std::vector<Entry> taken = trie.exact(alias);
        if (alias.empty() || std::any_of(taken.begin(), taken.end(), [](const Entry& e) { return e.official; }))
            continue;
        trie.insert(alias, {i, false, false});
        names[i].push_back(alias);
    }
}

bool Gazetteer::Index::on_path(std::uint32_t ancestor, std::uint32_t region) const {
    for (std::int32_t at = static_cast<std::int32_t>(region); at >= 0; at = parent[static_cast<std::size_t>(at)])
        if (static_cast<std::uint32_t>(at) == ancestor) return true;
    return false;
}

bool Gazetteer::Index::child_of_any(std::uint32_t region, const std::vector<std::uint32_t>& parents) const {
    const std::int32_t up = parent[region];
    return up >= 0 && std::find(parents.begin(), parents.end(), static_cast<std::uint32_t>(up)) != parents.end();
}

// The best name starting at pos: one that chains to `previous` (the regions of the name
// directly before, if any) over one that does not, then the longest.
std::optional<Match> Gazetteer::Index::match_at(std::string_view phrase, std::size_t pos,
                                                const std::vector<std::uint32_t>* previous) const {
    std::optional<Match> best;
    trie.walk(phrase, pos, [&](std::size_t end, const std::vector<Entry>& entries) {
        Match match{{}, end, false};
        for (const Entry& entry : entries) {
            const bool chains = previous != nullptr && child_of_any(entry.region, *previous);
            if (entry.needs_parent && !chains) continue;
            match.chains = match.chains || chains;
            add_unique(match.regions, entry.region);
        }
        if (match.regions.empty()) return;
        if (!best || std::tie(match.chains, match.end) > std::tie(best->chains, best->end)) best = std::move(match);
    });
    return best;
}

// Left to right: take the best name at each position, or skip one character. Spaces
// between two names keep them adjacent; anything else breaks the chain.
std::vector<Match> Gazetteer::Index::scan(std::string_view phrase) const {
    std::vector<Match> matches;
    bool adjacent = false;
    for (std::size_t pos = 0; pos < phrase.size();) {
        std::optional<Match> match = match_at(phrase, pos, adjacent ? &matches.back().regions : nullptr);
        if (match) {
            pos = match->end;
            matches.push_back(std::move(*match));
            adjacent = true;
        } else if (!is_space(utf8::next(phrase, pos))) {
            adjacent = false;
        }
    }
    return matches;
}

// The regions consistent with the most names (a name is consistent with a region when it
// names the region or an ancestor), without those that are ancestors of another.
std::vector<std::uint32_t> Gazetteer::Index::most_specific(const std::vector<Match>& matches) const {
    std::vector<std::uint32_t> all;
    for (const Match& match : matches)
        for (std::uint32_t region : match.regions) add_unique(all, region);
    std::vector<int> scores(all.size(), 0);
    for (std::size_t i = 0; i < all.size(); ++i)
        for (const Match& match : matches)
            if (std::any_of(match.regions.begin(), match.regions.end(),
                            [&](std::uint32_t named) { return on_path(named, all[i]); }))
                ++scores[i];
    const std::vector<std::uint32_t> best = keep_top(all, scores);
    std::vector<std::uint32_t> kept;
    for (std::uint32_t region : best)
        if (std::none_of(best.begin(), best.end(),
                         [&](std::uint32_t other) { return other != region && on_path(region, other); }))
            kept.push_back(region);
    return kept;
}

bool Gazetteer::Index::mentioned(std::uint32_t region, std::string_view context) const {
    return std::any_of(names[region].begin(), names[region].end(),
                       [&](const std::string& name) { return context.find(name) != std::string_view::npos; });
}

// Keeps the candidates with the most ancestors named in context; all of them when none is.
std::vector<std::uint32_t> Gazetteer::Index::narrow(const std::vector<std::uint32_t>& candidates,
                                                    std::string_view context) const {
    if (candidates.size() < 2 || context.empty()) return candidates;
    std::vector<int> scores(candidates.size(), 0);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        for (std::int32_t at = parent[candidates[i]]; at >= 0; at = parent[static_cast<std::size_t>(at)])
            if (mentioned(static_cast<std::uint32_t>(at), context)) ++scores[i];
    return keep_top(candidates, scores);
}

Gazetteer::Gazetteer() = default;

const Gazetteer& Gazetteer::builtin() {
    static const Gazetteer gazetteer =
        from_csv(gazetteer_data::provinces_csv, gazetteer_data::cities_csv, gazetteer_data::areas_csv);
    return gazetteer;
}

Gazetteer Gazetteer::from_csv(std::string_view provinces_csv, std::string_view cities_csv,
                              std::string_view areas_csv) {
    Gazetteer gazetteer;
    gazetteer.regions_ = read_gazetteer_csv(provinces_csv, cities_csv, areas_csv);
    gazetteer.index_ = std::make_shared<const Index>(gazetteer.regions_);
    return gazetteer;
}

const Region* Gazetteer::find(std::string_view code) const {
    if (code.size() != 2 && code.size() != 4 && code.size() != 6) return nullptr;
    std::string full(code);
    full.resize(6, '0');
    const auto it = index_->by_code.find(full);
    return it == index_->by_code.end() ? nullptr : &regions_[it->second];
}

RegionPath Gazetteer::path(const Region& region) const {
    RegionPath path{region.code, "", "", "", region.level};
    for (const Region* at = &region; at != nullptr; at = find(at->parent_code)) {
        switch (at->level) {
            case RegionLevel::province: path.province = at->name; break;
            case RegionLevel::prefecture: path.prefecture = at->name; break;
            case RegionLevel::county: path.county = at->name; break;
        }
    }
    return path;
}

std::vector<const Region*> Gazetteer::find_by_name(std::string_view name) const {
    std::vector<const Region*> found;
    for (const Entry& entry : index_->trie.exact(name))
        if (entry.official) found.push_back(&regions_[entry.region]);
    std::sort(found.begin(), found.end(), by_code);
    return found;
}

std::vector<const Region*> Gazetteer::resolve(std::string_view phrase) const { return resolve(phrase, {}); }

std::vector<const Region*> Gazetteer::resolve(std::string_view phrase, std::string_view context) const {
    const std::vector<std::uint32_t> chosen = index_->narrow(index_->most_specific(index_->scan(phrase)), context);
    std::vector<const Region*> found;
    for (std::uint32_t region : chosen) found.push_back(&regions_[region]);
    std::sort(found.begin(), found.end(), by_code);
    return found;
}

}  // namespace glossgraph
