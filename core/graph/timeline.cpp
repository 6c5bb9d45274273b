#include "core/graph/timeline.hpp"

#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace glossgraph {
namespace {

// A region's province: the last of its chain through data.regions.
const Region* province_of(const GraphData& data, const std::string& code) {
    const auto chain = region_chain(data, code);
    return chain.empty() ? nullptr : chain.back();
}

bool earlier(const TermUse& a, const TermUse& b) {
    return std::tie(*a.year, a.region_code, a.report) < std::tie(*b.year, b.region_code, b.report);
}

}  // namespace

std::vector<ProvinceFirst> first_in_each_province(const GraphData& data, const std::vector<TermUse>& uses) {
    std::map<std::string, ProvinceFirst> provinces;
    for (const TermUse& use : uses) {
        if (use.region_code.empty()) continue;
        const Region* province = province_of(data, use.region_code);
        const std::string province_code = province ? province->code : use.region_code;
        if (!provinces.contains(province_code)) {
            provinces[province_code] = {province_code, province ? province->name : use.region, use};
        }
    }
    std::vector<ProvinceFirst> firsts;
    for (auto& [code, first] : provinces) firsts.push_back(std::move(first));
    std::sort(firsts.begin(), firsts.end(), [](const ProvinceFirst& a, const ProvinceFirst& b) {
        return std::tie(*a.first.year, a.province_code) < std::tie(*b.first.year, b.province_code);
    });
    return firsts;
}

Timeline term_timeline(const GraphData& data, const TermDiff& diff, const std::vector<TermUse>& mentions,
                       RegionCodes codes) {
    const auto region = [&](const std::string& code) { return counted_region(data, code, codes); };
    Timeline timeline;
    std::vector<TimelineDefiner> dated;
    for (std::size_t r = 0; r < diff.readings.size(); ++r) {
        for (const ReadingMember& m : diff.readings[r].members) {
            TermUse use{m.report, m.year, m.region_code, m.region};
            if (!m.year) {
                ++timeline.undated_definitions;
                continue;
            }
            dated.push_back({std::move(use), r, false});
        }
    }
    std::sort(dated.begin(), dated.end(), [](const TimelineDefiner& a, const TimelineDefiner& b) { return earlier(a.use, b.use); });
    std::set<std::string> defined_before;  // regions, as the years go by
    std::map<int, TimelineYear> years;
    std::vector<TermUse> uses;
    for (TimelineDefiner& definer : dated) {
        const std::string& code = definer.use.region_code;
        const std::string who = region(code);
        const int year = *definer.use.year;
        TimelineYear& row = years[year];
        row.year = year;
        // The first report of a region's first year is its first definition; others that year are not.
        if (!code.empty() && defined_before.insert(who).second) definer.first = true;
        uses.push_back(definer.use);
        row.defined_by.push_back(definer);
    }
    for (const TermUse& use : mentions) {
        if (!use.year) {
            ++timeline.undated_mentions;
            continue;
        }
        TimelineYear& row = years[*use.year];
        row.year = *use.year;
        row.mentioned_only_by.push_back(use);
    }
    std::set<std::string> so_far;
    for (auto& [year, row] : years) {
        std::set<std::string> definers;
        std::set<std::size_t> readings;
        for (const TimelineDefiner& d : row.defined_by) {
            readings.insert(d.reading);
            if (!d.use.region_code.empty()) {
                definers.insert(region(d.use.region_code));
                so_far.insert(region(d.use.region_code));
            }
        }
        // Only regions that mention it without defining it this year, each once.
        std::set<std::string> seen;
        std::erase_if(row.mentioned_only_by, [&](const TermUse& use) {
            const std::string id = use.region_code.empty() ? "report:" + use.report : region(use.region_code);
            return definers.contains(region(use.region_code)) || !seen.insert(id).second;
        });
        std::sort(row.mentioned_only_by.begin(), row.mentioned_only_by.end(),
                  [](const TermUse& a, const TermUse& b) { return std::tie(a.region_code, a.report) < std::tie(b.region_code, b.report); });
        row.readings = readings.size();
        row.regions = definers.size();
        row.regions_so_far = so_far.size();
        timeline.years.push_back(std::move(row));
    }
    timeline.first_in_province = first_in_each_province(data, uses);
    return timeline;
}

}  // namespace glossgraph
