#pragma once
// Shared by the commands that analyse the knowledge graph (diff, differing, compare,
// central, families, export): loading it, finding regions and terms in it.
#include "cli/command.hpp"
#include "cli/report_filter_options.hpp"
#include "core/graph_data.hpp"
#include "core/graph/term_diff.hpp"
#include "core/store/store.hpp"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace glossgraph {

// The imported region that name_or_code names: a GB/T 2260 code (2, 4 or 6 digits), one
// name in either script (official, short form or stem, as RegionQuery matches them), or a
// name qualified by its ancestors (江苏省南京市鼓楼区, 南京市鼓楼区, 南京鼓楼区, 凉山州西昌市; as
// Gazetteer::resolve_name reads them). The closest match wins, and a division of the
// gazetteer that matches more closely than any imported region is the one meant (朝阳市 is
// 辽宁's 朝阳市, never 北京's 朝阳区 by its stem). Throws error when several imported regions
// remain, listing each with its code and full name (北京市朝阳区), a form this function accepts
// back; and when none does, naming the divisions of the gazetteer meant, so the user learns
// they merely have no reports, or saying there is no such region.
const Region& resolve_region(const GraphData& data, const std::string& name_or_code);

// A file a command draws besides its table (--svg FILE, --dot FILE), by the rules of export -o
// (core/output_file.hpp): written whole or not at all, never the database by any name, an
// existing file only with force; "-" is standard output. check_output throws usage_error
// before any work is done; write_output writes, to `standard_output` for "-".
void check_output(const std::string& target, bool force, const std::string& db);
void write_output(const std::string& target, bool force, const std::string& db, std::ostream& standard_output,
                  const std::function<void(std::ostream&)>& write);

// What the commands about one term (timeline, spread, lineage, drift) take and read: TERM,
// --variants and the report filters.
class TermOptions {
public:
    // Declares TERM, --variants and the report filters on a subcommand.
    void add_to(CLI::App& app);
    bool variants() const { return variants_; }
    // Whether a region stands for its line of history or its code alone (--strict-codes).
    RegionCodes region_codes() const { return report_filter_.region_codes(); }

    // The term and the part of the graph comparing it needs (Store::term_graph_data, with
    // its variants when asked), cut to the reports the filters choose.
    struct Read {
        std::unique_ptr<Store> store;
        std::string key;             // resolve_term's, with its notes to `notes`
        std::string label;           // the term's label (also when the filters leave no definition)
        ReportFilter reports;        // as the filters resolve
        GraphData data;
        TermDefinitions definitions; // term_definitions(data, key, variants)
    };
    Read read(const std::string& db, std::ostream& notes) const;

private:
    std::string query_;
    bool variants_ = false;
    ReportFilterOptions report_filter_;
};

}  // namespace glossgraph
