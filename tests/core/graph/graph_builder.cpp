#include "tests/core/graph/graph_builder.hpp"

#include "core/text/normalize.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace glossgraph::testing {
namespace {

std::map<std::string, std::set<std::string>> keys_and_forms(const GraphData& data) {
    std::map<std::string, std::set<std::string>> forms;
    for (const GraphDefinition& d : data.definitions) forms[d.term_key].insert(d.term);
    for (const GraphMention& m : data.mentions) forms[m.term_key];
    for (const GraphRelation& r : data.relations) {
        forms[r.from_key];
        forms[r.to_key];
    }
    return forms;
}

}  // namespace

GraphBuilder& GraphBuilder::region(std::string code, std::string name, RegionLevel level, std::string parent_code) {
    data_.regions.push_back({std::move(code), std::move(name), level, std::move(parent_code)});
    return *this;
}

GraphBuilder& GraphBuilder::report(std::string file, std::string region_code, std::optional<int> year, Script script) {
    GraphReport report;
    report.file = std::move(file);
    report.title = report.file;
    report.year = year;
    report.script = script;
    report.region_code = std::move(region_code);
    data_.reports.push_back(std::move(report));
    return *this;
}

GraphBuilder& GraphBuilder::define(const std::string& file, const std::string& term, std::string text) {
    const auto id = static_cast<long long>(data_.definitions.size() + 1);
    data_.definitions.push_back({id, term_key(term), file, term, std::move(text), std::nullopt});
    return *this;
}

GraphBuilder& GraphBuilder::mention(std::string file, std::string key, int count) {
    data_.mentions.push_back({std::move(key), std::move(file), count, false, false, false});
    return *this;
}

GraphBuilder& GraphBuilder::relate(std::string from_key, std::string to_key, RelationKind kind) {
    data_.relations.push_back({std::move(from_key), std::move(to_key), kind, "test"});
    return *this;
}

GraphBuilder& GraphBuilder::succeed(std::string from_code, std::string to_code, int year, RegionChange change) {
    data_.region_links.push_back({std::move(from_code), std::move(to_code), year, change});
    return *this;
}

GraphData GraphBuilder::build() const {
    GraphData data = data_;
    std::sort(data.region_links.begin(), data.region_links.end(), [](auto& x, auto& y) {
        return std::tie(x.from_code, x.to_code, x.year) < std::tie(y.from_code, y.to_code, y.year);
    });
    std::sort(data.regions.begin(), data.regions.end(), [](auto& x, auto& y) { return x.code < y.code; });
    std::sort(data.reports.begin(), data.reports.end(), [](auto& x, auto& y) { return x.file < y.file; });
    std::sort(data.definitions.begin(), data.definitions.end(), [](auto& x, auto& y) {
        return std::tie(x.term_key, x.report_file, x.entry_id) < std::tie(y.term_key, y.report_file, y.entry_id);
    });
    for (GraphMention& m : data.mentions)
        m.defines = std::any_of(data.definitions.begin(), data.definitions.end(), [&](const GraphDefinition& d) {
            return d.term_key == m.term_key && d.report_file == m.report_file;
        });
    std::sort(data.mentions.begin(), data.mentions.end(), [](auto& x, auto& y) {
        return std::tie(x.term_key, x.report_file) < std::tie(y.term_key, y.report_file);
    });
    std::sort(data.relations.begin(), data.relations.end(), [](auto& x, auto& y) {
        return std::tuple(x.from_key, x.to_key, to_string(x.kind)) < std::tuple(y.from_key, y.to_key, to_string(y.kind));
    });
    for (const auto& [key, forms] : keys_and_forms(data))
        data.terms.push_back({key, forms.empty() ? key : *forms.begin(), {forms.begin(), forms.end()}});
    return data;
}

GraphBuilder sichuan_and_hubei() {
    GraphBuilder b;
    b.region("510000", "四川省", RegionLevel::province)
        .region("510600", "德阳市", RegionLevel::prefecture, "510000")
        .region("510603", "旌阳区", RegionLevel::county, "510600")
        .region("510604", "罗江区", RegionLevel::county, "510600")
        .region("420000", "湖北省", RegionLevel::province)
        .region("421300", "随州市", RegionLevel::prefecture, "420000")
        .region("421303", "曾都区", RegionLevel::county, "421300");
    return b;
}

GraphBuilder luojiang_line() {
    GraphBuilder b;
    b.region("510000", "四川省", RegionLevel::province)
        .region("510600", "德阳市", RegionLevel::prefecture, "510000")
        .region("510604", "罗江区", RegionLevel::county, "510600")
        .region("510626", "罗江县", RegionLevel::county, "510600");
    b.succeed("510626", "510604", 2017, RegionChange::upgraded);
    b.report("luojiang_2015.txt", "510626", 2015).report("luojiang_2019.txt", "510604", 2019);
    return b;
}

GraphBuilder two_districts_named_chaoyang() {
    GraphBuilder b;
    b.region("110000", "北京市", RegionLevel::province)
        .region("110105", "朝阳区", RegionLevel::county, "110000")
        .region("220000", "吉林省", RegionLevel::province)
        .region("220100", "长春市", RegionLevel::prefecture, "220000")
        .region("220104", "朝阳区", RegionLevel::county, "220100");
    return b;
}

}  // namespace glossgraph::testing
