#pragma once
// glossgraph's static site: a browsable, searchable website of the glossary written from the
// knowledge graph (GraphData, read whole from the store by the CLI; nothing here touches SQL).
//   index.html             the corpus in numbers, the leading terms, a search box
//   search.html            client-side search (assets/search.js over assets/search-N.js)
//   regions.html           every region by province
//   term/<key>.html        a page per term (site_pages.hpp: term_page)
//   region/<code>.html     a page per region
//   report/<file>.html     a page per report
//   assets/                site.css, search.js, t2s.js, search-0.js …
// Page names follow page_file (html.hpp): the path segments of the RDF export's IRIs. Pages link
// to each other relatively, fetch nothing from the network, and are the same bytes for the same
// data and options.
#include "core/compare/readings.hpp"
#include "core/graph_data.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/graph/lineage.hpp"

#include <functional>
#include <string>
#include <vector>

namespace glossgraph {

struct SiteOptions {
    double reading_threshold = kDefaultReadingThreshold;  // readings, as diff groups them
    double lineage_threshold = kDefaultLineageThreshold;  // sources, as lineage finds them
    RegionCodes codes = RegionCodes::with_predecessors;   // a region's line of history in its timeline counts
};

// Receives each file of the site once: its path in the site's folder ('/'-separated, in one of
// site_folders() or at the top) and its bytes. Called from several threads at once.
using SiteFileSink = std::function<void(const std::string& path, const std::string& bytes)>;

// The folders write_site writes into: assets, term, region, report.
std::vector<std::string> site_folders();

// Writes every file of the site of data through sink. The analyses of the terms, regions and
// reports run on every core (parallel_for); each term's analyses are dropped once its page is
// written, so memory holds data and the search index, not every analysis at once. Throws what
// the sink throws (the first, once every thread has stopped).
void write_site(const GraphData& data, const SiteOptions& options, const SiteFileSink& sink);

}  // namespace glossgraph
