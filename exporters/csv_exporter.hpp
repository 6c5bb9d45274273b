#pragma once
// Tables for spreadsheets and data frames: RFC 4180 CSV (fields by csv_field in
// exporters/escape.hpp, records ended by CRLF, a header record first), UTF-8, one file per
// table, each written by write() with ExportOptions::table naming it:
//
//   entries    report, report_title, year, region_code, region, term_key, written_term,
//              definition, footnote: one row per glossary entry, by term key, report, entry
//   terms      key, label, written_forms (joined by " | "), definitions, regions (distinct
//              regions defining it), mentioning_reports, mentions (times mentioned): by key
//   regions    code, name, level, parent_code: the regions of the reports and their
//              ancestors, by code
//   relations  from_key, from_label, to_key, to_label, kind, rule: by from key, to key, kind
//
// An unknown value (a report without year or region, an entry without footnote) is an empty
// field. Under ExportOptions::excel each file opens with a UTF-8 byte order mark, which Excel
// needs to read UTF-8, and no field is a formula.
#include "exporters/exporter.hpp"

namespace glossgraph {

class CsvExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::csv; }
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
    std::vector<std::string_view> tables() const override;
};

}  // namespace glossgraph
