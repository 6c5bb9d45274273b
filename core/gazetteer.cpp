#include "core/gazetteer.hpp"

#include "core/errors.hpp"
#include "core/gazetteer_csv.hpp"
#include "core/region_history.hpp"
#include "core/region_names.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <unordered_map>

namespace glossgraph {

namespace gazetteer_data {
extern const std::string_view provinces_csv;
extern const std::string_view cities_csv;
extern const std::string_view areas_csv;
}  // namespace gazetteer_data

namespace {

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

    Index(const std::vector<Region>& regions, const std::vector<Region>& former_names);
    void add_short_forms(std::uint32_t region, const Region& named);
    void add_name(std::uint32_t region, const std::string& name, Entry entry);
    bool on_path(std::uint32_t ancestor, std::uint32_t region) const;
    bool child_of_any(std::uint32_t region, const std::vector<std::uint32_t>& parents) const;
    bool parent_of_next(std::string_view phrase, std::size_t pos, std::uint32_t region) const;
    std::optional<Match> match_at(std::string_view phrase, std::size_t pos,
                                  const std::vector<std::uint32_t>* previous) const;
    std::vector<Match> scan(std::string_view phrase, bool* whole = nullptr) const;
    int score(std::uint32_t region, const std::vector<Match>& matches) const;
    std::vector<std::uint32_t> most_specific(const std::vector<Match>& matches) const;
    bool mentioned(std::uint32_t region, std::string_view context) const;
    std::vector<std::uint32_t> narrow(const std::vector<std::uint32_t>& candidates, std::string_view context) const;
};

Gazetteer::Index::Index(const std::vector<Region>& regions, const std::vector<Region>& former_names)
    : parent(regions.size(), -1), names(regions.size()) {
    for (std::uint32_t i = 0; i < regions.size(); ++i) by_code.emplace(regions[i].code, i);
    // Each name with the region it names: the regions' own, then their former names.
    std::vector<std::pair<std::uint32_t, const Region*>> named;
    for (std::uint32_t i = 0; i < regions.size(); ++i) named.emplace_back(i, &regions[i]);
    for (const Region& former : former_names)
        if (const auto it = by_code.find(former.code); it != by_code.end()) named.emplace_back(it->second, &former);
    for (std::uint32_t i = 0; i < regions.size(); ++i) {
        if (const auto it = by_code.find(regions[i].parent_code); it != by_code.end())
            parent[i] = static_cast<std::int32_t>(it->second);
    }
    for (const auto& [i, region] : named) {
        const bool generic = region_names::is_word_like(region->name);  // 城区: only after its parent
        // Phrases reach resolve() converted by to_simplified, which also turns the 乾 of 乾县
        // into 干: the converted name must find the division too.
        add_name(i, region->name, {i, true, generic});
    }
    for (const auto& [i, region] : named) add_short_forms(i, *region);
}

// Stems of prefectures and counties need their parent; short forms (四川, 凉山州) stand alone
// unless they are some division's official name. Both are indexed in the script resolve()
// gets too (to_simplified). Gazetteer::name_forms lists the same forms: keep them in step.
void Gazetteer::Index::add_short_forms(std::uint32_t region, const Region& named) {
    const std::string stem = region_names::stem(named.name, named.level);
    const std::string short_form = region_names::short_form(named.name, named.level);
    if (!stem.empty() && stem != short_form) add_name(region, stem, {region, false, true});
    const std::vector<Entry> taken = trie.exact(short_form);
    if (short_form.empty() || std::any_of(taken.begin(), taken.end(), [](const Entry& e) { return e.official; })) return;
    add_name(region, short_form, {region, false, false});
}

void Gazetteer::Index::add_name(std::uint32_t region, const std::string& name, Entry entry) {
    trie.insert(name, entry);
    names[region].push_back(name);
    if (const std::string converted = to_simplified(name); converted != name) {
        trie.insert(converted, entry);
        names[region].push_back(converted);
    }
}

// The forms add_name and add_short_forms index, without their conditions.
std::vector<std::string> Gazetteer::name_forms(const Region& region) {
    std::vector<std::string> forms;
    for (std::string form : {region.name, region_names::stem(region.name, region.level),
                             region_names::short_form(region.name, region.level)}) {
        if (form.empty()) continue;
        std::string converted = to_simplified(form);
        if (converted != form) forms.push_back(std::move(converted));
        forms.push_back(std::move(form));
    }
    return forms;
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

// True when a name of one of region's children starts at pos, spaces aside: the 鼓楼区 after
// 南京 makes 南京 a name of 南京市, as 南京市 before it makes 鼓楼 a name of 南京市鼓楼区.
bool Gazetteer::Index::parent_of_next(std::string_view phrase, std::size_t pos, std::uint32_t region) const {
    for (std::size_t after = pos; pos < phrase.size() && is_space(utf8::next(phrase, after));) pos = after;
    bool found = false;
    trie.walk(phrase, pos, [&](std::size_t, const std::vector<Entry>& entries) {
        found = found || std::any_of(entries.begin(), entries.end(), [&](const Entry& entry) {
                    return parent[entry.region] == static_cast<std::int32_t>(region);
                });
    });
    return found;
}

// The best name starting at pos: one that chains to `previous` (the regions of the name
// directly before, if any) over one that does not, then the longest. A name that needs its
// parent is taken after it or right before a name of one of its children.
std::optional<Match> Gazetteer::Index::match_at(std::string_view phrase, std::size_t pos,
                                                const std::vector<std::uint32_t>* previous) const {
    std::optional<Match> best;
    trie.walk(phrase, pos, [&](std::size_t end, const std::vector<Entry>& entries) {
        // A name that is one division's official name and another's stem (盘县 of 1999: 盘县,
        // and 盘县特区 by its stem) names the first, unless only the stem follows its parent.
        Match official{{}, end, false};
        Match match{{}, end, false};
        for (const Entry& entry : entries) {
            const bool chains = previous != nullptr && child_of_any(entry.region, *previous);
            if (entry.needs_parent && !chains && !parent_of_next(phrase, end, entry.region)) continue;
            for (Match* into : {&match, entry.official ? &official : nullptr}) {
                if (!into) continue;
                into->chains = into->chains || chains;
                add_unique(into->regions, entry.region);
            }
        }
        if (!official.regions.empty() && official.chains == match.chains) match = std::move(official);
        if (match.regions.empty()) return;
        if (!best || std::tie(match.chains, match.end) > std::tie(best->chains, best->end)) best = std::move(match);
    });
    return best;
}

// Left to right: take the best name at each position, or skip one character. Spaces
// between two names keep them adjacent; anything else breaks the chain, and makes *whole
// false when it is given.
std::vector<Match> Gazetteer::Index::scan(std::string_view phrase, bool* whole) const {
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
            if (whole != nullptr) *whole = false;
        }
    }
    return matches;
}

// The number of names consistent with region: those that name it or an ancestor.
int Gazetteer::Index::score(std::uint32_t region, const std::vector<Match>& matches) const {
    return static_cast<int>(std::count_if(matches.begin(), matches.end(), [&](const Match& match) {
        return std::any_of(match.regions.begin(), match.regions.end(),
                           [&](std::uint32_t named) { return on_path(named, region); });
    }));
}

// The regions consistent with the most names (a name is consistent with a region when it
// names the region or an ancestor), without those that are ancestors of another.
std::vector<std::uint32_t> Gazetteer::Index::most_specific(const std::vector<Match>& matches) const {
    std::vector<std::uint32_t> all;
    for (const Match& match : matches)
        for (std::uint32_t region : match.regions) add_unique(all, region);
    std::vector<int> scores(all.size(), 0);
    for (std::size_t i = 0; i < all.size(); ++i) scores[i] = score(all[i], matches);
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
    static const Gazetteer gazetteer = [] {
        Gazetteer today = from_csv(gazetteer_data::provinces_csv, gazetteer_data::cities_csv, gazetteer_data::areas_csv);
        today.builtin_ = true;
        return today;
    }();
    return gazetteer;
}

const RegionHistory* Gazetteer::history() const { return builtin_ ? &RegionHistory::builtin() : nullptr; }

Gazetteer Gazetteer::from_csv(std::string_view provinces_csv, std::string_view cities_csv,
                              std::string_view areas_csv) {
    return from_regions(read_gazetteer_csv(provinces_csv, cities_csv, areas_csv));
}

Gazetteer Gazetteer::from_regions(std::vector<Region> regions, const std::vector<Region>& former_names) {
    const auto rank = [](const Region& region) { return std::tie(region.level, region.code); };
    std::sort(regions.begin(), regions.end(), [&](const Region& a, const Region& b) { return rank(a) < rank(b); });
    Gazetteer gazetteer;
    gazetteer.regions_ = std::move(regions);
    gazetteer.index_ = std::make_shared<const Index>(gazetteer.regions_, former_names);
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

std::vector<const Region*> Gazetteer::resolve_name(std::string_view name) const {
    bool whole = true;
    const std::vector<Match> matches = index_->scan(name, &whole);
    std::vector<const Region*> found;
    if (!whole) return found;
    for (std::uint32_t region : index_->most_specific(matches))
        if (index_->score(region, matches) == static_cast<int>(matches.size())) found.push_back(&regions_[region]);
    std::sort(found.begin(), found.end(), by_code);
    return found;
}

}  // namespace glossgraph
