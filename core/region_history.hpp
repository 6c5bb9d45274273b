#pragma once
// The history of GB/T 2260 codes: every division of every year from 1981 to 2025, the years
// each was in use and the codes that took its area over (data/areacodes, yescallop/areacodes,
// compiled into the binary), and resolution of a report's place among the divisions of its
// year. Today's gazetteer (core/gazetteer.hpp) is the last year of it, plus the statistical
// codes of development zones (130171 石家庄高新技术产业开发区), which GB/T 2260 never lists
// and which count as in use in every year.
//
// Years. A record of the data is in use from the year its code table first lists it to the
// year it was changed or retired. Here it counts as in use *during* both: 罗江县 (1996–2017)
// and 罗江区 (since 2017) are both divisions of 2017, the year 罗江县 became 罗江区, since a
// report of 2017 may be delivered before the change or after it.
#include "core/diagnostics.hpp"
#include "core/gazetteer.hpp"
#include "core/model.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// One record of the history: a code with one name for a span of years.
struct HistoricDivision {
    // parent_code is the division's parent in its last year: its prefecture when the code's
    // first four digits name one in use then, else its province (东城区 110101 -> 110000).
    Region region;
    int since = 0;             // the first year in use
    std::optional<int> until;  // the year it was changed or retired (in use during it); none: in use today
};

// What resolving a place in a report's year found.
struct YearMatch {
    // The candidates among the divisions of the year (Gazetteer::resolve's result there):
    // one means resolved, several ambiguous, none unknown.
    std::vector<const Region*> regions;
    // When the place names no division of the year but a division of another year whose line
    // of history reaches exactly one of the year: what was followed, in words ("罗江县 (510626)
    // was upgraded to 罗江区 (510604) in 2017"); empty when the place was found in its year.
    std::string words;
    // note when only a suffix changed on the way (罗江县 -> 罗江区, 海安县 -> 海安市), so the
    // place is the same division by another form of its name; warning otherwise.
    Severity severity = Severity::note;
};

class RegionHistory {
public:
    // The history compiled into the program, with builtin()'s development zones. Built once
    // on first use; thread-safe, and so is everything below.
    static const RegionHistory& builtin();

    // Parses result.csv of yescallop/areacodes (代码,一级行政区,二级行政区,名称,级别,状态,启用时间,
    // 变更/弃用时间,新代码; 新代码 lists the successor codes separated by ';', a code followed by
    // [YEAR] taking over a part of the area in that year while the division went on). The
    // divisions of `today` whose codes the history never lists are added to every year, under
    // their parent of today (or its province, when the parent is not in use that year), unless
    // a division of that year has their name.
    // last_year is the last year the data's code tables cover. Throws parse_error naming
    // "result.csv" and the line of a malformed row (a wrong code, level or year, a successor
    // that is no code of the history).
    static RegionHistory from_csv(std::string_view result_csv, const Gazetteer& today, int last_year);

    RegionHistory(RegionHistory&&) noexcept;
    RegionHistory& operator=(RegionHistory&&) noexcept;
    ~RegionHistory();

    int first_year() const { return first_year_; }  // 1981
    int last_year() const { return last_year_; }    // 2025
    // The years whose reports are resolved among their own divisions: first_year() to the
    // year after last_year(), whose reports, delivered in its first months, name the
    // divisions the last code table lists.
    bool covers(int year) const { return year >= first_year_ && year <= last_year_ + 1; }

    // Every record, by code, then first year.
    const std::vector<HistoricDivision>& divisions() const { return divisions_; }
    // Every predecessor -> successor link between two different codes, by from_code, to_code,
    // year. A division renamed under its own code (桥西区 -> 信都区, 130503) has no link: its
    // records are its history.
    const std::vector<RegionLink>& links() const { return links_; }

    // The divisions in use during `year`, as a gazetteer (a year outside covers() is taken
    // as the nearest covered one). A code renamed that year is one region under its later
    // name, with the earlier name as a former name. Built on first use of each year.
    const Gazetteer& in_year(int year) const;

    // Resolves a place phrase of a report (as Gazetteer::resolve(phrase, context) does) among
    // the divisions of `year`. Of two candidates one of which succeeded the other that year
    // (德阳罗江 in 2017: 罗江县 and 罗江区), the predecessor is kept: reports are delivered in
    // the first months of their year. Pointers are into in_year(year).
    std::vector<const Region*> resolve(std::string_view phrase, std::string_view context, int year) const;

    // For a place resolve() does not find in its year: the nearest year in which it is the
    // name of divisions (as Gazetteer::resolve_name reads a name: nothing else in it, so the
    // 安县 in 临安县 is no name of 安县), each followed along its line of history (links that
    // continue it) to the divisions of `year`: forward to a later year (罗江县 in 2019 ->
    // 罗江区), backward to an earlier one (罗江区 in 2015 -> 罗江县). Several divisions reached
    // are all returned (ambiguous); none when no year names the place or no line reaches
    // `year`. Builds the gazetteer of every year it looks at (some milliseconds each): only
    // those in which some part of the phrase is a form of a division's name.
    YearMatch follow(std::string_view phrase, int year) const;

private:
    RegionHistory();
    struct Years;
    struct YearSpan;
    std::vector<YearSpan> years_naming(std::string_view phrase) const;
    YearMatch follow_from(const std::vector<const Region*>& named, int from, int to) const;
    // found without the candidates that succeeded another of them in `year`.
    std::vector<const Region*> without_successors(std::vector<const Region*> found, int year) const;
    // The record of `code` in use in `year`; of two (renamed that year) the later or the earlier.
    const HistoricDivision* record(const std::string& code, int year, bool later) const;
    std::string describe(const Region& start, int from, const Region& end, int to,
                         const std::vector<const RegionLink*>& path) const;
    std::vector<HistoricDivision> divisions_;
    std::vector<RegionLink> links_;
    std::vector<Region> timeless_;  // today's divisions the history never lists
    int first_year_ = 0;
    int last_year_ = 0;
    std::unique_ptr<Years> years_;
};

}  // namespace glossgraph
