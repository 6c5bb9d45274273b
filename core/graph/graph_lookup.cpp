#include "core/graph/graph_lookup.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace glossgraph {
namespace {

// Region chains are at most three deep (county, prefecture, province); the bound only keeps
// a malformed parent cycle from looping.
constexpr std::size_t kMaxRegionDepth = 8;

template <typename T, typename Id>
const T* find_sorted(const std::vector<T>& items, std::string_view id, Id id_of) {
    const auto at = std::lower_bound(items.begin(), items.end(), id,
                                     [&](const T& item, std::string_view x) { return id_of(item) < x; });
    return at != items.end() && id_of(*at) == id ? &*at : nullptr;
}

template <typename T>
std::span<const T> range_of_key(const std::vector<T>& items, std::string_view key) {
    const auto lo = std::lower_bound(items.begin(), items.end(), key,
                                     [](const T& item, std::string_view x) { return item.term_key < x; });
    const auto hi = std::upper_bound(lo, items.end(), key,
                                     [](std::string_view x, const T& item) { return x < item.term_key; });
    return {lo, hi};
}

bool is_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

const GraphTerm* find_term(const GraphData& data, std::string_view key) {
    return find_sorted(data.terms, key, [](const GraphTerm& t) -> const std::string& { return t.key; });
}

const GraphReport* find_report(const GraphData& data, std::string_view file) {
    return find_sorted(data.reports, file, [](const GraphReport& r) -> const std::string& { return r.file; });
}

const Region* find_region(const GraphData& data, std::string_view code) {
    return find_sorted(data.regions, code, [](const Region& r) -> const std::string& { return r.code; });
}

std::span<const GraphDefinition> definitions_of(const GraphData& data, std::string_view key) {
    return range_of_key(data.definitions, key);
}

std::span<const GraphMention> mentions_of(const GraphData& data, std::string_view key) {
    return range_of_key(data.mentions, key);
}

const Region* region_of(const GraphData& data, const GraphReport& report) {
    return report.region_code.empty() ? nullptr : find_region(data, report.region_code);
}

const std::string& region_code_of(const GraphData& data, std::string_view report_file) {
    static const std::string none;
    const GraphReport* report = find_report(data, report_file);
    return report ? report->region_code : none;
}

bool is_within(const GraphData& data, std::string_view code, std::string_view ancestor) {
    for (std::size_t depth = 0; depth < kMaxRegionDepth && !code.empty(); ++depth) {
        if (code == ancestor) return true;
        const Region* region = find_region(data, code);
        if (!region) return false;
        code = region->parent_code;
    }
    return false;
}

std::unordered_set<std::string> region_subtree(const GraphData& data, std::string_view code) {
    std::unordered_set<std::string> codes;
    if (!find_region(data, code)) return codes;
    for (const Region& region : data.regions)
        if (is_within(data, region.code, code)) codes.insert(region.code);
    return codes;
}

std::unordered_set<std::string> region_line(const GraphData& data, std::string_view code) {
    std::unordered_set<std::string> codes;
    if (!find_region(data, code)) return codes;
    std::vector<std::string> todo{std::string(code)};
    while (!todo.empty()) {
        std::string at = std::move(todo.back());
        todo.pop_back();
        if (!codes.insert(at).second) continue;
        for (const RegionLink& link : data.region_links)
            if (link.to_code == at && continues_line(link.change)) todo.push_back(link.from_code);
    }
    return codes;
}

std::string line_head(const GraphData& data, std::string_view code) {
    std::string head(code);
    std::unordered_set<std::string> seen{head};  // a loop in the links ends the walk
    for (bool moved = true; moved;) {
        moved = false;
        const auto from = std::lower_bound(data.region_links.begin(), data.region_links.end(), head,
                                           [](const RegionLink& link, const std::string& c) { return link.from_code < c; });
        for (auto link = from; link != data.region_links.end() && link->from_code == head; ++link) {
            if (continues_line(link->change) && seen.insert(link->to_code).second) {
                head = link->to_code;
                moved = true;
                break;
            }
        }
    }
    return head;
}

std::string counted_region(const GraphData& data, std::string_view code, RegionCodes codes) {
    return code.empty() || codes == RegionCodes::strict ? std::string(code) : line_head(data, code);
}

// One walk over two indexes built once: down to the regions under a region, back along the
// links that continue a line (through codes that are no region of data too, as region_line
// walks), so that a province costs its members, not its members times every region.
std::unordered_set<std::string> region_subtree(const GraphData& data, std::string_view code, RegionCodes codes) {
    if (codes == RegionCodes::strict || !find_region(data, code)) return region_subtree(data, code);
    std::unordered_multimap<std::string_view, std::string_view> children;
    for (const Region& region : data.regions)
        if (!region.parent_code.empty()) children.emplace(region.parent_code, region.code);
    std::unordered_multimap<std::string_view, std::string_view> predecessors;
    for (const RegionLink& link : data.region_links)
        if (continues_line(link.change)) predecessors.emplace(link.to_code, link.from_code);
    std::unordered_set<std::string> found;
    std::unordered_set<std::string_view> seen{code};
    std::vector<std::string_view> todo{code};
    const auto visit = [&](std::string_view next) {
        if (seen.insert(next).second) todo.push_back(next);
    };
    while (!todo.empty()) {
        const std::string_view at = todo.back();
        todo.pop_back();
        if (find_region(data, at)) {
            found.emplace(at);
            for (auto [child, end] = children.equal_range(at); child != end; ++child) visit(child->second);
        }
        for (auto [link, end] = predecessors.equal_range(at); link != end; ++link) visit(link->second);
    }
    return found;
}

std::vector<const Region*> region_chain(const GraphData& data, std::string_view code) {
    std::vector<const Region*> chain;
    for (const Region* region = find_region(data, code); region && chain.size() < kMaxRegionDepth;
         region = find_region(data, region->parent_code))
        chain.push_back(region);
    return chain;
}

RegionQuery::RegionQuery(std::string_view name_or_code) {
    const std::string folded = remove_spaces(fold_width(trim(name_or_code)));
    if (is_digits(folded) && (folded.size() == 2 || folded.size() == 4 || folded.size() == 6)) {
        is_code_ = true;
        text_ = folded + std::string(6 - folded.size(), '0');
        return;
    }
    text_ = to_simplified(folded);
}

region_names::NameMatch RegionQuery::match(std::string_view code, std::string_view name, RegionLevel level) const {
    if (is_code_) return code == text_ ? region_names::NameMatch::official : region_names::NameMatch::none;
    return region_names::match(text_, to_simplified(name), level);
}

RegionQuery::Found find_imported(const GraphData& data, const RegionQuery& query) {
    RegionQuery::Found found = query.find_in(data.regions);
    if (query.is_code()) return found;
    for (const FormerRegionName& former : data.former_region_names)
        if (const Region* region = find_region(data, former.code))
            found.consider(query.match(region->code, former.name, region->level), region);
    std::sort(found.regions.begin(), found.regions.end(),
              [](const Region* a, const Region* b) { return a->code < b->code; });
    return found;
}

std::vector<const Region*> find_regions(const GraphData& data, std::string_view name_or_code) {
    return find_imported(data, RegionQuery(name_or_code)).regions;
}

}  // namespace glossgraph
