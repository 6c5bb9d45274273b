#pragma once
// The pages of the site, each a whole HTML document (exporters/site/page.hpp) for
// write_site (site_writer.hpp) to put in its file. Every text of the graph goes through
// escape_html; the same arguments give the same bytes.
#include "core/graph/region_vocabulary.hpp"
#include "core/graph/term_analysis.hpp"
#include "exporters/site/site_context.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace glossgraph {

// term/<key>.html: the written forms (each tagged with its script), variants and related terms
// (linked), each reading with its text (the main one whole, the others as their character diff
// against it: <del> removed, <ins> inserted) and the regions holding it by province (a
// <details> per province once there are more than a few), the timeline (a table, the first
// definer in each province, and the spread chart inline from two years and two regions), the
// lineage (a list of derivations, each under its source; the first kMaxLineageItems), and the
// reports that only mention the term, by province.
// Past kFullReadings readings (a term each region words its own way), the others are one line
// each in a <details>: their first kShortReading characters, regions and reports.
std::string term_page(const SiteContext& context, const GraphTerm& term, const TermAnalysis& analysis);
inline constexpr std::size_t kFullReadings = 20;
inline constexpr std::size_t kShortReading = 40;
inline constexpr std::size_t kMaxLineageItems = 400;

// One of a region's neighbours compared with it: its parent, or a region of the same parent.
struct RegionNeighbour {
    std::string code;
    bool parent = false;
    VocabularyComparison comparison;  // the region as a, the neighbour as b
};

// region/<code>.html: the region's place in the tree (ancestors and the regions under it, linked),
// its reports by year, the terms it defines with its latest wording, the terms it only mentions,
// and its vocabulary against its parent's and its neighbours' (given in the order to show).
std::string region_page(const SiteContext& context, const Region& region, const RegionVocabulary& vocabulary,
                        const std::vector<RegionNeighbour>& neighbours);

// report/<file>.html: the report's metadata and its glossary as harvested (footnote number, term
// as written, definition), each term linked to its page.
std::string report_page(const SiteContext& context, const GraphReport& report);

// regions.html: every region with reports, by province, each linked: a <details> per province
// whose <summary> is its name and count (clicking them opens the list) and then a small link
// to the province's page, outside the name.
std::string regions_page(const SiteContext& context);

// What the index shows of a term.
struct TermSummary {
    std::string key;
    std::size_t regions = 0;   // distinct regions defining it, as its page counts them (TermAnalysis::spread)
    std::size_t readings = 0;
    std::optional<int> first_year;  // its first dated definition's year
};

// index.html: the corpus in numbers, the terms defined by most regions, the terms with most
// readings, the most recent new terms (first defined in the latest year of the corpus), and a
// search box (a form sending q to search.html). summaries: one per term of the data.
std::string index_page(const SiteContext& context, const std::vector<TermSummary>& summaries);
inline constexpr std::size_t kIndexListLength = 20;

}  // namespace glossgraph
