#include "exporters/csv_exporter.hpp"

#include "core/errors.hpp"
#include "exporters/escape.hpp"
#include "exporters/property_graph.hpp"
#include "exporters/term_counts.hpp"

#include <map>
#include <optional>

namespace glossgraph {
namespace {

using Row = std::vector<std::string>;

std::string text_of(const std::optional<int>& value) { return value ? std::to_string(*value) : std::string(); }

class CsvWriter {
public:
    CsvWriter(std::ostream& out, bool excel) : out_(out), excel_(excel) {
        if (excel_) out_ << "\xEF\xBB\xBF";
    }

    void row(const Row& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) out_ << (i ? "," : "") << csv_field(fields[i], excel_);
        out_ << "\r\n";
    }

private:
    std::ostream& out_;
    bool excel_;
};

class Tables {
public:
    explicit Tables(const GraphData& data) : data_(data) {
        for (const Region& region : data.regions) region_names_[region.code] = region.name;
        for (const GraphReport& report : data.reports) reports_[report.file] = &report;
        for (const GraphTerm& term : data.terms) labels_[term.key] = term.label;
    }

    void entries(CsvWriter& csv) const {
        csv.row({"report", "report_title", "year", "region_code", "region", "term_key", "written_term", "definition", "footnote"});
        for (const GraphDefinition& definition : data_.definitions) {
            const auto found = reports_.find(definition.report_file);
            const GraphReport* report = found == reports_.end() ? nullptr : found->second;
            const std::string region_code = report ? report->region_code : std::string();
            csv.row({definition.report_file, report ? report->title : std::string(), report ? text_of(report->year) : std::string(),
                     region_code, name_of(region_code), definition.term_key, definition.term, definition.text,
                     text_of(definition.footnote)});
        }
    }

    void terms(CsvWriter& csv) const {
        csv.row({"key", "label", "written_forms", "definitions", "regions", "mentioning_reports", "mentions"});
        const std::map<std::string, TermCounts> counts = count_terms(data_);
        const TermCounts none;
        for (const GraphTerm& term : data_.terms) {
            const auto found = counts.find(term.key);
            const TermCounts& count = found == counts.end() ? none : found->second;
            std::string forms;
            for (const std::string& form : term.written_forms) forms.append(forms.empty() ? "" : written_forms_separator).append(form);
            csv.row({term.key, term.label, forms, std::to_string(count.definitions), std::to_string(count.regions.size()),
                     std::to_string(count.mentions), std::to_string(count.occurrences)});
        }
    }

    void regions(CsvWriter& csv) const {
        csv.row({"code", "name", "level", "parent_code"});
        for (const Region& region : data_.regions) {
            csv.row({region.code, region.name, std::string(to_string(region.level)), region.parent_code});
        }
    }

    void relations(CsvWriter& csv) const {
        csv.row({"from_key", "from_label", "to_key", "to_label", "kind", "rule"});
        for (const GraphRelation& relation : data_.relations) {
            csv.row({relation.from_key, label_of(relation.from_key), relation.to_key, label_of(relation.to_key),
                     std::string(to_string(relation.kind)), relation.rule});
        }
    }

private:
    std::string name_of(const std::string& code) const {
        const auto found = region_names_.find(code);
        return found == region_names_.end() ? std::string() : found->second;
    }

    std::string label_of(const std::string& key) const {
        const auto found = labels_.find(key);
        return found == labels_.end() ? std::string() : found->second;
    }

    const GraphData& data_;
    std::map<std::string, std::string> region_names_;
    std::map<std::string, const GraphReport*> reports_;
    std::map<std::string, std::string> labels_;
};

using TableWriter = void (Tables::*)(CsvWriter&) const;

struct TableEntry {
    std::string_view name;
    TableWriter write;
};

constexpr TableEntry table_list[] = {
    {"entries", &Tables::entries},
    {"terms", &Tables::terms},
    {"regions", &Tables::regions},
    {"relations", &Tables::relations},
};

}  // namespace

std::vector<std::string_view> CsvExporter::tables() const {
    std::vector<std::string_view> names;
    for (const TableEntry& entry : table_list) names.push_back(entry.name);
    return names;
}

void CsvExporter::write(const GraphData& data, const ExportOptions& options, std::ostream& out) const {
    for (const TableEntry& entry : table_list) {
        if (entry.name != options.table) continue;
        CsvWriter csv(out, options.excel);
        (Tables(data).*entry.write)(csv);
        return;
    }
    throw usage_error("csv writes one table at a time: name one of " + joined_names(tables()) + " (not '" + options.table + "')");
}

}  // namespace glossgraph
