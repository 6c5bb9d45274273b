#pragma once
// Shared by the commands that analyse the knowledge graph (diff, differing, compare,
// central, families, export): loading it, finding regions and terms in it.
#include "cli/command.hpp"
#include "core/graph/graph_data.hpp"
#include "core/store/store.hpp"

#include <string>

namespace glossgraph {

// The whole graph of the database at path (which must exist); without mentions when the
// command only compares definitions.
GraphData load_graph(const std::string& db_path, Store::WithMentions with_mentions = Store::WithMentions::yes);

// The region that name_or_code names (RegionQuery: a GB/T 2260 code, 2, 4 or 6 digits, or a
// name in either script). A name matched only by its stem must not be another division's
// official name. Throws error when none of the data's regions matches (listing the divisions
// of the gazetteer it names, so the user learns they merely have no reports), and when
// several do, listing them.
const GraphRegion& resolve_region(const GraphData& data, const std::string& name_or_code);

// The key of the term written as query (written form or key, either script); throws error
// when the database has no such term.
std::string resolve_term(const Store& store, const std::string& query, const std::string& db_path);

// Adds --threshold to a command, with the default reading threshold and its range checked.
void add_threshold_option(CLI::App& app, double& threshold);

}  // namespace glossgraph
