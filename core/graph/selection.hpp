#pragma once
// Parts of the knowledge graph, cut out as GraphData so that every exporter can write any
// part the way it writes the whole.
//
// Every selection is closed: a definition or mention is kept when both its report and its
// term are, a relation when both its terms are, a derivation when both its definitions are,
// every kept report's region is kept with all its ancestors, and a region link when both its
// regions are. Each list keeps the order (and so the sortedness) of the input data.
// The GraphData overloads build a KnowledgeGraph first, which costs a pass over the whole
// data; callers that select several parts should build the graph once and use the
// KnowledgeGraph overloads.
#include "core/graph_data.hpp"
#include "core/graph/knowledge_graph.hpp"
#include "core/report_filter.hpp"

#include <string_view>

namespace glossgraph {

// The term with this key, every term within depth hops of it over term -> term edges (any
// kind, followed in both directions; depth 0 is the term alone), every report that defines
// or mentions one of those terms, and their regions. Empty when the key is unknown. The
// neighbourhood is found breadth first over the graph's out- and in-edges, stopping at depth
// hops; the reports are the sources of the selected terms' defines and mentions in-edges.
// Throws usage_error when depth is negative.
GraphData select_term(const KnowledgeGraph& graph, std::string_view key, int depth);
GraphData select_term(const GraphData& data, std::string_view key, int depth);

// What one region says: the reports located in exactly that region (not those of regions
// under it: see select_within), every term they define or mention, the relations among
// those terms, and the region with its ancestors. Empty when the code is unknown.
GraphData select_region(const KnowledgeGraph& graph, std::string_view code);
GraphData select_region(const GraphData& data, std::string_view code);

// What a region and every region within it say (`export --within`, and --province for a
// province): the region with this code, every region of the data under it, their reports with
// all they define and mention as select_region() has it. Any region's code is accepted: a
// prefecture gives the prefecture, its counties and its province (as ancestor). Empty when the
// code is unknown.
GraphData select_within(const KnowledgeGraph& graph, std::string_view code);
GraphData select_within(const GraphData& data, std::string_view code);

// The derivations between two definitions of part (by entry id), in their order.
std::vector<GraphDerivation> derivations_within(const std::vector<GraphDerivation>& derivations, const GraphData& part);

// The reports the filter lets through (ReportFilter::matches), their definitions and
// mentions, the terms those are of, the relations among those terms, and the reports' regions
// and those their lines of history continue into (as graph_data has them), with their
// ancestors and the links between them: what the analyses (differing, central, families) see of a part of the
// corpus. The data itself when the filter lets everything through. Linear in the data.
GraphData select_reports(const GraphData& data, const ReportFilter& filter);

// How an exported part is narrowed (export --defines-only, --min-regions).
struct Narrowing {
    bool defines_only = false;  // no mentions, and only the terms the part defines
    int min_regions = 0;        // only the terms the part's reports of this many regions define (0: all)
};

// The part without what the narrowing leaves out: the terms it keeps, their definitions (and
// mentions, unless defines_only), the reports left defining or mentioning one of them, those
// reports' regions with their lines of history and ancestors, the relations among the kept
// terms and the derivations and readings of their definitions. The part itself when nothing
// is narrowed. Linear in the part.
GraphData narrow(const GraphData& part, const Narrowing& narrowing);
// The same, taking the part: when nothing is narrowed it is handed back as it is, not copied
// (a whole store's graph data is hundreds of megabytes).
GraphData narrow(GraphData&& part, const Narrowing& narrowing);

}  // namespace glossgraph
