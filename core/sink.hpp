#pragma once
// The events an importer emits for each report it reads. Importers never touch SQL:
// the store, a test collector or any other consumer implements this interface.
//
// Order, for each report: on_report once, then on_entry for every glossary entry in
// glossary order, then end_report.
// A sink may throw (the store throws store_error); the importer lets it propagate.
#include "core/model.hpp"

#include <vector>

namespace glossgraph {

class ReportSink {
public:
    virtual ~ReportSink() = default;
    virtual void on_report(const ReportMeta& meta) = 0;
    virtual void on_entry(const GlossaryEntry& entry) = 0;
    virtual void end_report() = 0;
};

// Keeps everything in memory: for tests and for commands that need a whole report.
class CollectingSink final : public ReportSink {
public:
    void on_report(const ReportMeta& meta) override { reports.push_back({meta, {}}); }
    void on_entry(const GlossaryEntry& entry) override { reports.back().entries.push_back(entry); }
    void end_report() override { ++ended; }
    std::vector<ParsedReport> reports;
    int ended = 0;
};

}  // namespace glossgraph
